/**
 * The line editor's buffer as a pure reducer: text, cursor and an undo
 * stack. Keys are mapped to these actions elsewhere (key-map.ts); this file
 * only knows what each edit does, PSReadLine-style.
 */

export interface EditorState {
  text: string;
  cursor: number;
  /** Earlier buffers, newest last; typing a run of characters is one undo unit. */
  undo: { text: string; cursor: number }[];
  /** The kind of the last edit, so consecutive typed characters share one undo entry. */
  lastEdit?: 'type' | 'other';
}

export type EditorAction =
  | { type: 'insert'; text: string }
  | { type: 'set'; text: string; cursor?: number }
  | { type: 'replace'; start: number; end: number; text: string }
  | { type: 'left' } | { type: 'right' }
  | { type: 'word-left' } | { type: 'word-right' }
  | { type: 'home' } | { type: 'end' }
  | { type: 'backspace' } | { type: 'delete' }
  | { type: 'kill-to-end' } | { type: 'kill-to-start' }
  | { type: 'kill-word-back' } | { type: 'kill-whitespace-word-back' }
  | { type: 'undo' }
  | { type: 'clear' };

const UNDO_LIMIT = 200;
/** PSReadLine's default WordDelimiters, plus whitespace. */
const DELIMITERS = new Set([...';:,.[]{}()/\\|!?^&*-=+\'"\u2013\u2014\u2015']);

export const emptyEditor = (text = ''): EditorState => ({ text, cursor: text.length, undo: [] });

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n';
const isWordChar = (c: string | undefined) => c !== undefined && !isSpace(c) && !DELIMITERS.has(c);

/** Start of the word before the cursor (skips delimiters and spaces first). */
export function wordStartBefore(text: string, cursor: number): number {
  let i = cursor;
  while (i > 0 && !isWordChar(text[i - 1])) i--;
  while (i > 0 && isWordChar(text[i - 1])) i--;
  return i;
}

/** End of the word after the cursor (Emacs forward-word). */
export function wordEndAfter(text: string, cursor: number): number {
  let i = cursor;
  while (i < text.length && !isWordChar(text[i])) i++;
  while (i < text.length && isWordChar(text[i])) i++;
  return i;
}

function lineStart(text: string, cursor: number): number {
  return text.lastIndexOf('\n', cursor - 1) + 1;
}

function lineEnd(text: string, cursor: number): number {
  const i = text.indexOf('\n', cursor);
  return i < 0 ? text.length : i;
}

/** Applies a change, recording the previous buffer for undo. */
function edit(state: EditorState, text: string, cursor: number, kind: 'type' | 'other'): EditorState {
  if (text === state.text) return { ...state, cursor };
  const merge = kind === 'type' && state.lastEdit === 'type';
  const undo = merge ? state.undo : [...state.undo.slice(-UNDO_LIMIT + 1), { text: state.text, cursor: state.cursor }];
  return { text, cursor, undo, lastEdit: kind };
}

const move = (state: EditorState, cursor: number): EditorState => ({ ...state, cursor: Math.max(0, Math.min(state.text.length, cursor)), lastEdit: 'other' });

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  const { text, cursor } = state;
  switch (action.type) {
    case 'insert': {
      // A run of typed word characters undoes as one; a space or paste starts a new unit.
      const kind = action.text.length === 1 && !isSpace(action.text) ? 'type' : 'other';
      return edit(state, text.slice(0, cursor) + action.text + text.slice(cursor), cursor + action.text.length, kind);
    }
    case 'set':
      return edit(state, action.text, action.cursor ?? action.text.length, 'other');
    case 'replace':
      return edit(state, text.slice(0, action.start) + action.text + text.slice(action.end), action.start + action.text.length, 'other');
    case 'left': return move(state, cursor - 1);
    case 'right': return move(state, cursor + 1);
    case 'word-left': return move(state, wordStartBefore(text, cursor));
    case 'word-right': return move(state, wordEndAfter(text, cursor));
    case 'home': {
      const start = lineStart(text, cursor);
      return move(state, start === cursor ? 0 : start);
    }
    case 'end': {
      const end = lineEnd(text, cursor);
      return move(state, end === cursor ? text.length : end);
    }
    case 'backspace':
      return cursor === 0 ? state : edit(state, text.slice(0, cursor - 1) + text.slice(cursor), cursor - 1, 'other');
    case 'delete':
      return cursor >= text.length ? state : edit(state, text.slice(0, cursor) + text.slice(cursor + 1), cursor, 'other');
    case 'kill-to-end': {
      // Ctrl+K at the end of a line joins it with the next, as in Emacs.
      const end = lineEnd(text, cursor);
      const to = end === cursor ? Math.min(text.length, end + 1) : end;
      return edit(state, text.slice(0, cursor) + text.slice(to), cursor, 'other');
    }
    case 'kill-to-start':
      return edit(state, text.slice(cursor), 0, 'other');
    case 'kill-word-back': {
      const start = wordStartBefore(text, cursor);
      return edit(state, text.slice(0, start) + text.slice(cursor), start, 'other');
    }
    case 'kill-whitespace-word-back': {
      // Ctrl+W is unix-word-rubout: back to the previous whitespace.
      let i = cursor;
      while (i > 0 && isSpace(text[i - 1])) i--;
      while (i > 0 && !isSpace(text[i - 1])) i--;
      return edit(state, text.slice(0, i) + text.slice(cursor), i, 'other');
    }
    case 'undo': {
      const previous = state.undo.at(-1);
      if (!previous) return state;
      return { text: previous.text, cursor: previous.cursor, undo: state.undo.slice(0, -1), lastEdit: 'other' };
    }
    case 'clear':
      return emptyEditor();
  }
}

/** The cursor's line and column, for multi-line rendering and Up/Down. */
export function cursorLine(state: EditorState): { line: number; column: number; lines: number } {
  const before = state.text.slice(0, state.cursor);
  const line = before.split('\n').length - 1;
  return { line, column: state.cursor - lineStart(state.text, state.cursor), lines: state.text.split('\n').length };
}

/** Moves the cursor to the same column on the line above (-1) or below (+1). */
export function moveLine(state: EditorState, delta: -1 | 1): EditorState {
  const lines = state.text.split('\n');
  const { line, column } = cursorLine(state);
  const target = line + delta;
  if (target < 0 || target >= lines.length) return state;
  let offset = 0;
  for (let i = 0; i < target; i++) offset += lines[i]!.length + 1;
  return move(state, offset + Math.min(column, lines[target]!.length));
}
