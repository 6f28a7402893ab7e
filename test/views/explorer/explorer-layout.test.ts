import { describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { explorerReducer, initialState, type ExplorerAction, type ExplorerState } from '../../../src/views/explorer/explorer-state.js';
import { headerLine, tableLayout } from '../../../src/views/explorer/explorer-layout.js';

function run(state: ExplorerState, ...actions: ExplorerAction[]): ExplorerState {
  return actions.reduce(explorerReducer, state);
}

// Ten wide columns: more than 80 columns hold, fewer than 200.
const wide = (i: number) => new PSObject(Object.fromEntries(Array.from({ length: 10 }, (_, c) => [`Column${c}`, `value ${i}-${c} ${'x'.repeat(8)}`])));
const items = Array.from({ length: 100 }, (_, i) => wide(i));

describe('explorer layout', () => {
  it('at 80x24 fits 20 rows, no line over 79, and scrolls columns to keep the selected one in view', () => {
    let s = run(initialState(80, 24), { type: 'append', items });
    let layout = tableLayout(s);
    expect(layout.rows).toHaveLength(20);
    expect(layout.hiddenLeft).toBe(0);
    expect(layout.hiddenRight).toBeGreaterThan(0);
    for (const line of [layout.header, ...layout.rows.map((r) => r.text)]) expect(line.length).toBeLessThanOrEqual(79);
    s = run(s, { type: 'selectColumn', delta: 9 });
    layout = tableLayout(s);
    expect(layout.hiddenRight).toBe(0);
    expect(layout.header.trimEnd().endsWith('Column9')).toBe(true);
    expect(layout.header.slice(layout.selected.start, layout.selected.end).trim()).toBe('Column9');
  });

  it('at 200x50 fits 46 rows and more columns, no line over 199', () => {
    const s = run(initialState(200, 50), { type: 'append', items });
    const layout = tableLayout(s);
    expect(layout.rows).toHaveLength(46);
    expect(layout.hiddenRight).toBeLessThan(tableLayout(run(initialState(80, 24), { type: 'append', items })).hiddenRight);
    for (const line of [layout.header, ...layout.rows.map((r) => r.text)]) expect(line.length).toBeLessThanOrEqual(199);
  });

  it('formats the header with count, filter, sort and marks', () => {
    const s = run(initialState(120, 24), { type: 'append', items: Array.from({ length: 1234 }, (_, i) => wide(i)) },
      { type: 'toggleMark' }, { type: 'setFilter', text: 'value 1' }, { type: 'sortSelected' });
    expect(headerLine(s, 'Get-Thing')).toBe(`Get-Thing \u00b7 ${s.view.length} of 1,234 rows (streaming\u2026) \u00b7 filter: value 1 \u00b7 sort: Column0 \u2191 \u00b7 1 marked`);
  });
  it('shortens a long command first, so the count stays on an 80-column header', () => {
    const s = run(initialState(80, 24), { type: 'append', items: Array.from({ length: 50 }, (_, i) => wide(i)) });
    const title = 'Get-EXOMailbox -ResultSize 50 | Select-Object DisplayName,PrimarySmtpAddress,RecipientTypeDetails';
    const line = headerLine(s, title);
    expect(line.length).toBeLessThanOrEqual(79);
    expect(line).toMatch(/^Get-EXOMailbox -ResultSize 50 .*\u2026 \u00b7 50 rows \(streaming\u2026\)$/);
  });
});
