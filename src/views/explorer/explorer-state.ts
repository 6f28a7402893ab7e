/**
 * The explorer's state and its pure reducer (no React). Rows stream in and
 * are append-only: successive states share the row array, and the visible
 * index list is extended incrementally, so key handling stays O(1) for moves
 * and one pass for filter/sort even at 100,000 rows.
 */
import { columnsFor, detailLines, type ExplorerColumn } from './explorer-columns.js';
import {
  compileFilter, mergeSorted, rowComparator, sortKeyOf,
  type IndexedRow, type SortKey, type SortSpec,
} from './view-index.js';

export type ExplorerMode = 'table' | 'details' | 'filter-input' | 'column-chooser' | 'export-input';

export interface ExplorerState {
  /** Append-only; shared between successive states, so only the first `rowCount` belong to this state. */
  rows: IndexedRow[];
  rowCount: number;
  columns: ExplorerColumn[];
  /** Indices into `columns` that are shown, in order. */
  shown: number[];
  /** Row ids in display order (filtered, sorted). */
  view: number[];
  complete: boolean;
  filter: string;
  filterError?: string;
  /** Text being typed in the filter or export-file prompt. */
  draft: string;
  sort?: SortSpec;
  /** Sort keys of the sort column, by row id. */
  sortKeys?: SortKey[];
  /** Index into `view`. */
  cursor: number;
  top: number;
  /** Terminal size; the viewport height follows from it. */
  width: number;
  height: number;
  /** Index into `shown` of the selected column, and the first column drawn. */
  selectedColumn: number;
  colOffset: number;
  marked: ReadonlySet<number>;
  mode: ExplorerMode;
  detailsTop: number;
  chooserCursor: number;
  /** A one-line note for the footer (export result, errors). */
  message?: string;
  /** Set once the user leaves: `cancel` (Esc) chooses nothing. */
  exit?: 'done' | 'cancel';
}

export type ExplorerAction =
  | { type: 'append'; items: readonly unknown[] }
  | { type: 'complete' }
  | { type: 'resize'; width: number; height: number }
  | { type: 'move'; delta: number }
  | { type: 'page'; direction: 1 | -1 }
  | { type: 'home' }
  | { type: 'end' }
  | { type: 'selectColumn'; delta: number }
  | { type: 'startFilter' }
  | { type: 'startExport' }
  | { type: 'draft'; text: string }
  | { type: 'draftType'; text: string }
  | { type: 'draftBackspace' }
  | { type: 'applyFilter' }
  | { type: 'setFilter'; text: string }
  | { type: 'cancelInput' }
  | { type: 'sortSelected' }
  | { type: 'sortByLetter'; letter: string }
  | { type: 'toggleMark' }
  | { type: 'openDetails' }
  | { type: 'back' }
  | { type: 'detailsScroll'; delta: number }
  | { type: 'openChooser' }
  | { type: 'chooserMove'; delta: number }
  | { type: 'chooserToggle' }
  | { type: 'message'; text: string | undefined }
  | { type: 'leave'; cancel: boolean };

/** Lines around the viewport: header, column header, footer, and one spare so Ink never clears the screen. */
export const CHROME_LINES = 4;

export function viewportHeight(state: Pick<ExplorerState, 'height'>): number {
  return Math.max(1, state.height - CHROME_LINES);
}

export function initialState(width = 80, height = 24): ExplorerState {
  return {
    rows: [], rowCount: 0, columns: [], shown: [], view: [], complete: false,
    filter: '', draft: '', cursor: 0, top: 0, width, height,
    selectedColumn: 0, colOffset: 0, marked: new Set(), mode: 'table', detailsTop: 0, chooserCursor: 0,
  };
}

/** The row under the cursor, if any. */
export function cursorRow(state: ExplorerState): IndexedRow | undefined {
  const id = state.view[state.cursor];
  return id === undefined ? undefined : state.rows[id];
}

