/**
 * Syntax colours for the prompt: `highlight(input)` returns spans that cover the input in
 * order with no gaps. It parses with the real parser (so colours agree with what will run),
 * paints the tree's leaves, classifies what is left, and marks parse errors, except the
 * "input ended too early" kind, which only means the user is still typing.
 */
import { parseScript } from '../syntax/index.js';
import { CODE, KIND_BY_CODE, type HighlightSpan } from './kinds.js';
import { paintAst } from './paint-ast.js';
import { paintGaps } from './paint-gaps.js';

export type { HighlightKind, HighlightSpan } from './kinds.js';

export function highlight(input: string): HighlightSpan[] {
  if (input.length === 0) return [];
  const codes = new Uint8Array(input.length);
  try {
    const { ast, diagnostics } = parseScript(input);
    paintAst(ast, input, codes);
    paintGaps(input, codes);
    for (const d of diagnostics) {
      if (d.incompleteInput || d.offset >= input.length) continue;
      codes.fill(CODE.error, Math.max(0, d.offset), Math.min(input.length, d.offset + Math.max(1, d.length)));
    }
  } catch {
    // Colours must never break typing: an unexpected failure shows the line uncoloured.
    codes.fill(CODE.text);
  }
  return toSpans(codes);
}

function toSpans(codes: Uint8Array): HighlightSpan[] {
  const spans: HighlightSpan[] = [];
  let start = 0;
  for (let i = 1; i <= codes.length; i++) {
    if (i < codes.length && codes[i] === codes[start]) continue;
    spans.push({ start, end: i, kind: KIND_BY_CODE[codes[start]!]! });
    start = i;
  }
  return spans;
}
