/**
 * Tab completion on the buffer, PSReadLine's "Complete" (bash-style) plus a
 * menu: one candidate is inserted, several insert their common prefix and
 * open a menu whose selection Enter accepts.
 */
import type { CompletionCandidate as Candidate, CompletionResult as Completion } from '../../repl/completion/index.js';

export interface MenuState {
  candidates: Candidate[];
  selected: number;
  /** The buffer range the chosen candidate replaces. */
  start: number;
  end: number;
}

/** Longest prefix all candidates share, compared case-insensitively as PowerShell names are. */
export function commonPrefix(texts: readonly string[]): string {
  if (texts.length === 0) return '';
  let prefix = texts[0]!;
  for (const t of texts.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < t.length && prefix[i]!.toLowerCase() === t[i]!.toLowerCase()) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

export type TabOutcome =
  | { kind: 'none' }
  | { kind: 'insert'; start: number; end: number; text: string; menu?: MenuState };

/** What a completion result does to a buffer. */
export function applyCompletion(text: string, result: Completion): TabOutcome {
  const { candidates, replaceStart: start, replaceEnd: end } = result;
  if (candidates.length === 0) return { kind: 'none' };
  if (candidates.length === 1) return { kind: 'insert', start, end, text: candidates[0]!.text };
  const typed = text.slice(start, end);
  const prefix = commonPrefix(candidates.map((c) => c.text));
  // Never shorten what was typed: a prefix shorter than the typed word keeps the word.
  const insert = prefix.length > typed.length ? prefix : typed;
  return { kind: 'insert', start, end, text: insert, menu: { candidates, selected: 0, start, end: start + insert.length } };
}

export function moveSelection(menu: MenuState, delta: number): MenuState {
  const n = menu.candidates.length;
  return { ...menu, selected: (((menu.selected + delta) % n) + n) % n };
}

export const selectedCandidate = (menu: MenuState): Candidate => menu.candidates[menu.selected]!;
