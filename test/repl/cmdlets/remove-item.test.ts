import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScript, tempDir } from './session-run.js';

// Behaviour from PowerShell-Docs Remove-Item.md and PowerShell's Remove-Item.Tests.ps1
describe('Remove-Item', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    writeFileSync(join(dir, 'a.txt'), 'a');
    writeFileSync(join(dir, 'b.txt'), 'b');
    writeFileSync(join(dir, 'keep.csv'), 'c');
    mkdirSync(join(dir, 'full'));
    writeFileSync(join(dir, 'full', 'inner.txt'), 'i');
    mkdirSync(join(dir, 'empty'));
  });
  afterEach(() => cleanup());

  it('deletes files, with wildcards, under its aliases', async () => {
    await runScript('Remove-Item a.txt\nrm *.txt\ndel empty', { cwd: dir });
    expect(existsSync(join(dir, 'a.txt')) || existsSync(join(dir, 'b.txt')) || existsSync(join(dir, 'empty'))).toBe(false);
    expect(existsSync(join(dir, 'keep.csv'))).toBe(true);
  });

  it('a directory with children needs -Recurse when no one can be asked', async () => {
    const r = await runScript("Remove-Item full\nTest-Path full\nRemove-Item full -Recurse\nTest-Path full", { cwd: dir });
    expect(r.stderr).toContain(`The item at ${join(dir, 'full')} has children and the Recurse parameter was not specified.`);
    expect(r.stdout).toBe('True\nFalse\n');
  });

  it('at a terminal it asks before removing children', async () => {
    const r = await runScript('Remove-Item full\nTest-Path full', { cwd: dir, interactive: true, answers: ['Y'] });
    expect(r.host.prompts[0]).toContain(`The item at ${join(dir, 'full')} has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?`);
    expect(r.stdout).toBe('False\n');
  });

  it('a missing path is a PathNotFound error', async () => {
    const r = await runScript('Remove-Item nope.txt\n$Error[0].FullyQualifiedErrorId', { cwd: dir });
    expect(r.stderr).toContain(`Remove-Item: Cannot find path '${join(dir, 'nope.txt')}' because it does not exist.`);
    expect(r.stdout).toBe('PathNotFound,Microsoft.PowerShell.Commands.RemoveItemCommand\n');
  });

  it('-WhatIf removes nothing', async () => {
    const r = await runScript('Remove-Item a.txt -WhatIf', { cwd: dir });
    expect(r.stdout).toBe(`What if: Performing the operation "Remove File" on target "${join(dir, 'a.txt')}".\n`);
    expect(existsSync(join(dir, 'a.txt'))).toBe(true);
  });

  it('takes items from the pipeline', async () => {
    await runScript('Get-ChildItem *.txt | Remove-Item', { cwd: dir });
    expect(existsSync(join(dir, 'a.txt')) || existsSync(join(dir, 'b.txt'))).toBe(false);
  });
});
