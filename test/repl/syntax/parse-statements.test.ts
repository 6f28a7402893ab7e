import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../src/repl/syntax/index.js';
import { tree } from './sexpr.js';

describe('if', () => {
  it('parses if/elseif/else, with newlines before the continuation keywords', () => {
    expect(tree("if ($a -eq 1) { 'one' } elseif ($a -eq 2) { 'two' } else { 'other' }")).toBe(
      '(if ((eq $a 1) {"one"}) ((eq $a 2) {"two"}) (else {"other"}))',
    );
    expect(tree('if ($a)\n{\n  1\n}\nelse\n{\n  2\n}')).toBe('(if ($a {1}) (else {2}))');
  });

  it('ends the if when no else follows, leaving the next line alone', () => {
    expect(tree('if ($a) { 1 }\nGet-X')).toBe('(if ($a {1})); (cmd Get-X)');
  });

  it('takes a pipeline or an assignment as condition', () => {
    expect(tree('if (Test-Path $p) { }')).toBe('(if ((cmd Test-Path $p) {}))');
    expect(tree('if ($m = Get-X) { $m }')).toBe('(if ((= $m (cmd Get-X)) {$m}))');
  });
});

describe('loops', () => {
  it('parses while, do/while and do/until', () => {
    expect(tree('while ($i -lt 3) { $i++ }')).toBe('(while (lt $i 3) {($i ++)})');
    expect(tree('do { $i++ } while ($i -lt 5)')).toBe('(do-while (lt $i 5) {($i ++)})');
    expect(tree('do { $i-- }\nuntil ($i -le 0)')).toBe('(do-until (le $i 0) {($i --)})');
  });

  it('parses for with any part empty and newline separators', () => {
    expect(tree('for ($i = 0; $i -lt 10; $i++) { $i }')).toBe('(for (= $i 0) (lt $i 10) ($i ++) {$i})');
    expect(tree('for (;;) { break }')).toBe('(for _ _ _ {(break)})');
    expect(tree('for ($i = 0\n $i -lt 2\n $i++) { }')).toBe('(for (= $i 0) (lt $i 2) ($i ++) {})');
  });

  it('parses foreach over pipelines', () => {
    expect(tree('foreach ($m in Get-X -ResultSize 10) { $m.Name }')).toBe(
      '(foreach $m (cmd Get-X -ResultSize 10) {(. $m Name)})',
    );
    expect(tree('foreach($i in 1..3){$i}')).toBe('(foreach $i (.. 1 3) {$i})');
  });

  it('parses labels, break and continue', () => {
    expect(tree(':outer foreach ($a in $x) { :inner while ($true) { break outer; continue inner; break } }')).toBe(
      '(:outer foreach $a $x {(:inner while $true {(break outer); (continue inner); (break)})})',
    );
  });
});

describe('switch', () => {
  it('parses value, script block and default clauses', () => {
    expect(tree("switch ($x) {\n 1 { 'one' }\n 'two' { 2 }\n { $_ -gt 5 } { 'big' }\n default { 'none' }\n}")).toBe(
      '(switch $x (1 {"one"}) ("two" {2}) ({(gt $_ 5)} {"big"}) (default {"none"}))',
    );
  });

  it('parses flags and bareword conditions', () => {
    expect(tree("switch -Wildcard -CaseSensitive ($n) { a* { 1 }; b? { 2 } }")).toBe(
      '(switch -wildcard -casesensitive $n (a* {1}) (b? {2}))',
    );
    expect(tree("switch -Regex ($s) { '^\\d+$' { 'num' } }")).toBe('(switch -regex $s ("^\\\\d+$" {"num"}))');
    expect(tree('switch -File ./x.txt { default { $_ } }')).toBe('(switch -file ./x.txt (default {$_}))');
    expect(tree('switch -exact (1, 2) { 1 { } }')).toBe('(switch -exact (array 1 2) (1 {}))');
  });

  it('rejects unknown flags and a second default', () => {
    const { diagnostics } = parseScript('switch -Bogus ($x) { default { } default { } }');
    expect(diagnostics.map((d) => d.message)).toEqual([
      'The parameter -Bogus is not valid for the switch statement.',
      'A switch statement can have only one default clause.',
    ]);
  });
});

describe('try, trap, throw and flow control', () => {
  it('parses try with typed catches and finally', () => {
    expect(tree('try { Get-X } catch [System.Net.WebException], [System.IO.IOException] { $_ } catch { throw } finally { 1 }')).toBe(
      '(try {(cmd Get-X)} (catch [System.Net.WebException] [System.IO.IOException] {$_}) (catch {(throw)}) (finally {1}))',
    );
    expect(tree('try {\n}\ncatch {\n}\nfinally {\n}')).toBe('(try {} (catch {}) (finally {}))');
  });

  it('requires a catch-all to be last', () => {
    const { diagnostics } = parseScript('try { } catch { } catch [Exception] { }');
    expect(diagnostics.map((d) => d.code)).toEqual(['EmptyCatchNotLast']);
  });

  it('parses trap into the block traps', () => {
    const { ast } = parseScript('trap [System.Exception] { continue }\n1');
    expect(ast.endBlock!.traps).toHaveLength(1);
    expect(ast.endBlock!.traps[0]!.trapType!.typeName.name).toBe('System.Exception');
    expect(ast.endBlock!.statements).toHaveLength(1);
  });

  it('parses throw, return and exit with and without values', () => {
    expect(tree('throw "bad"; throw; return $x; return; exit 1; exit')).toBe(
      '(throw "bad"); (throw); (return $x); (return); (exit 1); (exit)',
    );
    expect(tree('function f { return }\nexit $LASTEXITCODE')).toBe('(function f (return)); (exit $LASTEXITCODE)');
  });
});

