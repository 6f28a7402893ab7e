/**
 * Keys to named prompt commands (Emacs-style bindings, as PSReadLine uses off
 * Windows, plus the Windows-mode Ctrl+Z undo). Pure, so tests and the hook
 * agree on what each key does.
 */
import type { Key } from 'ink';
import type { EditorAction } from './line-editor.js';

export type KeyCommand =
  | { type: 'edit'; action: EditorAction }
  | { type: 'up' } | { type: 'down' }
  | { type: 'right' } | { type: 'end' }
  | { type: 'search' }
  | { type: 'tab'; delta: 1 | -1 }
  | { type: 'enter' }
  | { type: 'escape' }
  | { type: 'abort' }
  | { type: 'cancel' }
  | { type: 'eof' }
  | { type: 'paste'; text: string }
  | { type: 'none' };

const edit = (action: EditorAction): KeyCommand => ({ type: 'edit', action });

/** Pasted text is one command, so its newlines are inserted and never act as Enter (also when it waits in type-ahead). */
export const pasteCommand = (text: string): KeyCommand => ({ type: 'paste', text: text.replace(/\r\n?/g, '\n') });

function ctrlCommand(name: string): KeyCommand {
  switch (name) {
    case 'a': return edit({ type: 'home' });
    case 'e': return { type: 'end' };
    case 'b': return edit({ type: 'left' });
    case 'f': return { type: 'right' };
    case 'k': return edit({ type: 'kill-to-end' });
    case 'u': return edit({ type: 'kill-to-start' });
    case 'w': return edit({ type: 'kill-whitespace-word-back' });
    case 'h': return edit({ type: 'backspace' });
    case 'z': case '_': return edit({ type: 'undo' });
    case 'r': return { type: 'search' };
    case 'g': return { type: 'abort' };
    case 'c': return { type: 'cancel' };
    case 'd': return { type: 'eof' };
    case 'p': return { type: 'up' };
    case 'n': return { type: 'down' };
    default: return { type: 'none' };
  }
}

export function keyCommand(input: string, key: Key): KeyCommand {
  if (key.return) return { type: 'enter' };
  if (key.tab) return { type: 'tab', delta: key.shift ? -1 : 1 };
  if (key.escape) return { type: 'escape' };
  if (key.upArrow) return { type: 'up' };
  if (key.downArrow) return { type: 'down' };
  if (key.leftArrow) return edit({ type: key.ctrl || key.meta ? 'word-left' : 'left' });
  if (key.rightArrow) return key.ctrl || key.meta ? edit({ type: 'word-right' }) : { type: 'right' };
  if (key.home) return edit({ type: 'home' });
  if (key.end) return { type: 'end' };
  if (key.backspace) return edit({ type: key.meta ? 'kill-word-back' : 'backspace' });
  if (key.delete) return edit({ type: 'delete' });
  if (key.ctrl) return ctrlCommand(input);
  if (key.meta) {
    if (input === 'b') return edit({ type: 'word-left' });
    if (input === 'f') return edit({ type: 'word-right' });
    return { type: 'none' };
  }
  // Typed text (several characters when keys arrive faster than one read, e.g. over SSH).
  if (input && !/[\x00-\x08\x0e-\x1f]/.test(input)) return edit({ type: 'insert', text: input });
  return { type: 'none' };
}

/** A control character read inside a run of text: Enter, Tab, Backspace or Ctrl+letter. */
function controlCommand(c: string): KeyCommand {
  if (c === '\r' || c === '\n') return { type: 'enter' };
  if (c === '\t') return { type: 'tab', delta: 1 };
  if (c === '\x7f' || c === '\b') return edit({ type: 'backspace' });
  const code = c.charCodeAt(0);
  return code === 0x1f ? ctrlCommand('_') : ctrlCommand(String.fromCharCode(code + 96));
}

/**
 * The commands in one read: keys typed faster than a read (SSH, tmux,
 * type-ahead before raw mode) arrive as one string, and their Enters and
 * Ctrl keys must still act as keys (Ink splits escape sequences, not these).
 */
export function keyCommands(input: string, key: Key): KeyCommand[] {
  if (input.length <= 1 || key.meta || key.ctrl || !/[\x00-\x1f\x7f]/.test(input)) return [keyCommand(input, key)];
  const commands: KeyCommand[] = [];
  for (const part of input.replace(/\r\n/g, '\r').split(/([\x00-\x1f\x7f])/)) {
    if (part === '') continue;
    commands.push(/^[\x00-\x1f\x7f]$/.test(part) ? controlCommand(part) : edit({ type: 'insert', text: part }));
  }
  return commands;
}
