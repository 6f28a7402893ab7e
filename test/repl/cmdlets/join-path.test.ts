import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScript, tempDir } from './session-run.js';

// PowerShell-Docs Join-Path.md examples, with '/' as the separator on Linux.
describe('Join-Path', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    mkdirSync(join(dir, 'logs'));
    writeFileSync(join(dir, 'logs', 'a.log'), '');
    writeFileSync(join(dir, 'logs', 'b.log'), '');
  });
  afterEach(() => cleanup());

  it('joins a path and a child path with one separator', async () => {
    const r = await runScript("Join-Path -Path 'path' -ChildPath 'childpath'\nJoin-Path 'path/' '/childpath'\nJoin-Path '/usr/' 'lib'");
    expect(r.stdout).toBe('path/childpath\npath/childpath\n/usr/lib\n');
  });

  it('joins any number of child paths', async () => {
    expect((await runScript('Join-Path a b c d e f g')).stdout).toBe('a/b/c/d/e/f/g\n');
    expect((await runScript("Join-Path -Path a -ChildPath b -AdditionalChildPath 'c', 'd'")).stdout).toBe('a/b/c/d\n');
  });

  it('one result per parent path, from arguments or the pipeline', async () => {
    expect((await runScript("Join-Path -Path 'x', 'y' -ChildPath 'z'")).stdout).toBe('x/z\ny/z\n');
    expect((await runScript("'p', 'q' | Join-Path -ChildPath 'f.txt'")).stdout).toBe('p/f.txt\nq/f.txt\n');
  });

  it('-Resolve gives the existing items the joined path names', async () => {
    const r = await runScript("Join-Path logs '*.log' -Resolve", { cwd: dir });
    expect(r.stdout).toBe(`${join(dir, 'logs', 'a.log')}\n${join(dir, 'logs', 'b.log')}\n`);
    const missing = await runScript('Join-Path logs nope -Resolve', { cwd: dir });
    expect(missing.stderr).toContain(`Join-Path: Cannot find path '${join(dir, 'logs', 'nope')}' because it does not exist.`);
  });
});