describe('functions and script blocks', () => {
  it('parses a function with a param block, attributes and named blocks', () => {
    const source = [
      'function Get-Thing {',
      '  [CmdletBinding()]',
      '  param(',
      '    [Parameter(Mandatory, Position=0, ValueFromPipeline, ValueFromPipelineByPropertyName)]',
      "    [ValidateSet('a', 'b')]",
      '    [string]$Name = \'a\',',
      '    [ValidateNotNullOrEmpty()][string[]]$Tags,',
      '    [switch]$Force',
      '  )',
      '  begin { $n = 0 }',
      '  process { $n++ }',
      '  end { $n }',
      '}',
    ].join('\n');
    expect(tree(source)).toBe(
      '(function Get-Thing (param [CmdletBinding()] ' +
        '[Parameter(Mandatory Position=0 ValueFromPipeline ValueFromPipelineByPropertyName)][ValidateSet("a" "b")][string]$Name="a" ' +
        '[ValidateNotNullOrEmpty()][string[]]$Tags [switch]$Force) ' +
        '(begin (= $n 0)) (process ($n ++)) (end $n))',
    );
  });

  it('keeps Mandatory=$true and Mandatory alone apart', () => {
    const { ast } = parseScript('param([Parameter(Mandatory=$true)][string]$Organization)');
    const attribute = ast.paramBlock!.parameters[0]!.attributes[0]!;
    expect(attribute).toMatchObject({
      kind: 'Attribute',
      namedArguments: [{ argumentName: 'Mandatory', expressionOmitted: false, argument: { kind: 'VariableExpression', name: 'true' } }],
    });
  });

  it('parses function parameters in parentheses and filters', () => {
    expect(tree('function Add($a, [int]$b = 2) { $a + $b }')).toBe('(function Add ($a [int]$b=2) (+ $a $b))');
    expect(tree('filter Double { $_ * 2 }')).toBe('(filter Double (* $_ 2))');
  });

  it('keeps the source text of function bodies', () => {
    const { ast } = parseScript('function f { 1 }');
    expect(ast.endBlock!.statements[0]).toMatchObject({ kind: 'FunctionDefinition', name: 'f', bodyText: '{ 1 }' });
  });

  it('reports a param statement alongside function parameters', () => {
    const { diagnostics } = parseScript('function f($a) { param($b) }');
    expect(diagnostics.map((d) => d.code)).toEqual(['OnlyOneParameterListAllowed']);
  });

  it('parses a script file param block after a comment-based help block', () => {
    const { ast, diagnostics } = parseScript('<#\n.SYNOPSIS\nx\n#>\nparam(\n  [string]$AppId = "x",\n  [string]$Dir = "./Logs"\n)\nImport-Module ExchangeOnlineManagement');
    expect(diagnostics).toEqual([]);
    expect(ast.paramBlock!.parameters.map((p) => p.name.name)).toEqual(['AppId', 'Dir']);
    expect(ast.endBlock!.statements).toHaveLength(1);
  });

  it('parses a dynamicparam block', () => {
    const { ast, diagnostics } = parseScript('function f { dynamicparam { $null } end { 1 } }');
    expect(diagnostics).toEqual([]);
    const body = ast.endBlock!.statements[0]!.kind === 'FunctionDefinition' ? ast.endBlock!.statements[0]!.body : undefined;
    expect(body?.dynamicParamBlock).toMatchObject({ blockName: 'dynamicparam', unnamed: false });
    expect(body?.endBlock).toMatchObject({ blockName: 'end', unnamed: false });
  });

  it('reports a repeated named block', () => {
    expect(parseScript('{ end { } end { } }').diagnostics.map((d) => d.message)).toEqual([
      "Script command clause 'end' has already been defined.",
    ]);
  });

  it('parses named blocks in a script block literal', () => {
    expect(tree('$sb = { begin { 1 } process { $_ } end { 2 } }')).toBe('(= $sb {(begin 1) (process $_) (end 2)})');
  });
});

describe('statement separation', () => {
  it('separates statements with newlines and semicolons, ignoring comments', () => {
    expect(tree('a; b\n# comment\nc <# inline #> d\n\n;;e')).toBe('(cmd a); (cmd b); (cmd c d); (cmd e)');
  });

  it('continues a line after a backtick', () => {
    expect(tree('Connect-ExchangeOnline `\n  -AppId $AppId `\n  -ShowBanner:$false')).toBe(
      '(cmd Connect-ExchangeOnline -AppId $AppId -ShowBanner:$false)',
    );
  });
});
