import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScript, tempDir } from './session-run.js';

// Behaviour from PowerShell-Docs Test-Path.md and PowerShell's Test-Path.Tests.ps1
describe('Test-Path', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => {
    ({ dir, cleanup } = tempDir());
    writeFileSync(join(dir, 'file.txt'), 'x');
    mkdirSync(join(dir, 'sub'));
  });
  afterEach(() => cleanup());

  it('says whether paths exist, relative or absolute', async () => {
    const r = await runScript(`Test-Path file.txt\nTest-Path sub\nTest-Path missing.txt\nTest-Path '${join(dir, 'file.txt')}'`, { cwd: dir });
    expect(r.stdout).toBe('True\nTrue\nFalse\nTrue\n');
  });

  it('-PathType Leaf and Container', async () => {
    const r = await runScript('Test-Path file.txt -PathType Leaf\nTest-Path file.txt -PathType Container\nTest-Path sub -PathType Container\nTest-Path sub -PathType Leaf\nTest-Path sub -PathType Any', { cwd: dir });
    expect(r.stdout).toBe('True\nFalse\nTrue\nFalse\nTrue\n');
  });

  it('one answer per path, from arguments or the pipeline', async () => {
    const r = await runScript("Test-Path file.txt, nope\n'sub', 'nope' | Test-Path", { cwd: dir });
    expect(r.stdout).toBe('True\nFalse\nTrue\nFalse\n');
  });

  it('wildcards are true when anything matches', async () => {
    const r = await runScript("Test-Path *.txt\nTest-Path *.csv\nTest-Path -LiteralPath '*.txt'", { cwd: dir });
    expect(r.stdout).toBe('True\nFalse\nFalse\n');
  });

  it('-IsValid checks only the form of the path', async () => {
    expect((await runScript('Test-Path nothing/here.txt -IsValid', { cwd: dir })).stdout).toBe('True\n');
  });

  it('~ is the home directory', async () => {
    expect((await runScript('Test-Path ~')).stdout).toBe('True\n');
  });

  it('an empty path is False', async () => {
    expect((await runScript("Test-Path ''")).stdout).toBe('False\n');
  });
});
