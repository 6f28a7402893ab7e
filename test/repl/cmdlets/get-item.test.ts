import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScript, tempDir } from './session-run.js';

// Behaviour from PowerShell-Docs Get-Item.md
describe('Get-Item', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    writeFileSync(join(dir, 'one.txt'), '1');
    writeFileSync(join(dir, 'two.txt'), '22');
    mkdirSync(join(dir, 'sub'));
  });
  afterEach(() => cleanup());

  it('gets the item itself, file or directory', async () => {
    const r = await runScript("(Get-Item one.txt).Length\n(gi sub).PSIsContainer\n(Get-Item .).FullName", { cwd: dir });
    expect(r.stdout).toBe(`1\nTrue\n${dir}\n`);
  });

  it('wildcards give every match', async () => {
    const r = await runScript('Get-Item *.txt | ForEach-Object Name', { cwd: dir });
    expect(r.stdout).toBe('one.txt\ntwo.txt\n');
  });

  it('an item converts to its full path as a string', async () => {
    const r = await runScript('"$(Get-Item one.txt)"', { cwd: dir });
    expect(r.stdout).toBe(`${join(dir, 'one.txt')}\n`);
  });

  it('a missing path is a PathNotFound error', async () => {
    const r = await runScript('Get-Item nope\n$Error[0].FullyQualifiedErrorId', { cwd: dir });
    expect(r.stderr).toContain(`Get-Item: Cannot find path '${join(dir, 'nope')}' because it does not exist.`);
    expect(r.stdout).toBe('PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand\n');
  });
});
