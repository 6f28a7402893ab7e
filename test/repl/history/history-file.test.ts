import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HistoryFile, defaultHistoryPath } from '../../../src/repl/history/index.js';

const root = join(import.meta.dirname, '..', '..', '..');

function tempPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'exosh-history-')), 'nested', 'history.txt');
}

/** A child process appending `count` entries tagged with `tag` through its own HistoryFile. */
function appender(path: string, tag: string, count: number, maxEntries = 100000): Promise<number | null> {
  // Our sources import './x.js' for './x.ts': map that while Node strips the types.
  const code = `
    const { registerHooks } = await import('node:module');
    registerHooks({ resolve: (spec, ctx, next) => { try { return next(spec, ctx); } catch (e) { if (!spec.endsWith('.js')) throw e; return next(spec.slice(0, -3) + '.ts', ctx); } } });
    const { HistoryFile } = await import(${JSON.stringify(join(root, 'src', 'repl', 'history', 'index.ts'))});
    const h = new HistoryFile({ path: ${JSON.stringify(path)}, maxEntries: ${maxEntries} });
    for (let i = 0; i < ${count}; i++) h.append('${tag} ' + i + (i % 5 === 0 ? '\\n  | Select-Object -First 1' : ''));
  `;
  const child = spawn(process.execPath, ['--experimental-strip-types', '--no-warnings', '--input-type=module', '-e', code], { stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', resolve));
}

describe('HistoryFile', () => {
  it('defaults to history.txt under the user data folder', () => {
    expect(defaultHistoryPath({ XDG_DATA_HOME: '/d' })).toBe(join('/d', 'exosh', 'history.txt'));
    expect(defaultHistoryPath({ HOME: '/h' })).toMatch(/exosh[\\/]history\.txt$/);
  });

  it('round-trips multi-line entries in PSReadLine format', () => {
    const path = tempPath();
    const h = new HistoryFile({ path });
    const fn = 'function f {\n  "a"\n}';
    expect(h.append('Get-Date')).toBe(true);
    expect(h.append(fn)).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('Get-Date\nfunction f {`\n  "a"`\n}\n');
    expect(new HistoryFile({ path }).load()).toEqual(['Get-Date', fn]);
  });

  it('keeps a line continuation backtick inside a multi-line entry', () => {
    const path = tempPath();
    const entry = 'Get-EXOMailbox `\n  -ResultSize 5';
    new HistoryFile({ path }).append(entry);
    new HistoryFile({ path }).append('Get-Date');
    expect(readFileSync(path, 'utf8')).toBe('Get-EXOMailbox ``\n  -ResultSize 5\nGet-Date\n');
    expect(new HistoryFile({ path }).load()).toEqual([entry, 'Get-Date']);
  });

  it('skips blank and sensitive entries', () => {
    const path = tempPath();
    const h = new HistoryFile({ path });
    expect(h.append('   ')).toBe(false);
    expect(h.append("$s = ConvertTo-SecureString 'x' -AsPlainText -Force")).toBe(false);
    expect(h.append('Get-Mailbox')).toBe(true);
    expect(h.load()).toEqual(['Get-Mailbox']);
  });

  it('keeps the file private: 0600 in a 0700 folder', () => {
    if (process.platform === 'win32') return;
    const path = tempPath();
    new HistoryFile({ path }).append('Get-Date');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(path, '..')).mode & 0o777).toBe(0o700);
  });

  it('trims the file to the newest entries once it grows past the cap', () => {
    const path = tempPath();
    const h = new HistoryFile({ path, maxEntries: 32 });
    for (let i = 0; i < 200; i++) h.append(`cmd ${i}`);
    const onDisk = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(onDisk.length).toBeLessThanOrEqual(32 + 2);
    expect(onDisk[onDisk.length - 1]).toBe('cmd 199');
    const loaded = new HistoryFile({ path, maxEntries: 32 }).load();
    expect(loaded).toHaveLength(32);
    expect(loaded[0]).toBe('cmd 168');
  });

  it('load() caps what it returns even for a file written by someone else', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'exosh-history-')), 'h.txt');
    writeFileSync(path, Array.from({ length: 10 }, (_, i) => `c${i}\n`).join(''));
    expect(new HistoryFile({ path, maxEntries: 3 }).load()).toEqual(['c7', 'c8', 'c9']);
  });

  it('interleaves whole entries when two shells append at once', async () => {
    const path = tempPath();
    new HistoryFile({ path }).append('first');
    const codes = await Promise.all([appender(path, 'A', 300), appender(path, 'B', 300)]);
    expect(codes).toEqual([0, 0]);
    const entries = new HistoryFile({ path, maxEntries: 100000 }).load();
    expect(entries).toHaveLength(601);
    for (const tag of ['A', 'B']) {
      const mine = entries.filter((e) => e.startsWith(`${tag} `));
      expect(mine).toHaveLength(300);
      mine.forEach((e, i) => expect(e).toBe(`${tag} ${i}${i % 5 === 0 ? '\n  | Select-Object -First 1' : ''}`));
    }
  }, 30_000);

  it('keeps the cap with two shells appending, counting the other shell\'s entries too', async () => {
    const path = tempPath();
    const codes = await Promise.all([appender(path, 'A', 200, 40), appender(path, 'B', 200, 40)]);
    expect(codes).toEqual([0, 0]);
    const onDisk = new HistoryFile({ path, maxEntries: 100000 }).load();
    expect(onDisk.length).toBeGreaterThanOrEqual(40);
    expect(onDisk.length).toBeLessThanOrEqual(40 + 2);
    // The newest entries survive: the shell that finished last wrote the final one.
    expect(onDisk[onDisk.length - 1]).toMatch(/^[AB] 199$/);
  }, 30_000);
});
