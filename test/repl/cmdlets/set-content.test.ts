import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScript, tempDir } from './session-run.js';

// Behaviour from PowerShell-Docs Set-Content.md / Add-Content.md and PowerShell's Set-Content.Tests.ps1
describe('Set-Content and Add-Content', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir()));
  afterEach(() => cleanup());
  const read = (name: string) => readFileSync(join(dir, name));

  it('writes each value as a line, UTF-8 without a byte-order mark', async () => {
    await runScript("Set-Content -Path .\\Test1.txt -Value 'Hello, World'\nSet-Content t2.txt 'a', 'b', 3\n'é' | Set-Content t3.txt", { cwd: dir });
    expect(read('Test1.txt').toString()).toBe('Hello, World\n');
    expect(read('t2.txt').toString()).toBe('a\nb\n3\n');
    expect([...read('t3.txt')]).toEqual([0xc3, 0xa9, 0x0a]);
  });

  it('replaces what was there', async () => {
    writeFileSync(join(dir, 'f.txt'), 'old content that is longer\n');
    await runScript("Set-Content f.txt 'new'", { cwd: dir });
    expect(read('f.txt').toString()).toBe('new\n');
  });

  it('reads all of its input before writing, so a file can be rewritten through a pipeline', async () => {
    writeFileSync(join(dir, 'f.txt'), 'one\ntwo\n');
    await runScript("Get-Content f.txt | ForEach-Object { $_.ToUpper() } | Set-Content f.txt", { cwd: dir });
    expect(read('f.txt').toString()).toBe('ONE\nTWO\n');
  });

  it('a null value empties the file', async () => {
    writeFileSync(join(dir, 'f.txt'), 'old\n');
    await runScript('Set-Content f.txt -Value $null\nSet-Content g.txt $null', { cwd: dir });
    expect(read('f.txt').length).toBe(0);
    expect(read('g.txt').length).toBe(0);
  });

  it('-NoNewline runs the values together', async () => {
    await runScript("Set-Content n.txt -Value 'A', 'B', 'C' -NoNewline", { cwd: dir });
    expect(read('n.txt').toString()).toBe('ABC');
  });

  it('-Encoding unicode writes UTF-16LE with its byte-order mark', async () => {
    await runScript("Set-Content u.txt 'hi' -Encoding unicode\nGet-Content u.txt", { cwd: dir });
    expect([...read('u.txt')]).toEqual([0xff, 0xfe, 0x68, 0x00, 0x69, 0x00, 0x0a, 0x00]);
  });

  it('Add-Content appends lines and creates a missing file', async () => {
    await runScript("Add-Content log.txt 'first'\nac log.txt 'second', 'third'\nGet-Content log.txt", { cwd: dir });
    expect(read('log.txt').toString()).toBe('first\nsecond\nthird\n');
  });

  it('Add-Content -NoNewline continues the last line', async () => {
    writeFileSync(join(dir, 'x.txt'), 'abc');
    await runScript("Add-Content x.txt 'def' -NoNewline", { cwd: dir });
    expect(read('x.txt').toString()).toBe('abcdef');
  });

  it('-PassThru also outputs the values', async () => {
    const r = await runScript("Set-Content p.txt 'v1', 'v2' -PassThru", { cwd: dir });
    expect(r.stdout).toBe('v1\nv2\n');
  });

  it('-WhatIf writes nothing and says what it would do', async () => {
    const r = await runScript("Set-Content w.txt 'x' -WhatIf\nTest-Path w.txt", { cwd: dir });
    expect(r.stdout).toBe(`What if: Performing the operation "Set Content" on target "Path: ${join(dir, 'w.txt')}".\nFalse\n`);
  });

  it('a missing parent directory is an error', async () => {
    const r = await runScript("Set-Content nodir/f.txt 'x'\n'after'", { cwd: dir });
    expect(r.stderr).toContain(`Set-Content: Could not find a part of the path '${join(dir, 'nodir', 'f.txt')}'.`);
    expect(r.stdout).toBe('after\n');
  });

  it('a missing -Value is a binding error', async () => {
    const r = await runScript('Set-Content f.txt', { cwd: dir });
    expect(r.stderr).toContain('missing mandatory parameters: Value.');
  });
});
