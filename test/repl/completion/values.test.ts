import { describe, expect, it } from 'vitest';
import { registerArgumentCompleter } from '../../../src/repl/completion/index.js';
import { at, sessionWith } from './helpers.js';

describe('complete: parameter values', () => {
  it('offers ValidateSet values in declared order, after a space or a typed prefix', async () => {
    const s = await sessionWith('');
    expect((await at(s, 'Write-Error -ErrorAction ')).texts).toEqual(['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break']);
    const r = await at(s, 'Write-Error x -ErrorAction s');
    expect(r.texts).toEqual(['SilentlyContinue', 'Stop', 'Suspend']);
    expect(r.replaced).toBe('s');
    expect(r.candidates[0]!.kind).toBe('value');
  });

  it('completes -Name:value and positional arguments of a function with ValidateSet', async () => {
    const s = await sessionWith("function Paint { param([Parameter(Position = 0)][ValidateSet('Red', 'Green', 'Dark Blue')][string]$Color, [switch]$Force) }");
    expect((await at(s, 'Paint -Color:G')).texts).toEqual(['Green']);
    expect((await at(s, 'Paint R')).texts).toEqual(['Red']);
    // A switch takes no value: the word after it is the first positional argument.
    expect((await at(s, 'Paint -Force ')).texts).toEqual(['Red', 'Green', "'Dark Blue'"]);
    expect((await at(s, "Paint 'D")).texts).toEqual(["'Dark Blue'"]);
    expect((await at(s, 'Paint "G')).texts).toEqual(['"Green"']);
  });

  it('offers $true and $false for bool parameters and enum members for enum-typed ones', async () => {
    const s = await sessionWith('function Plan { param([bool]$Enabled, [System.DayOfWeek]$Day) }');
    expect((await at(s, 'Plan -Enabled ')).texts).toEqual(['$true', '$false']);
    expect((await at(s, 'Plan -Day T')).texts).toEqual(['Tuesday', 'Thursday']);
  });

  it('offers property names of the last output for Select-Object, Sort-Object, Where-Object, Group-Object and Format-Table', async () => {
    const s = await sessionWith("[pscustomobject]@{ DisplayName = 'Ann'; Alias = 'ann'; 'Item Count' = 3 }");
    expect((await at(s, 'Get-Thing | Select-Object D')).texts).toEqual(['DisplayName']);
    expect((await at(s, 'Get-Thing | Sort-Object -Property A')).texts).toEqual(['Alias']);
    expect((await at(s, 'Get-Thing | Where-Object Di')).texts).toEqual(['DisplayName']);
    expect((await at(s, 'Get-Thing | Group-Object ')).texts).toEqual(['Alias', 'DisplayName', "'Item Count'"]);
    expect((await at(s, 'Get-Thing | Format-Table -Property I')).candidates).toEqual([{ text: "'Item Count'", display: 'Item Count', kind: 'property' }]);
    expect((await at(s, 'Get-Thing | Select-Object -ExpandProperty Al')).texts).toEqual(['Alias']);
    expect((await at(s, 'Get-Thing | ForEach-Object Disp')).texts).toEqual(['DisplayName']);
  });

  it('follows the latest output: the sample changes with each run that writes something', async () => {
    const s = await sessionWith("[pscustomobject]@{ First = 1 }");
    expect((await at(s, 'Select-Object F')).texts).toEqual(['First']);
    await s.run('$null = 1');
    expect((await at(s, 'Select-Object F')).texts).toEqual(['First']);
    await s.run("[pscustomobject]@{ Second = 2 }");
    expect((await at(s, 'Select-Object ')).texts).toEqual(['Second']);
  });

  it('samples the last top-level pipeline that wrote something, not the first', async () => {
    const s = await sessionWith("[pscustomobject]@{ First = 1 }; [pscustomobject]@{ Second = 2 }; $null = 3");
    expect((await at(s, 'Select-Object ')).texts).toEqual(['Second']);
    await s.run("trap { continue }; [pscustomobject]@{ Third = 3 }; [pscustomobject]@{ Fourth = 4 }");
    expect((await at(s, 'Select-Object ')).texts).toEqual(['Third']);
  });
});

describe('complete: registered argument completers', () => {
  it('asks completers in order; one that answers undefined leaves the value to the next or the default', async () => {
    const s = await sessionWith("function Paint { param([ValidateSet('Red', 'Green')][string]$Color, [string]$Owner, [string]$Note) }");
    const asked: string[] = [];
    registerArgumentCompleter(s, {
      async complete(r) {
        asked.push(`${r.command.name}:${r.parameterName}:${r.wordToComplete}`);
        return r.parameterName === 'Owner' ? [{ text: 'ann@contoso.com', display: 'ann@contoso.com', kind: 'identity' }] : undefined;
      },
    });
    registerArgumentCompleter(s, { complete: async () => [{ text: 'never', display: 'never', kind: 'value' }] });
    expect((await at(s, "Paint -Owner 'an")).texts).toEqual(['ann@contoso.com']);
    expect(asked).toEqual(['Paint:Owner:an']);
    expect((await at(s, 'Paint -Note ')).texts).toEqual(['never']);
    // A ValidateSet cannot be overridden, as in pwsh: no completer is asked.
    expect((await at(s, 'Paint -Color ')).texts).toEqual(['Red', 'Green']);
    expect(asked).toEqual(['Paint:Owner:an', 'Paint:Note:']);
  });

  it('binds a positional argument to the first positional parameter not already named, as the binder does', async () => {
    const s = await sessionWith("function Paint { param([ValidateSet('Red', 'Green')][string]$Color, [ValidateSet('Matt', 'Gloss')][string]$Finish) }");
    expect((await at(s, 'Paint ')).texts).toEqual(['Red', 'Green']);
    expect((await at(s, 'Paint Red ')).texts).toEqual(['Matt', 'Gloss']);
    expect((await at(s, 'Paint -Color:Red ')).texts).toEqual(['Matt', 'Gloss']);
    expect((await at(s, 'Paint -Color Red ')).texts).toEqual(['Matt', 'Gloss']);
  });
});
