import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScript, tempDir } from './session-run.js';

// PowerShell-Docs Resolve-Path.md
describe('Resolve-Path', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.txt'), '');
    writeFileSync(join(dir, 'sub', 'b.txt'), '');
  });
  afterEach(() => cleanup());

  it('gives PathInfo objects with the full path', async () => {
    const r = await runScript('(Resolve-Path sub).Path\n"$(Resolve-Path ./sub/../sub/a.txt)"', { cwd: dir });
    expect(r.stdout).toBe(`${join(dir, 'sub')}\n${join(dir, 'sub', 'a.txt')}\n`);
  });

  it('expands wildcards', async () => {
    const r = await runScript('Resolve-Path sub/*.txt | ForEach-Object Path', { cwd: dir });
    expect(r.stdout).toBe(`${join(dir, 'sub', 'a.txt')}\n${join(dir, 'sub', 'b.txt')}\n`);
  });

  it('-Relative gives paths relative to the current directory', async () => {
    const r = await runScript('Resolve-Path sub/*.txt -Relative', { cwd: dir });
    expect(r.stdout).toBe('./sub/a.txt\n./sub/b.txt\n');
  });

  it('a missing path is an error', async () => {
    const r = await runScript('Resolve-Path nope', { cwd: dir });
    expect(r.stderr).toContain(`Resolve-Path: Cannot find path '${join(dir, 'nope')}' because it does not exist.`);
  });
});
