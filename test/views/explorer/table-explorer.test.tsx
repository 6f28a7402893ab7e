import { afterEach, describe, expect, it } from 'vitest';
import { render, cleanup } from 'ink-testing-library';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { TableExplorer } from '../../../src/views/explorer/table-explorer.js';
import type { ExplorerResult } from '../../../src/views/explorer/use-explorer.js';

const KEY = { down: '\u001B[B', up: '\u001B[A', right: '\u001B[C', pageDown: '\u001B[6~', end: '\u001B[F', home: '\u001B[H', esc: '\u001B', enter: '\r' };
const tick = (ms = 40) => new Promise((r) => setTimeout(r, ms));

/** Polls until the condition holds (rendering is asynchronous), failing after a while. */
async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting for the screen');
    await tick(10);
  }
}

const user = (i: number) => new PSObject({ DisplayName: `User ${String(i).padStart(3, '0')}`, Alias: `user${i}`, Items: i * 10, Dept: i % 2 ? 'Sales' : 'IT' });

async function* rows(n: number, from = 0) {
  for (let i = from; i < from + n; i++) yield user(i);
}

/** A source the test feeds by hand, which records whether it was cancelled. */
function pushSource() {
  const queue: unknown[] = [];
  let wake: (() => void) | undefined;
  const state = { cancelled: false, ended: false };
  const source: AsyncIterable<unknown> = {
    [Symbol.asyncIterator]: () => ({
      next: async () => {
        while (queue.length === 0 && !state.ended) await new Promise<void>((r) => { wake = r; });
        return queue.length ? { value: queue.shift(), done: false } : { value: undefined, done: true };
      },
      return: async () => {
        state.cancelled = true;
        state.ended = true;
        wake?.();
        return { value: undefined, done: true };
      },
    }),
  };
  return { source, state, push: (...items: unknown[]) => { queue.push(...items); wake?.(); }, end: () => { state.ended = true; wake?.(); } };
}

function mount(source: AsyncIterable<unknown>, size: { columns?: number; rows?: number } = { columns: 80, rows: 24 }, outputMode: 'None' | 'Single' | 'Multiple' = 'Multiple') {
  const exits: ExplorerResult[] = [];
  const app = render(<TableExplorer title="Get-EXOMailbox" source={source} outputMode={outputMode} onExit={(r) => exits.push(r)} {...size} />);
  const lines = () => (app.lastFrame() ?? '').split('\n');
  const shows = (text: string) => until(() => (app.lastFrame() ?? '').includes(text));
  return { ...app, exits, lines, shows, press: async (k: string) => { app.stdin.write(k); await tick(); } };
}

afterEach(() => cleanup());

