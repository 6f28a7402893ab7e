import { mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
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

  it('Format-List shows the list view of the format data', async () => {
    const when = new Date(2024, 2, 5, 9, 8, 7);
    utimesSync(join(dir, 'two.txt'), when, when);
    const r = await runScript('Get-Item two.txt | Format-List', { cwd: dir });
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 4)).toEqual(['', 'Name           : two.txt', 'Length         : 2', lines[3]]);
    expect(lines[3]).toMatch(/^CreationTime   : /);
    expect(lines.slice(4)).toEqual([
      'LastWriteTime  : 3/5/2024 9:08:07 AM',
      'LastAccessTime : 3/5/2024 9:08:07 AM',
      'Mode           : -----',
      'LinkType       : ',
      'Target         : ',
      '',
      '',
    ]);
  });

  it('a symbolic link reports its link type and target', async () => {
    symlinkSync(join(dir, 'one.txt'), join(dir, 'link.txt'));
    const r = await runScript('$l = Get-Item link.txt\n$l.LinkType\n$l.Target\n$l.Mode', { cwd: dir });
    expect(r.stdout).toBe(`SymbolicLink\n${join(dir, 'one.txt')}\nl----\n`);
  });

  it('a missing path is a PathNotFound error', async () => {
    const r = await runScript('Get-Item nope\n$Error[0].FullyQualifiedErrorId', { cwd: dir });
    expect(r.stderr).toContain(`Get-Item: Cannot find path '${join(dir, 'nope')}' because it does not exist.`);
    expect(r.stdout).toBe('PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand\n');
  });
});