export function explorerReducer(state: ExplorerState, action: ExplorerAction): ExplorerState {
  switch (action.type) {
    case 'append': return append(state, action.items);
    case 'complete': return { ...state, complete: true };
    case 'resize': return settle({ ...state, width: Math.max(1, action.width), height: Math.max(1, action.height) });
    case 'move': return settle({ ...state, cursor: state.cursor + action.delta });
    case 'page': return pageMove(state, action.direction);
    case 'home': return settle({ ...state, cursor: 0, top: 0 });
    case 'end': return settle({ ...state, cursor: state.view.length - 1 });
    case 'selectColumn': return selectColumn(state, action.delta);
    case 'startFilter': return { ...state, mode: 'filter-input', draft: state.filter };
    case 'startExport': return { ...state, mode: 'export-input', draft: '' };
    case 'draft': return { ...state, draft: action.text };
    // Typing goes through the reducer so keys arriving faster than renders all land.
    case 'draftType': return { ...state, draft: state.draft + action.text };
    case 'draftBackspace': return { ...state, draft: state.draft.slice(0, -1) };
    case 'applyFilter': return setFilter({ ...state, mode: 'table' }, state.draft);
    case 'setFilter': return setFilter(state, action.text);
    case 'cancelInput': return { ...state, mode: 'table', draft: '' };
    case 'sortSelected': return sortBy(state, state.shown[state.selectedColumn]);
    case 'sortByLetter': return sortByLetter(state, action.letter);
    case 'toggleMark': return toggleMark(state);
    case 'openDetails': return cursorRow(state) ? { ...state, mode: 'details', detailsTop: 0 } : state;
    case 'back': return { ...state, mode: 'table', draft: '' };
    case 'detailsScroll': return detailsScroll(state, action.delta);
    case 'openChooser': return { ...state, mode: 'column-chooser', chooserCursor: 0 };
    case 'chooserMove': return chooserMove(state, action.delta);
    case 'chooserToggle': return chooserToggle(state);
    case 'message': return { ...state, message: action.text };
    case 'leave': return state.exit ? state : { ...state, exit: action.cancel ? 'cancel' : 'done' };
  }
}

/** Keep the cursor inside the view and the viewport around the cursor. */
function settle(state: ExplorerState): ExplorerState {
  const size = viewportHeight(state);
  const last = state.view.length - 1;
  const cursor = Math.max(0, Math.min(state.cursor, last));
  let top = Math.min(state.top, Math.max(0, state.view.length - size));
  if (cursor < top) top = cursor;
  if (cursor >= top + size) top = cursor - size + 1;
  top = Math.max(0, top);
  if (cursor === state.cursor && top === state.top) return state;
  return { ...state, cursor, top };
}

function pageMove(state: ExplorerState, direction: 1 | -1): ExplorerState {
  const size = viewportHeight(state);
  return settle({ ...state, cursor: state.cursor + direction * size, top: state.top + direction * size });
}

function append(state: ExplorerState, items: readonly unknown[]): ExplorerState {
  if (items.length === 0) return state;
  let { columns, shown, sortKeys } = state;
  if (columns.length === 0) {
    columns = columnsFor(items[0]);
    shown = columns.map((_, i) => i);
  }
  const rows = state.rows;
  // React may run a reducer twice for one action; drop what an earlier run pushed.
  rows.length = state.rowCount;
  const added: number[] = [];
  for (const obj of items) {
    const id = rows.length;
    rows.push({ id, obj, cells: columns.map((c) => c.text(obj)) });
    added.push(id);
  }
  const matcher = compileFilter(state.filter, shown).matcher;
  const accepted = matcher ? added.filter((id) => matcher(rows[id])) : added;
  let view: number[];
  if (state.sort && sortKeys) {
    const col = columns[state.sort.column];
    sortKeys = sortKeys.slice();
    for (const id of added) sortKeys[id] = sortKeyOf(col.value(rows[id].obj), rows[id].cells[state.sort.column]);
    const cmp = rowComparator(sortKeys, state.sort.descending);
    view = mergeSorted(state.view, accepted.sort(cmp), cmp);
  } else {
    view = state.view.concat(accepted);
  }
  return settle({ ...state, rowCount: rows.length, columns, shown, view, sortKeys });
}

