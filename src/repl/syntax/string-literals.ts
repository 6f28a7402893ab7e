/**
 * Finding where string literals end: '...', "..." (skipping nested `$( )`), and here-strings.
 * Pure functions over the scanner's characters; the scanner turns the results into tokens.
 */
import { isBlank, isDoubleQuote, isNewlineChar, isSingleQuote } from './chars.js';
import type { DiagnosticBag } from './diagnostics.js';

/** The characters of the region being scanned. */
export interface CharReader {
  readonly end: number;
  charAt(offset: number): string;
}

export interface StringExtent {
  /** Offset just past the closing quote (or the end of the region when unterminated). */
  end: number;
  contentPos: number;
  contentEnd: number;
}

/** `'...'` at `start`; `''` stands for one quote. */
export function scanSingleQuoted(r: CharReader, start: number, diagnostics: DiagnosticBag): StringExtent & { value: string } {
  let end = start + 1;
  let value = '';
  for (;;) {
    const ch = r.charAt(end);
    if (ch === '') {
      diagnostics.report('TerminatorExpectedAtEndOfString', start, end - start, ["'"], true);
      return { end, contentPos: start + 1, contentEnd: end, value };
    }
    if (isSingleQuote(ch)) {
      if (!isSingleQuote(r.charAt(end + 1))) return { end: end + 1, contentPos: start + 1, contentEnd: end, value };
      value += ch;
      end += 2;
      continue;
    }
    value += ch;
    end++;
  }
}

/**
 * `"..."` at `start`. Backticks escape the next character, `""` is a quote, and a `$( )`
 * is skipped whole by `skipSubExpression` (it may contain quotes of its own).
 */
export function scanDoubleQuoted(
  r: CharReader, start: number, diagnostics: DiagnosticBag, skipSubExpression: (from: number) => number,
): StringExtent {
  let end = start + 1;
  for (;;) {
    const ch = r.charAt(end);
    if (ch === '') {
      diagnostics.report('TerminatorExpectedAtEndOfString', start, end - start, ['"'], true);
      return { end, contentPos: start + 1, contentEnd: end };
    }
    if (ch === '`') {
      end += r.charAt(end + 1) === '' ? 1 : 2;
    } else if (ch === '$' && r.charAt(end + 1) === '(') {
      end = skipSubExpression(end + 2);
    } else if (isDoubleQuote(ch) && isDoubleQuote(r.charAt(end + 1))) {
      end += 2;
    } else if (isDoubleQuote(ch)) {
      return { end: end + 1, contentPos: start + 1, contentEnd: end };
    } else {
      end++;
    }
  }
}

/**
 * `@"`/`@'` + end of line, the body, then `"@`/`'@` at the start of a line. The content
 * excludes the newline after the header and the one before the footer.
 */
export function scanHereString(r: CharReader, start: number, expandable: boolean, diagnostics: DiagnosticBag): StringExtent {
  const quote = expandable ? '"' : "'";
  let p = start + 2;
  while (isBlank(r.charAt(p))) p++;
  if (p < r.end && !isNewlineChar(r.charAt(p))) {
    diagnostics.report('UnexpectedCharactersAfterHereStringHeader', p, 1, []);
    while (p < r.end && !isNewlineChar(r.charAt(p))) p++;
  }
  if (r.charAt(p) === '\r' && r.charAt(p + 1) === '\n') p += 2;
  else if (p < r.end) p++;
  const contentPos = p;
  let lineStart = p;
  for (;;) {
    if (lineStart >= r.end) {
      diagnostics.report('TerminatorExpectedAtEndOfString', start, r.end - start, [`${quote}@`], true);
      return { end: r.end, contentPos, contentEnd: r.end };
    }
    if (r.charAt(lineStart) === quote && r.charAt(lineStart + 1) === '@') {
      let contentEnd = lineStart;
      if (contentEnd > contentPos && r.charAt(contentEnd - 1) === '\n') contentEnd--;
      if (contentEnd > contentPos && r.charAt(contentEnd - 1) === '\r') contentEnd--;
      return { end: lineStart + 2, contentPos, contentEnd: Math.max(contentEnd, contentPos) };
    }
    let q = lineStart;
    while (q < r.end && !isNewlineChar(r.charAt(q))) q++;
    if (r.charAt(q) === '\r' && r.charAt(q + 1) === '\n') q++;
    lineStart = q + 1;
  }
}
