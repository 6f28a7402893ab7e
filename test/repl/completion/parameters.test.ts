import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { at, sessionWith } from './helpers.js';

describe('complete: parameter names', () => {
  it('lists parameters in declaration order with the common parameters last', async () => {
    const r = await at(await sessionWith(''), 'Get-ChildItem -');
    expect(r.texts.slice(0, 3)).toEqual(['-Path', '-LiteralPath', '-Filter']);
    expect(r.texts.indexOf('-Verbose')).toBeGreaterThan(r.texts.indexOf('-Recurse'));
    expect(r.texts).toContain('-ErrorAction');
    expect(r.replaced).toBe('-');
    expect(r.candidates[0]).toMatchObject({ display: 'Path', kind: 'parameter' });
  });

  it('completes a typed prefix, through aliases of the command, replacing the whole -word', async () => {
    const s = await sessionWith('');
    const r = await at(s, 'gci -Rec');
    expect(r.texts).toEqual(['-Recurse']);
    expect(r.replaced).toBe('-Rec');
    expect((await at(s, 'Sort-Object -Pro')).texts).toEqual(['-Property', '-ProgressAction']);
  });

  it('leaves out parameters already given', async () => {
    const r = await at(await sessionWith(''), 'Get-ChildItem -Recurse -Re');
    expect(r.texts).not.toContain('-Recurse');
  });

  it('offers -WhatIf and -Confirm only where ShouldProcess is supported', async () => {
    const s = await sessionWith('');
    expect((await at(s, 'Remove-Item -')).texts).toEqual(expect.arrayContaining(['-WhatIf', '-Confirm']));
    expect((await at(s, 'Get-Date -')).texts).not.toContain('-WhatIf');
  });

  it('uses a function param() block: simple functions have no common parameters, advanced ones do', async () => {
    const s = await sessionWith('function Simple { param([string]$Name, [switch]$Force) }; function Advanced { [CmdletBinding()] param([string]$Name) }');
    expect((await at(s, 'Simple -')).texts).toEqual(['-Name', '-Force']);
    const advanced = (await at(s, 'Advanced -')).texts;
    expect(advanced[0]).toBe('-Name');
    expect(advanced).toContain('-Verbose');
  });

  it('finds the command the cursor is in when commands nest', async () => {
    const s = await sessionWith('');
    expect((await at(s, 'Get-Date | Where-Object { Get-ChildItem -Rec')).texts).toEqual(['-Recurse']);
    expect((await at(s, 'Write-Output (Get-ChildItem -Rec')).texts).toEqual(['-Recurse']);
  });

  it('gives nothing for an unknown command', async () => {
    expect((await at(await sessionWith(''), 'Get-Nothing -')).texts).toEqual([]);
  });
});

describe('complete: parameters of script files', () => {
  it('reads the param() block of a script named by path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-complete-script-'));
    writeFileSync(join(dir, 'report.ps1'), 'param([string]$Organization, [ValidateSet("Csv", "Json")][string]$Format) $Organization');
    const s = await sessionWith('', dir);
    expect((await at(s, './report.ps1 -')).texts).toEqual(['-Organization', '-Format']);
    expect((await at(s, './report.ps1 -Format J')).texts).toEqual(['Json']);
  });
});
