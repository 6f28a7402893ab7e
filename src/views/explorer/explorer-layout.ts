/**
 * Pure text layout of the explorer screen: header, column header and the
 * visible rows, each cut to the terminal width (minus the last column, which
 * pwsh never writes either, so no terminal wraps a line). Only the rows in
 * the viewport are measured and formatted.
 */
import { viewportHeight, type ExplorerState } from './explorer-state.js';

/** Widest a column gets before its cells are cut with an ellipsis. */
const MAX_COLUMN_WIDTH = 40;

export function usableWidth(state: Pick<ExplorerState, 'width'>): number {
  return Math.max(10, state.width - 1);
}

export function fit(text: string, width: number): string {
  if (width <= 0) return '';
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}\u2026`;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const cut = fit(text, width);
  return align === 'right' ? cut.padStart(width) : cut.padEnd(width);
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function headerLine(state: ExplorerState, title: string): string {
  const total = state.rowCount;
  const shown = state.view.length;
  let count = shown === total ? `${formatCount(total)} rows` : `${formatCount(shown)} of ${formatCount(total)} rows`;
  if (!state.complete) count += ' (streaming\u2026)';
  const parts = [count];
  if (state.filter) parts.push(`filter: ${state.filter}`);
  if (state.sort) parts.push(`sort: ${state.columns[state.sort.column].label} ${state.sort.descending ? '\u2193' : '\u2191'}`);
  if (state.marked.size > 0) parts.push(`${formatCount(state.marked.size)} marked`);
  // A long command gives way first, so the count, filter and sort stay readable on a narrow terminal.
  const status = ` \u00b7 ${parts.join(' \u00b7 ')}`;
  const width = usableWidth(state);
  const room = width - status.length;
  return room >= 12 ? fit(title, room) + status : fit(title + status, width);
}

export interface TableLayout {
  /** The column header, already cut to width. */
  header: string;
  /** Where the selected column sits in `header` (for highlighting). */
  selected: { start: number; end: number };
  rows: { id: number; text: string; cursor: boolean; marked: boolean }[];
  /** Shown columns that are scrolled off to the left / right. */
  hiddenLeft: number;
  hiddenRight: number;
}

/** Two leading characters per row: the cursor and the mark. */
const GUTTER = 2;

export function tableLayout(state: ExplorerState): TableLayout {
  const width = usableWidth(state);
  const size = viewportHeight(state);
  const ids = state.view.slice(state.top, state.top + size);
  const widths = state.shown.map((c) => {
    let w = state.columns[c].label.length;
    for (const id of ids) w = Math.max(w, state.rows[id].cells[c].length);
    return Math.min(w, MAX_COLUMN_WIDTH);
  });
  const fits = (from: number, to: number) => {
    let used = GUTTER;
    for (let i = from; i <= to; i++) used += widths[i] + (i > from ? 1 : 0);
    return used <= width;
  };
  let start = Math.min(state.colOffset, state.selectedColumn);
  while (start < state.selectedColumn && !fits(start, state.selectedColumn)) start++;
  let end = start;
  while (end + 1 < state.shown.length && fits(start, end + 1)) end++;
  // A column that does not fit whole still shows as far as the screen goes.
  if (end + 1 < state.shown.length) end++;
  const cols = state.shown.slice(start, end + 1);
  const colWidths = widths.slice(start, end + 1);
  const line = (cell: (c: number) => string) =>
    cols.map((c, i) => pad(cell(c), colWidths[i], state.columns[c].align)).join(' ');
  let header = ' '.repeat(GUTTER) + line((c) => state.columns[c].label);
  let offset = GUTTER;
  for (let i = 0; i < state.selectedColumn - start; i++) offset += colWidths[i] + 1;
  const selected = { start: Math.min(offset, width), end: Math.min(offset + (colWidths[state.selectedColumn - start] ?? 0), width) };
  header = header.slice(0, width);
  const rows = ids.map((id, i) => {
    const cursor = state.top + i === state.cursor;
    const marked = state.marked.has(id);
    const text = `${cursor ? '>' : ' '}${marked ? '*' : ' '}${line((c) => state.rows[id].cells[c])}`;
    return { id, text: text.length > width ? fit(text, width) : text, cursor, marked };
  });
  return { header, selected, rows, hiddenLeft: start, hiddenRight: state.shown.length - 1 - end };
}
