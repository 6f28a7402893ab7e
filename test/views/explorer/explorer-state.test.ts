import { describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/repl/values/psobject.js';
import {
  chosenObjects, cursorRow, detailsOf, explorerReducer, initialState, viewportHeight,
  type ExplorerAction, type ExplorerState,
} from '../../../src/views/explorer/explorer-state.js';

const mailbox = (i: number, name: string, size: number) =>
  new PSObject({ Name: name, Alias: name.toLowerCase(), Size: size, Id: i });

function run(state: ExplorerState, ...actions: ExplorerAction[]): ExplorerState {
  return actions.reduce(explorerReducer, state);
}

function names(state: ExplorerState): unknown[] {
  return state.view.map((id) => (state.rows[id].obj as PSObject).get('Name'));
}

const sample = () => [
  mailbox(0, 'Carol', 30), mailbox(1, 'alice', 10), mailbox(2, 'Bob', 20), mailbox(3, 'Dave', 10), mailbox(4, 'Erin', 200),
];

describe('explorer reducer: columns and streaming', () => {
  it('takes the columns Out-Default chooses from the first row and appends rows incrementally', () => {
    let s = run(initialState(), { type: 'append', items: sample().slice(0, 2) });
    expect(s.columns.map((c) => c.label)).toEqual(['Name', 'Alias', 'Size', 'Id']);
    expect(s.rows[0].cells).toEqual(['Carol', 'carol', '30', '0']);
    s = run(s, { type: 'append', items: sample().slice(2) }, { type: 'complete' });
    expect(names(s)).toEqual(['Carol', 'alice', 'Bob', 'Dave', 'Erin']);
    expect(s.complete).toBe(true);
  });

  it('gives scalars a single Value column', () => {
    const s = run(initialState(), { type: 'append', items: ['one', 'two'] });
    expect(s.columns.map((c) => c.label)).toEqual(['Value']);
    expect(s.rows.map((r) => r.cells[0])).toEqual(['one', 'two']);
  });

  it('filters and sorts rows that arrive after the filter and sort were set', () => {
    let s = run(initialState(), { type: 'append', items: sample().slice(0, 3) },
      { type: 'setFilter', text: 'o' }, { type: 'sortSelected' });
    expect(names(s)).toEqual(['Bob', 'Carol']);
    s = run(s, { type: 'append', items: [mailbox(9, 'Aaron', 1), mailbox(10, 'Zed', 2)] });
    expect(names(s)).toEqual(['Aaron', 'Bob', 'Carol']);
  });
});

describe('explorer reducer: filter', () => {
  const base = () => run(initialState(), { type: 'append', items: sample() });

  it('is a case-insensitive regex over the shown columns', () => {
    expect(names(run(base(), { type: 'setFilter', text: '^[ab]' }))).toEqual(['alice', 'Bob']);
    expect(names(run(base(), { type: 'setFilter', text: '^200$' }))).toEqual(['Erin']);
  });

  it('inverts with a leading !', () => {
    expect(names(run(base(), { type: 'setFilter', text: '!^[ab]' }))).toEqual(['Carol', 'Dave', 'Erin']);
  });

  it('ignores hidden columns', () => {
    let s = run(base(), { type: 'openChooser' }, { type: 'chooserMove', delta: 2 }, { type: 'chooserToggle' }, { type: 'back' });
    expect(s.shown).toEqual([0, 1, 3]);
    s = run(s, { type: 'setFilter', text: '^200$' });
    expect(s.view).toEqual([]);
  });

  it('reports an invalid regex as an error and keeps the current view', () => {
    const before = run(base(), { type: 'setFilter', text: 'a' });
    const s = run(before, { type: 'setFilter', text: '([' });
    expect(s.filterError).toMatch(/^Invalid filter: /);
    expect(s.view).toEqual(before.view);
    expect(run(s, { type: 'setFilter', text: '' }).filterError).toBeUndefined();
  });

  it('keeps marked rows visible while filtering', () => {
    const s = run(base(), { type: 'move', delta: 3 }, { type: 'toggleMark' }, { type: 'setFilter', text: '^bob$' });
    expect(names(s)).toEqual(['Bob', 'Dave']);
  });

  it('applies the typed draft on Enter and drops it on Esc', () => {
    let s = run(base(), { type: 'startFilter' }, { type: 'draft', text: 'erin' });
    expect(s.mode).toBe('filter-input');
    expect(names(run(s, { type: 'cancelInput' }))).toHaveLength(5);
    s = run(s, { type: 'applyFilter' });
    expect(s.mode).toBe('table');
    expect(names(s)).toEqual(['Erin']);
  });
});

describe('explorer reducer: sort', () => {
  const base = () => run(initialState(), { type: 'append', items: sample() });

  it('sorts strings case-insensitively and reverses on a second press', () => {
    const asc = run(base(), { type: 'sortSelected' });
    expect(names(asc)).toEqual(['alice', 'Bob', 'Carol', 'Dave', 'Erin']);
    expect(asc.sort).toEqual({ column: 0, descending: false });
    expect(names(run(asc, { type: 'sortSelected' }))).toEqual(['Erin', 'Dave', 'Carol', 'Bob', 'alice']);
  });

  it('sorts numbers numerically and keeps ties in arrival order, both directions', () => {
    const s = run(base(), { type: 'sortByLetter', letter: 'S' });
    expect(s.sort?.column).toBe(2);
    expect(names(s)).toEqual(['alice', 'Dave', 'Bob', 'Carol', 'Erin']);
    expect(names(run(s, { type: 'sortByLetter', letter: 'S' }))).toEqual(['Erin', 'Carol', 'Bob', 'alice', 'Dave']);
  });

  it('selects the column it sorts by and says so when no column matches the letter', () => {
    expect(run(base(), { type: 'sortByLetter', letter: 'I' }).selectedColumn).toBe(3);
    expect(run(base(), { type: 'sortByLetter', letter: 'Q' }).message).toBe("No column starts with 'Q'");
  });

  it('keeps the cursor on the same row after sorting', () => {
    const s = run(base(), { type: 'move', delta: 4 }, { type: 'sortByLetter', letter: 'S' }, { type: 'sortSelected' });
    expect((cursorRow(s)?.obj as PSObject).get('Name')).toBe('Erin');
    expect(s.cursor).toBe(0);
  });
});

describe('explorer reducer: viewport', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => mailbox(i, `User${i}`, i));

  it('at 80x24 shows 20 rows and pages by that many', () => {
    let s = run(initialState(80, 24), { type: 'append', items: many(100) });
    expect(viewportHeight(s)).toBe(20);
    s = run(s, { type: 'move', delta: 19 });
    expect([s.cursor, s.top]).toEqual([19, 0]);
    s = run(s, { type: 'move', delta: 1 });
    expect([s.cursor, s.top]).toEqual([20, 1]);
    s = run(s, { type: 'page', direction: 1 });
    expect([s.cursor, s.top]).toEqual([40, 21]);
    s = run(s, { type: 'end' });
    expect([s.cursor, s.top]).toEqual([99, 80]);
    s = run(s, { type: 'page', direction: -1 });
    expect([s.cursor, s.top]).toEqual([79, 60]);
    s = run(s, { type: 'home' }, { type: 'move', delta: -5 });
    expect([s.cursor, s.top]).toEqual([0, 0]);
  });

  it('at 200x50 shows 46 rows, and a resize keeps the cursor in view', () => {
    let s = run(initialState(200, 50), { type: 'append', items: many(100) });
    expect(viewportHeight(s)).toBe(46);
    s = run(s, { type: 'move', delta: 45 });
    expect([s.cursor, s.top]).toEqual([45, 0]);
    s = run(s, { type: 'resize', width: 80, height: 24 });
    expect([s.cursor, s.top]).toEqual([45, 26]);
  });

  it('clamps the selected column to the shown columns', () => {
    const s = run(initialState(), { type: 'append', items: many(3) }, { type: 'selectColumn', delta: 10 });
    expect(s.selectedColumn).toBe(3);
    expect(run(s, { type: 'selectColumn', delta: -10 }).selectedColumn).toBe(0);
  });
});