describe('TableExplorer', () => {
  it('shows the header, column header and only the rows that fit 80x24, in 23 lines no wider than 79', async () => {
    const ui = mount(rows(500));
    await ui.shows('500 rows');
    const lines = ui.lines();
    expect(lines[0]).toBe('Get-EXOMailbox \u00b7 500 rows');
    expect(lines[1]).toMatch(/^ {2}DisplayName\s+Alias\s+Items Dept$/);
    expect(lines[2]).toMatch(/^> User 000\s+user0\s+0 IT$/);
    expect(lines[21]).toMatch(/^ {2}User 019 /);
    expect(lines.join('\n')).not.toContain('User 020');
    expect(lines).toHaveLength(23);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(79);
  });

  it('scrolls with arrows, PgDn and End', async () => {
    const ui = mount(rows(500));
    await ui.shows('500 rows');
    await ui.press(KEY.down);
    expect(ui.lines()[3]).toMatch(/^> User 001/);
    await ui.press(KEY.pageDown);
    expect(ui.lines().find((l) => l.startsWith('>'))).toMatch(/^> User 021/);
    await ui.press(KEY.end);
    expect(ui.lines()[21]).toMatch(/^> User 499/);
    await ui.press(KEY.home);
    expect(ui.lines()[2]).toMatch(/^> User 000/);
  });

  it('shows rows while the source is still streaming and lets the user scroll meanwhile', async () => {
    const feed = pushSource();
    const ui = mount(feed.source);
    await ui.shows('0 rows (streaming');
    feed.push(user(1), user(2), user(3));
    await ui.shows('3 rows');
    expect(ui.lines()[0]).toBe('Get-EXOMailbox \u00b7 3 rows (streaming\u2026)');
    await ui.press(KEY.down);
    feed.push(user(4));
    await ui.shows('4 rows');
    expect(ui.lines()[0]).toContain('4 rows (streaming');
    expect(ui.lines()[3]).toMatch(/^> User 002/);
    feed.end();
    await until(() => !ui.lines()[0].includes('streaming'));
    expect(ui.lines()[0]).toBe('Get-EXOMailbox \u00b7 4 rows');
  });

  it('cancels the source and leaves a summary when the user quits early', async () => {
    const feed = pushSource();
    const ui = mount(feed.source);
    feed.push(user(1), user(2));
    await ui.shows('2 rows');
    await ui.press('q');
    await until(() => ui.exits.length > 0);
    expect(feed.state.cancelled).toBe(true);
    expect(ui.exits).toEqual([{ chosen: [], summary: 'Get-EXOMailbox \u00b7 2 rows (stopped) \u00b7 0 chosen' }]);
  });

  it('filters with / and Enter, shows the filter in the header, and reports a bad regex', async () => {
    const ui = mount(rows(50));
    await ui.shows('50 rows');
    await ui.press('/');
    for (const ch of 'user 00[12]') await ui.press(ch);
    expect(ui.lines()[22]).toBe('Filter: /user 00[12]');
    await ui.press(KEY.enter);
    expect(ui.lines()[0]).toBe('Get-EXOMailbox \u00b7 2 of 50 rows \u00b7 filter: user 00[12]');
    expect(ui.lines()[2]).toMatch(/^> User 001/);
    expect(ui.lines()[3]).toMatch(/^ {2}User 002/);
    await ui.press('/');
    await ui.press('(');
    await ui.press(KEY.enter);
    expect(ui.lines()[22]).toMatch(/^Invalid filter: /);
    expect(ui.lines()[2]).toMatch(/^> User 001/);
  });

  it('starts with the filter it is given (Out-ConsoleGridView -Filter), applied to rows as they stream in', async () => {
    const exits: ExplorerResult[] = [];
    const app = render(<TableExplorer title="ocgv" source={rows(50)} outputMode="Multiple" filter="user 00[12]" onExit={(r) => exits.push(r)} columns={80} rows={24} />);
    await until(() => (app.lastFrame() ?? '').includes('2 of 50 rows'));
    const lines = (app.lastFrame() ?? '').split('\n');
    expect(lines[0]).toBe('ocgv \u00b7 2 of 50 rows \u00b7 filter: user 00[12]');
    expect(lines[2]).toMatch(/^> User 001/);
    expect(lines[3]).toMatch(/^ {2}User 002/);
  });

  it('sorts by the selected column with s (again reverses) and by Shift+letter', async () => {
    const ui = mount(rows(30));
    await ui.shows('30 rows');
    await ui.press('s');
    await ui.press('s');
    expect(ui.lines()[0]).toBe('Get-EXOMailbox \u00b7 30 rows \u00b7 sort: DisplayName \u2193');
    // The cursor stays on its row (User 000, now last); Home shows the new order.
    expect(ui.lines()[21]).toMatch(/^> User 000/);
    await ui.press(KEY.home);
    expect(ui.lines()[2]).toMatch(/^> User 029/);
    await ui.press('I');
    await ui.press(KEY.home);
    expect(ui.lines()[0]).toContain('sort: Items \u2191');
    expect(ui.lines()[2]).toMatch(/User 000/);
  });

  it('opens the details of a row with Enter and goes back with Esc', async () => {
    const ui = mount(rows(30));
    await ui.shows('30 rows');
    await ui.press(KEY.down);
    await ui.press(KEY.enter);
    const lines = ui.lines();
    expect(lines[1]).toBe('Row 2 of 30 \u00b7 4 properties');
    expect(lines.slice(2, 6)).toEqual(['DisplayName : User 001', 'Alias       : user1', 'Items       : 10', 'Dept        : Sales']);
    await ui.press(KEY.esc);
    await tick();
    expect(ui.lines()[1]).toMatch(/^ {2}DisplayName/);
  });

  it('hides a column from the chooser', async () => {
    const ui = mount(rows(5));
    await ui.shows('5 rows');
    await ui.press('c');
    expect(ui.lines()[2]).toBe('[x] DisplayName');
    await ui.press(KEY.down);
    await ui.press(' ');
    expect(ui.lines()[3]).toBe('[ ] Alias');
    await ui.press(KEY.esc);
    await tick();
    expect(ui.lines()[1]).toMatch(/^ {2}DisplayName\s+Items Dept$/);
  });

  it('marks rows with Space and returns their original objects on q', async () => {
    const items = Array.from({ length: 10 }, (_, i) => user(i));
    async function* source() { yield* items; }
    const ui = mount(source());
    await ui.shows('10 rows');
    await ui.press(' ');
    await ui.press(KEY.down);
    await ui.press(' ');
    expect(ui.lines()[0]).toContain('2 marked');
    expect(ui.lines()[2]).toMatch(/^ \*User 000/);
    // Keys typed faster than frames still land before q.
    ui.stdin.write(' ');
    ui.stdin.write('q');
    await until(() => ui.exits.length > 0);
    expect(ui.exits).toHaveLength(1);
    expect(ui.exits[0].chosen[0]).toBe(items[0]);
    expect(ui.exits[0].chosen[1]).toBe(items[2]);
    expect(ui.exits[0].chosen[2]).toBe(items[3]);
    expect(ui.exits[0].summary).toBe('Get-EXOMailbox \u00b7 10 rows \u00b7 3 chosen');
  });

  it('applies each key of a burst that arrives as one string (fast typing over SSH)', async () => {
    const ui = mount(rows(30));
    await ui.shows('30 rows');
    await ui.press('   ');
    await ui.shows('3 marked');
    expect(ui.lines()[5]).toMatch(/^> User 003/);
  });

  it('returns the cursor row in Single mode when nothing is marked', async () => {
    const items = Array.from({ length: 5 }, (_, i) => user(i));
    async function* source() { yield* items; }
    const ui = mount(source(), { columns: 80, rows: 24 }, 'Single');
    await ui.shows('5 rows');
    await ui.press(KEY.down);
    await ui.press('q');
    await until(() => ui.exits.length > 0);
    expect(ui.exits[0].chosen).toEqual([items[1]]);
  });

  it('exports the current view to CSV and JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'explorer-'));
    const ui = mount(rows(3));
    await ui.shows('3 rows');
    for (const [name, check] of [
      ['out.csv', (t: string) => expect(t.split('\n')[1]).toBe('"User 000","user0","0","IT"')],
      ['out.json', (t: string) => expect(JSON.parse(t)[2]).toEqual({ DisplayName: 'User 002', Alias: 'user2', Items: 20, Dept: 'IT' })],
    ] as const) {
      await ui.press('e');
      for (const ch of join(dir, name)) ui.stdin.write(ch);
      await tick();
      await ui.press(KEY.enter);
      await tick();
      expect(ui.lines()[22]).toBe(`Exported 3 rows to ${join(dir, name)}`.slice(0, 79));
      check(await readFile(join(dir, name), 'utf8'));
    }
  });

  // ink-testing-library's stdout is 100 columns wide; 200x50 widths are checked in the layout tests.
  it('lays out for a taller terminal', async () => {
    const ui = mount(rows(500), { columns: 100, rows: 50 });
    await ui.shows('500 rows');
    const lines = ui.lines();
    expect(lines).toHaveLength(49);
    expect(lines[47]).toMatch(/^ {2}User 045/);
    expect(lines[48]).toMatch(/^\u2191\u2193 PgUp\/PgDn Home\/End move/);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(99);
  });

  it('re-lays the table when the terminal is resized', async () => {
    const ui = mount(rows(500), {});
    await ui.shows('500 rows');
    expect(ui.lines()).toHaveLength(23);
    const stdout = ui.stdout as unknown as { rows: number; emit(event: string): void };
    stdout.rows = 40;
    stdout.emit('resize');
    await until(() => ui.lines().length === 39);
    expect(ui.lines()[37]).toMatch(/^ {2}User 035/);
  });
});
