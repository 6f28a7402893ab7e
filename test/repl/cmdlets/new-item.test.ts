import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScript, tempDir } from './session-run.js';

// Behaviour from PowerShell-Docs New-Item.md and PowerShell's New-Item.Tests.ps1
describe('New-Item', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());

  it('creates an empty file by default and outputs a FileInfo', async () => {
    const r = await runScript("$i = New-Item -Path . -Name 'testfile1.txt'\n$i.Name\n$i.Length\n$i.PSIsContainer\n$i | Get-Member | Select-Object -First 1 -ExpandProperty TypeName", { cwd: dir });
    expect(readFileSync(join(dir, 'testfile1.txt'), 'utf8')).toBe('');
    expect(r.stdout).toBe('testfile1.txt\n0\nFalse\nSystem.IO.FileInfo\n');
  });

  it('-Value is the content, written as is', async () => {
    await runScript("New-Item -Path . -Name 'testfile1.txt' -ItemType 'file' -Value 'This is a text string.' | Out-Null", { cwd: dir });
    expect(readFileSync(join(dir, 'testfile1.txt'), 'utf8')).toBe('This is a text string.');
  });

  it('creates a directory, parents included, and outputs a DirectoryInfo', async () => {
    const r = await runScript("$d = New-Item -ItemType Directory -Path 'a/b/c'\n$d.Name\n$d.FullName\n$d.PSIsContainer", { cwd: dir });
    expect(statSync(join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
    expect(r.stdout).toBe(`c\n${join(dir, 'a', 'b', 'c')}\nTrue\n`);
  });

  it('an existing directory is an error unless -Force', async () => {
    mkdirSync(join(dir, 'logfiles'));
    const r = await runScript("New-Item -ItemType Directory logfiles\n$Error[0].FullyQualifiedErrorId\n(New-Item -ItemType Directory logfiles -Force).Name", { cwd: dir });
    expect(r.stderr).toContain(`New-Item: An item with the specified name ${join(dir, 'logfiles')} already exists.`);
    expect(r.stdout).toBe('DirectoryExist,Microsoft.PowerShell.Commands.NewItemCommand\nlogfiles\n');
  });

  it('an existing file is an error unless -Force, which replaces it', async () => {
    writeFileSync(join(dir, 'f.txt'), 'old');
    const r = await runScript("New-Item f.txt -Value 'x'\n(New-Item f.txt -Value 'new' -Force).Length", { cwd: dir });
    expect(r.stderr).toContain(`New-Item: The file '${join(dir, 'f.txt')}' already exists.`);
    expect(r.stdout).toBe('3\n');
    expect(readFileSync(join(dir, 'f.txt'), 'utf8')).toBe('new');
  });

  it('a file in a missing directory needs -Force', async () => {
    const r = await runScript("New-Item x/y/f.txt\n(New-Item x/y/f.txt -Force).Name", { cwd: dir });
    expect(r.stderr).toContain(`Could not find a part of the path '${join(dir, 'x', 'y', 'f.txt')}'.`);
    expect(r.stdout).toBe('f.txt\n');
  });

  it('creates several items from a path list', async () => {
    await runScript("New-Item -ItemType Directory -Path 'd1', 'd2' | Out-Null", { cwd: dir });
    expect(existsSync(join(dir, 'd1')) && existsSync(join(dir, 'd2'))).toBe(true);
  });

  it('-WhatIf creates nothing', async () => {
    const r = await runScript('New-Item -ItemType Directory w -WhatIf', { cwd: dir });
    expect(r.stdout).toBe(`What if: Performing the operation "Create Directory" on target "Destination: ${join(dir, 'w')}".\n`);
    expect(existsSync(join(dir, 'w'))).toBe(false);
  });

  it('an unknown item type is an error', async () => {
    const r = await runScript('New-Item q -ItemType Widget', { cwd: dir });
    expect(r.stderr).toContain('The type is not a known type for the file system. Only "file","directory" or "symboliclink" can be specified.');
  });
});