describe('explorer reducer: details and chosen rows', () => {
  it('lists every property like Format-List * and scrolls within it', () => {
    const wide = new PSObject(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`Prop${i}`, i])));
    let s = run(initialState(80, 24), { type: 'append', items: [wide] }, { type: 'openDetails' });
    expect(s.mode).toBe('details');
    const lines = detailsOf(s);
    expect(lines).toHaveLength(30);
    expect(lines[0]).toBe('Prop0  : 0');
    s = run(s, { type: 'detailsScroll', delta: 100 });
    expect(s.detailsTop).toBe(10);
    expect(run(s, { type: 'back' }).mode).toBe('table');
  });

  it('returns marked originals for Multiple, the cursor row for Single, nothing for None', () => {
    const items = sample();
    const s = run(initialState(), { type: 'append', items }, { type: 'toggleMark' }, { type: 'move', delta: 1 }, { type: 'toggleMark' });
    expect(chosenObjects(s, 'Multiple')).toEqual([items[0], items[2]]);
    expect(chosenObjects(s, 'None')).toEqual([]);
    const unmarked = run(initialState(), { type: 'append', items }, { type: 'move', delta: 2 });
    expect(chosenObjects(unmarked, 'Single')).toEqual([items[2]]);
    expect(chosenObjects(unmarked, 'Multiple')).toEqual([]);
  });

  it('toggles a mark off again', () => {
    const s = run(initialState(), { type: 'append', items: sample() }, { type: 'toggleMark' }, { type: 'home' }, { type: 'toggleMark' });
    expect(s.marked.size).toBe(0);
  });
});

