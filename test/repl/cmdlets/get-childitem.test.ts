import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScript, tempDir } from './session-run.js';

// Behaviour from PowerShell-Docs Get-ChildItem.md and PowerShell's Get-ChildItem.Tests.ps1
describe('Get-ChildItem', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    mkdirSync(join(dir, 'Logs'));
    mkdirSync(join(dir, 'Logs', 'Old'));
    writeFileSync(join(dir, 'b.txt'), 'bb');
    writeFileSync(join(dir, 'A.txt'), 'a');
    writeFileSync(join(dir, 'c.csv'), 'ccc');
    writeFileSync(join(dir, '.hidden'), 'h');
    writeFileSync(join(dir, 'Logs', 'app.log'), 'log');
    writeFileSync(join(dir, 'Logs', 'Old', 'older.log'), 'older');
  });
  afterEach(() => cleanup());

  const names = (script: string) => runScript(`${script} | ForEach-Object Name`, { cwd: dir }).then((r) => r.stdout);

  it('lists directories first, then files, by name; dot files are hidden', async () => {
    expect(await names('Get-ChildItem')).toBe('Logs\nA.txt\nb.txt\nc.csv\n');
  });

  it('-Force includes hidden items', async () => {
    expect(await names('Get-ChildItem -Force')).toBe('Logs\n.hidden\nA.txt\nb.txt\nc.csv\n');
  });

  it('works under the ls, dir and gci aliases and with a path', async () => {
    expect(await names('ls Logs')).toBe('Old\napp.log\n');
    expect(await names('dir -Path ./Logs -File')).toBe('app.log\n');
    expect(await names('gci Logs -Directory')).toBe('Old\n');
  });

  it('-Filter and wildcard paths', async () => {
    expect(await names("Get-ChildItem -Filter '*.txt'")).toBe('A.txt\nb.txt\n');
    expect(await names('Get-ChildItem *.csv')).toBe('c.csv\n');
  });

  it('-Recurse lists each level, then goes into its subdirectories', async () => {
    const r = await runScript('Get-ChildItem -Recurse | ForEach-Object FullName', { cwd: dir });
    expect(r.stdout).toBe([
      'Logs', 'A.txt', 'b.txt', 'c.csv', 'Logs/Old', 'Logs/app.log', 'Logs/Old/older.log',
    ].map((p) => join(dir, p)).join('\n') + '\n');
  });

  it('-Recurse with a wildcard leaf filters at every level', async () => {
    expect(await names('Get-ChildItem *.log -Recurse')).toBe('app.log\nolder.log\n');
  });

  it('-Depth limits the recursion', async () => {
    expect(await names('Get-ChildItem Logs -Depth 0')).toBe('Old\napp.log\n');
  });

  it('-Include and -Exclude', async () => {
    expect(await names("Get-ChildItem -File -Exclude '*.txt'")).toBe('c.csv\n');
    expect(await names("Get-ChildItem -Include '*.csv', 'A*'")).toBe('A.txt\nc.csv\n');
  });

  it('-Name outputs relative names', async () => {
    const r = await runScript('Get-ChildItem -Recurse -Name -File', { cwd: dir });
    expect(r.stdout).toBe('A.txt\nb.txt\nc.csv\nLogs/app.log\nLogs/Old/older.log\n');
  });

  it('items carry Length, Extension, BaseName, Mode and a LastWriteTime', async () => {
    const r = await runScript("$f = Get-ChildItem c.csv\n$f.Length\n$f.Extension\n$f.BaseName\n$f.Mode\n$f.DirectoryName -eq (Get-Location).Path\n$f.LastWriteTime -is [datetime]\n(Get-ChildItem -Directory).Mode", { cwd: dir });
    expect(r.stdout).toBe('3\n.csv\nc\n-----\nTrue\nTrue\nd----\n');
  });

  it('shows items in pwsh\'s Unix table: mode, user, group, write time, size, name', async () => {
    const when = new Date(2024, 2, 5, 9, 8, 7);
    for (const name of ['Logs', 'c.csv']) {
      chmodSync(join(dir, name), name === 'Logs' ? 0o755 : 0o644);
      utimesSync(join(dir, name), when, when);
    }
    const user = execFileSync('id', ['-un']).toString().trim();
    const group = execFileSync('id', ['-gn']).toString().trim();
    const dirSize = String(execFileSync('stat', ['-c', '%s', join(dir, 'Logs')])).trim();
    const row = (mode: string, size: string, name: string) =>
      `${mode} ${user.padStart(10)} ${group.padEnd(10)} ${'3/5/2024 09:08'.padStart(16)} ${size.padStart(12)} ${name}`;
    const r = await runScript('Get-ChildItem -Exclude *.txt', { cwd: dir });
    expect(r.stdout).toBe([
      '',
      `UnixMode   ${'User'.padStart(10)} ${'Group'.padEnd(10)} ${'LastWriteTime'.padStart(16)} ${'Size'.padStart(12)} Name`,
      `--------   ${'----'.padStart(10)} ${'-----'.padEnd(10)} ${'-------------'.padStart(16)} ${'----'.padStart(12)} ----`,
      row('drwxr-xr-x', dirSize, 'Logs'),
      row('-rw-r--r--', '3', 'c.csv'),
      '',
      '',
    ].join('\n'));
  });

  it('a file path gives that file', async () => {
    expect(await names('Get-ChildItem b.txt')).toBe('b.txt\n');
  });

  it('a missing path is an error', async () => {
    const r = await runScript('Get-ChildItem nope', { cwd: dir });
    expect(r.stderr).toContain(`Get-ChildItem: Cannot find path '${join(dir, 'nope')}' because it does not exist.`);
  });

  it('feeds Get-Content by property name', async () => {
    const r = await runScript('Get-ChildItem -Filter *.csv | Get-Content', { cwd: dir });
    expect(r.stdout).toBe('ccc\n');
  });
});
