import { describe, expect, it } from 'vitest';
import { out, run } from './run.js';

async function err(script: string): Promise<string> {
  const r = await run(script);
  return r.stderr.trimEnd();
}

describe('parameter binding', () => {
  it('named, positional, aliases, switches', async () => {
    expect(await out('Test-Binding -Name a')).toEqual(['ByName: Name=a']);
    expect(await out('Test-Binding a')).toEqual(['ByName: Name=a']);
    expect(await out('Test-Binding -Name:b -n 3')).toEqual(['ByName: Count=3 Name=b']);
    expect(await out('Test-Binding -Force')).toEqual(['ByName: Force=true']);
    expect(await out('Test-Binding -Force:$false')).toEqual(['ByName: Force=false']);
  });

  it('unique prefixes abbreviate', async () => {
    expect(await out('Test-Binding -Na x -Cou 2')).toEqual(['ByName: Count=2 Name=x']);
  });

  it('names parameter sets from what was bound', async () => {
    expect(await out('Test-Binding -Path p')).toEqual(['ByPath: Path=p']);
  });

  it('converts argument types', async () => {
    expect(await out('Test-Binding -Count "42" | ForEach-Object { $_ }')).toEqual(['ByName: Count=42']);
  });

  it('ambiguous prefix', async () => {
    expect(await err('Test-Binding -Pa x')).toBe("Test-Binding: Parameter cannot be processed because the parameter name 'Pa' is ambiguous. Possible matches include: -Path -PassThru.");
  });

  it('unknown parameter', async () => {
    expect(await err('Test-Binding -Foo 1')).toBe("Test-Binding: A parameter cannot be found that matches parameter name 'Foo'.");
  });

  it('missing argument', async () => {
    expect(await err('Test-Binding -Name')).toBe("Test-Binding: Missing an argument for parameter 'Name'. Specify a parameter of type 'System.String' and try again.");
  });

  it('parameters from different sets', async () => {
    expect(await err('Test-Binding -Path p -Name n')).toBe('Test-Binding: Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.');
  });

  it('ValidateSet', async () => {
    expect(await err('Test-Binding -Color Blue')).toBe('Test-Binding: Cannot validate argument on parameter \'Color\'. The argument "Blue" does not belong to the set "Red,Green" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.');
    expect(await out('Test-Binding -Color red')).toEqual(['ByName: Color=red']);
  });

  it('type conversion failure', async () => {
    expect(await err('Test-Binding -Count abc')).toMatch(/^Test-Binding: Cannot bind parameter 'Count'\. Cannot convert value "abc" to type "System\.Int32"\./);
  });

  it('parameter given twice', async () => {
    expect(await err('Test-Binding -Name a -Name b')).toBe('Test-Binding: Cannot bind parameter because parameter \'Name\' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".');
  });

  it('too many positional arguments', async () => {
    expect(await err('Test-Binding a b')).toBe("Test-Binding: A positional parameter cannot be found that accepts argument 'b'.");
  });

  it('pipeline input by value and by property name; each item binds in the set of the parameter it bound to', async () => {
    expect(await out('7 | Test-Binding')).toEqual(['ById: Id=7']);
    expect(await out('[pscustomobject]@{ Name = "pn" } | Test-Binding')).toEqual(['ByName: Name=pn']);
    expect(await out('7, [pscustomobject]@{ Name = "pn" }, 8 | Test-Binding')).toEqual(['ById: Id=7', 'ByName: Name=pn', 'ById: Id=8']);
  });

  it('common parameters are accepted by cmdlets', async () => {
    expect(await out('Test-Binding -Name a -ErrorAction SilentlyContinue -Verbose -OutVariable o; $o')).toEqual(['ByName: ErrorAction=SilentlyContinue Name=a OutVariable=o Verbose=true', 'ByName: ErrorAction=SilentlyContinue Name=a OutVariable=o Verbose=true']);
  });

  it('-ErrorAction values are validated', async () => {
    expect(await err('Test-Binding -ErrorAction Sometimes')).toContain('does not belong to the set "SilentlyContinue,Stop,Continue,Inquire,Ignore,Suspend,Break"');
  });

  it('missing mandatory parameters without a terminal', async () => {
    expect(await err('function f { param([Parameter(Mandatory)][string]$Organization) $Organization }; f')).toBe('f: Cannot process command because of one or more missing mandatory parameters: Organization.');
  });

  it('missing mandatory parameters are prompted for at a terminal', async () => {
    const r = await run('function f { param([Parameter(Mandatory)][string]$Organization) "org=$Organization" }; f', { interactive: true, answers: ['contoso.com'] });
    expect(r.stdout).toBe('cmdlet f at command pipeline position 1\nSupply values for the following parameters:\norg=contoso.com\n');
    expect(r.host.prompts).toEqual(['Organization: ']);
  });

  it('ValidateSet and ValidateNotNullOrEmpty on function parameters', async () => {
    expect(await err('function f { param([ValidateSet("A", "B")]$v) $v }; f C')).toBe('f: Cannot validate argument on parameter \'v\'. The argument "C" does not belong to the set "A,B" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.');
    expect(await err('function f { param([ValidateNotNullOrEmpty()]$v) $v }; f ""')).toBe("f: Cannot validate argument on parameter 'v'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.");
  });

  it('advanced functions reject unknown parameters; simple ones pass them to $args', async () => {
    expect(await err('function f { [CmdletBinding()] param($a) }; f -b 1')).toBe("f: A parameter cannot be found that matches parameter name 'b'.");
    expect(await out('function f { param($a) $args }; f 1 -b 2')).toEqual(['-b', '2']);
  });

  it('ValueFromRemainingArguments', async () => {
    expect(await out('function f { param($first, [Parameter(ValueFromRemainingArguments)]$rest) $rest.Count }; f 1 2 3 4')).toEqual(['3']);
  });

  it('Write-Output -NoEnumerate keeps a collection whole', async () => {
    expect(await out('(Write-Output 1, 2, 3 | Measure-Object).Count; (Write-Output -NoEnumerate 1, 2, 3 | Measure-Object).Count')).toEqual(['3', '1']);
  });

  it('echo and write are Write-Output', async () => {
    expect(await out('echo a; write b')).toEqual(['a', 'b']);
  });
});