describe('explorer reducer: 100,000 rows', () => {
  const N = 100_000;
  const items = Array.from({ length: N }, (_, i) => new PSObject({ Name: `User${(i * 7919) % N}`, Size: (i * 31) % 1000 }));
  const loaded = () => {
    let s = initialState(80, 24);
    for (let i = 0; i < N; i += 1000) s = explorerReducer(s, { type: 'append', items: items.slice(i, i + 1000) });
    return s;
  };
  const time = (f: () => void) => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };

  it('handles moves in well under a few ms and filter/sort in one bounded pass', () => {
    let s = loaded();
    expect(s.view).toHaveLength(N);
    const moves: ExplorerAction[] = [{ type: 'move', delta: 1 }, { type: 'page', direction: 1 }, { type: 'end' }, { type: 'home' }, { type: 'toggleMark' }];
    for (const a of moves) {
      const ms = time(() => { s = explorerReducer(s, a); });
      expect(ms).toBeLessThan(5);
    }
    const sortMs = time(() => { s = explorerReducer(s, { type: 'sortByLetter', letter: 'S' }); });
    expect(sortMs).toBeLessThan(500);
    const filterMs = time(() => { s = explorerReducer(s, { type: 'setFilter', text: '^User1' }); });
    expect(filterMs).toBeLessThan(500);
    expect(s.view.length).toBeGreaterThan(10_000);
    const afterSort = s.view.map((id) => s.sortKeys![id] as number);
    expect(afterSort.every((k, i) => i === 0 || afterSort[i - 1] <= k)).toBe(true);
    const moveMs = time(() => { s = explorerReducer(s, { type: 'move', delta: 1 }); });
    expect(moveMs).toBeLessThan(5);
  });
});

describe('explorer reducer: purity', () => {
  it('gives the same result when React runs an append twice', () => {
    const s0 = run(initialState(), { type: 'append', items: sample().slice(0, 2) });
    const action: ExplorerAction = { type: 'append', items: sample().slice(2) };
    explorerReducer(s0, action);
    const s = explorerReducer(s0, action);
    expect(s.rowCount).toBe(5);
    expect(s.rows).toHaveLength(5);
    expect(names(s)).toEqual(['Carol', 'alice', 'Bob', 'Dave', 'Erin']);
  });
});

describe('explorer reducer: leaving', () => {
  it('records the first way out and ignores later ones', () => {
    const s = run(initialState(), { type: 'append', items: sample() }, { type: 'leave', cancel: true }, { type: 'leave', cancel: false });
    expect(s.exit).toBe('cancel');
    expect(run(initialState(), { type: 'leave', cancel: false }).exit).toBe('done');
  });
});
