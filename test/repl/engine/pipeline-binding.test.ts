/**
 * Per-item pipeline binding across parameter sets, after PowerShell's parameter
 * binding behaviour (CmdletParameterBinderController: by value, then by property
 * name, without then with conversion; the default set first) as exercised by the
 * community ParameterBinding tests ("selects correct parameter set for each item
 * in pipeline", "InputObjectMissingMandatory") and ParameterBinderStrings.resx
 * (InputObjectNotBound, InputObjectMissingMandatory).
 */
import { describe, expect, it } from 'vitest';
import { out, run } from './run.js';

const BY_NAME_OR_VALUE = `
function Get-Target {
  [CmdletBinding(DefaultParameterSetName = 'ByValue')]
  param(
    [Parameter(ValueFromPipeline, ParameterSetName = 'ByValue')] [string]$Text,
    [Parameter(ValueFromPipelineByPropertyName, ParameterSetName = 'ByName')] [string]$Name
  )
  process { "$($PSCmdlet.ParameterSetName): $Text$Name" }
}
`;

const X_OR_Y = `
function f {
  [CmdletBinding()]
  param(
    [Parameter(ParameterSetName = 'a', ValueFromPipelineByPropertyName)] $x,
    [Parameter(ParameterSetName = 'b', ValueFromPipelineByPropertyName)] $y,
    $z
  )
  process { "$($PSCmdlet.ParameterSetName) x=$x y=$y z=$z" }
}
`;

describe('per-item parameter sets', () => {
  it('each input object picks its own set by the properties it has', async () => {
    expect(await out(`${X_OR_Y} [pscustomobject]@{ x = 1 }, [pscustomobject]@{ y = 2 }, [pscustomobject]@{ x = 3 } | f -z 9`)).toEqual(['a x=1 y= z=9', 'b x= y=2 z=9', 'a x=3 y= z=9']);
  });

  it('a parameter bound by the previous item returns to its default for the next', async () => {
    expect(await out(`${X_OR_Y} [pscustomobject]@{ x = 1 }, [pscustomobject]@{ y = 2 } | f`)).toEqual(['a x=1 y= z=', 'b x= y=2 z=']);
  });

  it('by value for strings, by property name for objects', async () => {
    expect(await out(`${BY_NAME_OR_VALUE} 'plain', [pscustomobject]@{ Name = 'obj' } | Get-Target`)).toEqual(['ByValue: plain', 'ByName: obj']);
  });

  it('values that need no conversion bind first: a hashtable goes to [hashtable], a string to [string]', async () => {
    const def = `function t { [CmdletBinding()] param(
      [Parameter(ValueFromPipeline, Mandatory, ParameterSetName = 'string')] [string]$String,
      [Parameter(ValueFromPipeline, Mandatory, ParameterSetName = 'hashtable')] [hashtable]$Hashtable)
      process { $PSCmdlet.ParameterSetName } }`;
    expect(await out(`${def}; 'text', @{ a = 1 } | t`)).toEqual(['string', 'hashtable']);
  });

  it('an object that matches no pipeline parameter is a non-terminating error', async () => {
    const r = await run(`${X_OR_Y} [pscustomobject]@{ x = 1 }, [pscustomobject]@{ q = 2 }, [pscustomobject]@{ y = 3 } | f; 'after'; $Error[0].Exception.Message`);
    expect(r.stdout).toBe('a x=1 y= z=\nb x= y=3 z=\nafter\nThe input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.\n');
    expect(r.stderr).toMatch(/^f:/);
  });

  it('the error is catchable with -ErrorAction Stop, with pwsh\'s error id', async () => {
    const r = await run(`${X_OR_Y} try { [pscustomobject]@{ q = 2 } | f -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }`);
    expect(r.stdout).toBe('InputObjectNotBound,f\n');
  });

  it('a mandatory parameter the object does not carry', async () => {
    const def = `function g { [CmdletBinding()] param(
      [Parameter(Mandatory, ValueFromPipelineByPropertyName)] [string]$a,
      [Parameter(Mandatory, ValueFromPipelineByPropertyName)] [string]$b,
      [Parameter(ValueFromPipelineByPropertyName)] [string]$c)
      process { "$a$b" } }`;
    const r = await run(`${def}; [pscustomobject]@{ a = 1; b = 2 }, [pscustomobject]@{ a = 1 } | g; $Error[0].Exception.Message`);
    expect(r.stdout).toBe('12\nThe input object cannot be bound because it did not contain the information required to bind all mandatory parameters:  b\n');
    expect(r.stderr).toMatch(/^g:/);
    const caught = await run(`${def}; try { [pscustomobject]@{ a = 1 } | g -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }`);
    expect(caught.stdout).toBe('InputObjectMissingMandatory,g\n');
  });

  it('a set whose mandatory pipeline parameter is missing is not chosen', async () => {
    const def = `function Test-Set { [CmdletBinding()] param(
      [Parameter(ParameterSetName = 'Id', Mandatory, ValueFromPipelineByPropertyName)] $Id,
      [Parameter(ParameterSetName = 'Name', Mandatory, ValueFromPipelineByPropertyName)] $Name,
      [Parameter(ValueFromPipelineByPropertyName)] $Note)
      process { "$($PSCmdlet.ParameterSetName) $Id$Name $Note" } }`;
    expect(await out(`${def}; [pscustomobject]@{ Id = 7; Note = 'n' }, [pscustomobject]@{ Name = 'x' } | Test-Set`)).toEqual(['Id 7 n', 'Name x ']);
  });

  it('the command-line set is kept when the pipeline parameters are in every set', async () => {
    expect(await out('function k { [CmdletBinding()] param([Parameter(ValueFromPipeline)] $In) process { "$($PSCmdlet.ParameterSetName) $In" } }; 1, 2 | k')).toEqual(['__AllParameterSets 1', '__AllParameterSets 2']);
  });
});
