/**
 * The prompt's whole state as one pure reducer: the edit buffer, history
 * browsing, Ctrl+R search and the completion menu. Side effects (running a
 * command, calling completion) live in use-prompt.ts.
 */
import { cursorLine, editorReducer, emptyEditor, moveLine, type EditorAction, type EditorState } from './line-editor.js';
import { remember, startHistory, step, stopBrowsing, suggestion, type HistoryNav } from './history-nav.js';
import { searchOlder, searchResult, startSearch, typeInSearch, type ReverseSearch } from './reverse-search.js';
import { moveSelection, selectedCandidate, type MenuState } from './completion-menu-state.js';

export interface PromptState {
  editor: EditorState;
  history: HistoryNav;
  search?: ReverseSearch;
  menu?: MenuState;
}

export type PromptAction =
  | { type: 'edit'; action: EditorAction }
  | { type: 'up' } | { type: 'down' }
  /** Right arrow / End: move, or accept the ghost suggestion at the end of the line. */
  | { type: 'right' } | { type: 'end' }
  | { type: 'search-start' } | { type: 'search-older' } | { type: 'search-type'; text: string } | { type: 'search-backspace' }
  | { type: 'search-accept' } | { type: 'search-cancel' }
  | { type: 'menu-open'; menu: MenuState } | { type: 'menu-move'; delta: number } | { type: 'menu-accept' } | { type: 'menu-close' }
  | { type: 'submitted'; text: string };

export const initialPrompt = (entries: string[] = []): PromptState => ({ editor: emptyEditor(), history: startHistory(entries) });

export function ghostText(state: PromptState): string | undefined {
  const { text, cursor } = state.editor;
  if (state.search || state.menu || cursor !== text.length) return undefined;
  return suggestion(state.history.entries, text);
}

function browse(state: PromptState, delta: -1 | 1): PromptState {
  const { line, lines } = cursorLine(state.editor);
  // In a multi-line buffer the arrows move between lines first, as PSReadLine does.
  if ((delta < 0 && line > 0) || (delta > 0 && line < lines - 1)) return { ...state, editor: moveLine(state.editor, delta) };
  const next = step(state.history, state.editor.text, delta);
  if (!next) return state;
  return { ...state, history: next.nav, editor: editorReducer(state.editor, { type: 'set', text: next.text }) };
}

function acceptGhost(state: PromptState, fallback: EditorAction): PromptState {
  const ghost = ghostText(state);
  const action: EditorAction = ghost ? { type: 'insert', text: ghost } : fallback;
  return { ...state, editor: editorReducer(state.editor, action) };
}

function leaveSearch(state: PromptState, text: string): PromptState {
  return { ...state, search: undefined, editor: editorReducer(state.editor, { type: 'set', text }) };
}

export function promptReducer(state: PromptState, action: PromptAction): PromptState {
  const entries = state.history.entries;
  switch (action.type) {
    case 'edit':
      return { ...state, menu: undefined, editor: editorReducer(state.editor, action.action) };
    case 'up': return browse(state, -1);
    case 'down': return browse(state, 1);
    case 'right': return acceptGhost(state, { type: 'right' });
    case 'end': return acceptGhost(state, { type: 'end' });
    case 'search-start':
      return { ...state, menu: undefined, search: startSearch(state.editor.text) };
    case 'search-older':
      return state.search ? { ...state, search: searchOlder(state.search, entries) } : state;
    case 'search-type':
      return state.search ? { ...state, search: typeInSearch(state.search, entries, state.search.query + action.text) } : state;
    case 'search-backspace':
      // Shortening the query searches again from the newest entry.
      return state.search ? { ...state, search: typeInSearch({ ...state.search, match: -1 }, entries, state.search.query.slice(0, -1)) } : state;
    case 'search-accept':
      return state.search ? leaveSearch(state, searchResult(state.search, entries)) : state;
    case 'search-cancel':
      return state.search ? leaveSearch(state, state.search.original) : state;
    case 'menu-open':
      return { ...state, menu: action.menu };
    case 'menu-move':
      return state.menu ? { ...state, menu: moveSelection(state.menu, action.delta) } : state;
    case 'menu-accept': {
      if (!state.menu) return state;
      const { start, end } = state.menu;
      return { ...state, menu: undefined, editor: editorReducer(state.editor, { type: 'replace', start, end, text: selectedCandidate(state.menu).text }) };
    }
    case 'menu-close':
      return { ...state, menu: undefined };
    case 'submitted':
      return { editor: emptyEditor(), history: remember(stopBrowsing(state.history), action.text) };
  }
}