/** Rebuild the view from all rows, keeping the cursor on the same row when it is still shown. */
function rebuild(state: ExplorerState, filterText: string): ExplorerState {
  const compiled = compileFilter(filterText, state.shown);
  if (compiled.error) return { ...state, filter: filterText, filterError: compiled.error };
  const { matcher } = compiled;
  const marked = state.marked;
  const view: number[] = [];
  for (let id = 0; id < state.rowCount; id++) {
    const row = state.rows[id];
    if (!matcher || matcher(row) || marked.has(row.id)) view.push(row.id);
  }
  if (state.sort && state.sortKeys) view.sort(rowComparator(state.sortKeys, state.sort.descending));
  const current = state.view[state.cursor];
  const at = current === undefined ? -1 : view.indexOf(current);
  return settle({ ...state, view, filter: filterText, filterError: undefined, cursor: Math.max(0, at), top: at < 0 ? 0 : state.top });
}

function setFilter(state: ExplorerState, text: string): ExplorerState {
  return rebuild({ ...state, draft: '' }, text);
}

function sortBy(state: ExplorerState, column: number | undefined): ExplorerState {
  if (column === undefined) return state;
  const descending = state.sort?.column === column ? !state.sort.descending : false;
  const col = state.columns[column];
  const sortKeys = state.sort?.column === column && state.sortKeys
    ? state.sortKeys
    : state.rows.slice(0, state.rowCount).map((r) => sortKeyOf(col.value(r.obj), r.cells[column]));
  const shownAt = state.shown.indexOf(column);
  return rebuild({ ...state, sort: { column, descending }, sortKeys, selectedColumn: shownAt }, state.filter);
}

function sortByLetter(state: ExplorerState, letter: string): ExplorerState {
  const lower = letter.toLowerCase();
  const column = state.shown.find((c) => state.columns[c].label.toLowerCase().startsWith(lower));
  return column === undefined ? { ...state, message: `No column starts with '${letter}'` } : sortBy(state, column);
}

function selectColumn(state: ExplorerState, delta: number): ExplorerState {
  const selectedColumn = Math.max(0, Math.min(state.shown.length - 1, state.selectedColumn + delta));
  return { ...state, selectedColumn, colOffset: Math.min(state.colOffset, selectedColumn) };
}

function toggleMark(state: ExplorerState): ExplorerState {
  const row = cursorRow(state);
  if (!row) return state;
  const marked = new Set(state.marked);
  if (marked.has(row.id)) marked.delete(row.id);
  else marked.add(row.id);
  // Space marks and moves on, so a run of rows is marked by holding it.
  return settle({ ...state, marked, cursor: state.cursor + 1 });
}

function chooserMove(state: ExplorerState, delta: number): ExplorerState {
  const chooserCursor = Math.max(0, Math.min(state.columns.length - 1, state.chooserCursor + delta));
  return { ...state, chooserCursor };
}

function chooserToggle(state: ExplorerState): ExplorerState {
  const c = state.chooserCursor;
  const has = state.shown.includes(c);
  // At least one column stays, or the table would have nothing to show.
  if (has && state.shown.length === 1) return state;
  const shown = has ? state.shown.filter((x) => x !== c) : [...state.shown, c].sort((a, b) => a - b);
  const selectedColumn = Math.min(state.selectedColumn, shown.length - 1);
  return rebuild({ ...state, shown, selectedColumn, colOffset: Math.min(state.colOffset, selectedColumn) }, state.filter);
}

function detailsScroll(state: ExplorerState, delta: number): ExplorerState {
  const max = Math.max(0, detailsOf(state).length - viewportHeight(state));
  return { ...state, detailsTop: Math.max(0, Math.min(max, state.detailsTop + delta)) };
}

/** The details view's lines for the cursor row. */
export function detailsOf(state: ExplorerState): string[] {
  const row = cursorRow(state);
  return row ? detailLines(row.obj) : [];
}

/** The original objects the explorer returns on leaving, per -OutputMode. */
export function chosenObjects(state: ExplorerState, outputMode: 'None' | 'Single' | 'Multiple'): unknown[] {
  if (outputMode === 'None') return [];
  const marked = [...state.marked].sort((a, b) => a - b).map((id) => state.rows[id].obj);
  if (outputMode === 'Multiple') return marked;
  if (marked.length > 0) return marked.slice(0, 1);
  const row = cursorRow(state);
  return row ? [row.obj] : [];
}
