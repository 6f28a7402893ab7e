/**
 * Highlight kinds and their compact codes: the painter works on one byte per character
 * so a keystroke costs a parse plus two linear passes.
 */
export type HighlightKind =
  | 'command' | 'parameter' | 'string' | 'variable' | 'operator' | 'number'
  | 'keyword' | 'comment' | 'type' | 'member' | 'error' | 'text';

export interface HighlightSpan {
  start: number;
  end: number;
  kind: HighlightKind;
}

/** Code 0 means "not painted yet"; the others index KIND_BY_CODE. */
export const KIND_BY_CODE: readonly HighlightKind[] = [
  'text', 'command', 'parameter', 'string', 'variable', 'operator', 'number',
  'keyword', 'comment', 'type', 'member', 'error', 'text',
];

export const CODE: Readonly<Record<HighlightKind, number>> = {
  command: 1, parameter: 2, string: 3, variable: 4, operator: 5, number: 6,
  keyword: 7, comment: 8, type: 9, member: 10, error: 11, text: 12,
};
