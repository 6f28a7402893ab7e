import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { teeObject } from '../../../src/repl/cmdlets/tee-object.js';
import { runCmdlet } from './helpers.js';

describe('Tee-Object', () => {
  it('-Variable passes objects on and stores them all', async () => {
    const r = await runCmdlet(teeObject, { params: { Variable: 'x' }, input: [1, 2, 3] });
    expect(r.output).toEqual([1, 2, 3]);
    expect(r.variables.get('x')).toEqual([1, 2, 3]);
  });

  it('-Variable with one object stores the object itself', async () => {
    const r = await runCmdlet(teeObject, { params: { Variable: 'x' }, input: ['only'] });
    expect(r.variables.get('x')).toBe('only');
  });

  it('-FilePath writes the formatted text and passes objects on; -Append adds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tee-'));
    const r = await runCmdlet(teeObject, { params: { FilePath: 'out.txt' }, input: ['a', 'b'], cwd: dir });
    expect(r.output).toEqual(['a', 'b']);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('a\nb\n');
    await runCmdlet(teeObject, { params: { FilePath: join(dir, 'out.txt'), Append: true }, input: ['c'] });
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe('a\nb\nc\n');
  });

  it('-FilePath without -Append replaces the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tee-'));
    writeFileSync(join(dir, 'f.txt'), 'old\n');
    await runCmdlet(teeObject, { params: { FilePath: 'f.txt' }, input: [42], cwd: dir });
    expect(readFileSync(join(dir, 'f.txt'), 'utf8')).toBe('42\n');
  });
});
