import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript, tempDir } from './session-run.js';

// PowerShell-Docs Split-Path.md examples, with Linux paths.
describe('Split-Path', () => {
  it('the parent is the default', async () => {
    const r = await runScript("Split-Path -Path '/home/admin/scripts/run.ps1'\nSplit-Path '/home/admin/scripts/' -Parent\nSplit-Path '/etc'\n'[' + (Split-Path 'file.txt') + ']'");
    expect(r.stdout).toBe('/home/admin/scripts\n/home/admin\n/\n[]\n');
  });

  it('-Leaf, -LeafBase and -Extension', async () => {
    const r = await runScript("Split-Path -Path '/tmp/logs/*.log' -Leaf\nSplit-Path '/tmp/report.final.csv' -LeafBase\nSplit-Path '/tmp/report.final.csv' -Extension\nSplit-Path '/tmp/README' -Extension\nSplit-Path '/tmp/dir/' -Leaf");
    expect(r.stdout).toBe('*.log\nreport.final\n.csv\n\ndir\n');
  });

  it('-IsAbsolute', async () => {
    const r = await runScript("Split-Path '/a/b' -IsAbsolute\nSplit-Path 'a/b' -IsAbsolute\nSplit-Path './a' -IsAbsolute");
    expect(r.stdout).toBe('True\nFalse\nFalse\n');
  });

  it('-Qualifier and -NoQualifier on a drive-qualified path; a plain path has no qualifier', async () => {
    const r = await runScript("Split-Path -Path 'HKCU:\\Software\\Microsoft' -Qualifier\nSplit-Path -Path 'Env:PATH' -NoQualifier\nSplit-Path '/a/b' -Qualifier");
    expect(r.stdout).toBe('HKCU:\nPATH\n');
    expect(r.stderr).toContain("Cannot parse path because path '/a/b' does not have a qualifier specified.");
  });

  it('takes paths from the pipeline', async () => {
    expect((await runScript("'/x/y.txt', '/z/w.md' | Split-Path -Leaf")).stdout).toBe('y.txt\nw.md\n');
  });

  it('-Resolve splits the existing paths a wildcard names', async () => {
    const { dir, cleanup } = tempDir();
    try {
      writeFileSync(join(dir, 'one.txt'), '');
      writeFileSync(join(dir, 'two.txt'), '');
      const r = await runScript("Split-Path '*.txt' -Leaf -Resolve", { cwd: dir });
      expect(r.stdout).toBe('one.txt\ntwo.txt\n');
    } finally {
      cleanup();
    }
  });
});
