import { describe, expect, it } from 'vitest';
import { cursorLine, editorReducer, emptyEditor, moveLine, type EditorAction, type EditorState } from '../../../src/views/repl/line-editor.js';

const apply = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(editorReducer, state);
const typed = (text: string) => apply(emptyEditor(), ...[...text].map((c) => ({ type: 'insert', text: c }) as EditorAction));
const at = (text: string, cursor: number): EditorState => ({ ...emptyEditor(text), cursor });

describe('line editor', () => {
  it('inserts at the cursor and moves left and right within bounds', () => {
    let s = typed('Get-Mailbox');
    s = apply(s, { type: 'home' }, { type: 'left' }, { type: 'insert', text: '$x = ' });
    expect(s.text).toBe('$x = Get-Mailbox');
    expect(s.cursor).toBe(5);
    s = apply(s, { type: 'end' }, { type: 'right' });
    expect(s.cursor).toBe(s.text.length);
  });

  it('moves by words using PSReadLine delimiters (Ctrl+arrows, Alt+B/F)', () => {
    const text = 'Get-Mailbox -Identity foo';
    expect(apply(at(text, text.length), { type: 'word-left' }).cursor).toBe(22);
    expect(apply(at(text, 22), { type: 'word-left' }).cursor).toBe(13);
    expect(apply(at(text, 13), { type: 'word-left' }).cursor).toBe(4);
    expect(apply(at(text, 0), { type: 'word-right' }).cursor).toBe(3);
    expect(apply(at(text, 3), { type: 'word-right' }).cursor).toBe(11);
  });

  it('Ctrl+K kills to the end, Ctrl+U to the start, Ctrl+W back to whitespace, Alt+Backspace one word', () => {
    expect(apply(at('abc def', 3), { type: 'kill-to-end' }).text).toBe('abc');
    const u = apply(at('abc def', 4), { type: 'kill-to-start' });
    expect([u.text, u.cursor]).toEqual(['def', 0]);
    expect(apply(at('Get-Mailbox -Identity', 21), { type: 'kill-whitespace-word-back' }).text).toBe('Get-Mailbox ');
    expect(apply(at('Get-Mailbox -Identity', 21), { type: 'kill-word-back' }).text).toBe('Get-Mailbox -');
  });

  it('Backspace and Delete remove one character and do nothing at the ends', () => {
    expect(apply(at('abc', 1), { type: 'backspace' }).text).toBe('bc');
    expect(apply(at('abc', 0), { type: 'backspace' }).text).toBe('abc');
    expect(apply(at('abc', 1), { type: 'delete' }).text).toBe('ac');
    expect(apply(at('abc', 3), { type: 'delete' }).text).toBe('abc');
  });

  it('undo takes back a typed word as one unit, then earlier edits one by one', () => {
    let s = typed('Get-Date');
    s = apply(s, { type: 'insert', text: ' ' }, ...[...'-Format'].map((c) => ({ type: 'insert', text: c }) as EditorAction));
    s = apply(s, { type: 'kill-to-start' });
    expect(s.text).toBe('');
    s = apply(s, { type: 'undo' });
    expect(s.text).toBe('Get-Date -Format');
    s = apply(s, { type: 'undo' });
    expect(s.text).toBe('Get-Date ');
    s = apply(s, { type: 'undo' }, { type: 'undo' });
    expect(s.text).toBe('');
    expect(apply(s, { type: 'undo' })).toBe(s);
  });

  it('Home/End go to the current line first in multi-line input, then the whole buffer', () => {
    const text = 'if ($x) {\n  "yes"\n}';
    const s = at(text, 14);
    const home = apply(s, { type: 'home' });
    expect(home.cursor).toBe(10);
    expect(apply(home, { type: 'home' }).cursor).toBe(0);
    const end = apply(s, { type: 'end' });
    expect(end.cursor).toBe(17);
    expect(apply(end, { type: 'end' }).cursor).toBe(text.length);
  });

  it('moves between lines keeping the column', () => {
    const s = at('abcdef\nxy\nlonger line', 4);
    expect(cursorLine(s)).toEqual({ line: 0, column: 4, lines: 3 });
    const down = moveLine(s, 1);
    expect(cursorLine(down)).toMatchObject({ line: 1, column: 2 });
    expect(cursorLine(moveLine(down, 1))).toMatchObject({ line: 2, column: 2 });
    expect(moveLine(s, -1)).toBe(s);
  });
});

describe('input window', () => {
  it('keeps the cursor line in view and leaves a row for the position line', async () => {
    const { lineWindow } = await import('../../../src/views/repl/painted-input.js');
    expect(lineWindow(5, 4, 10)).toEqual({ start: 0, size: 5 });
    expect(lineWindow(32, 31, 12)).toEqual({ start: 21, size: 11 });
    expect(lineWindow(32, 0, 12)).toEqual({ start: 0, size: 11 });
    expect(lineWindow(32, 15, 12)).toEqual({ start: 10, size: 11 });
  });
});
