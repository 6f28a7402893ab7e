/**
 * Classifies the characters no syntax-tree leaf claimed: comments, keywords, operators,
 * function names after `function`/`filter`, and plain text (blanks, brackets, separators).
 */
import { isDashOperator, KEYWORDS } from '../syntax/tokens.js';
import { CODE } from './kinds.js';

const OPERATOR_CHARS = new Set(['|', '&', '=', '+', '-', '*', '/', '%', '!', '<', '>', ',', '.', ':', '?', '\u2013', '\u2014', '\u2015']);
const WORD = /[\p{L}\p{N}_]/u;

export function paintGaps(text: string, codes: Uint8Array): void {
  let expectFunctionName = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (codes[i] !== 0) {
      i++;
      continue;
    }
    let end = i;
    while (end < n && codes[end] === 0) end++;
    expectFunctionName = paintGap(text, codes, i, end, expectFunctionName);
    i = end;
  }
}

/** Paints [start, end); returns whether a function name is expected next. */
function paintGap(text: string, codes: Uint8Array, start: number, end: number, expectFunctionName: boolean): boolean {
  let i = start;
  const fill = (to: number, code: number) => {
    codes.fill(code, i, to);
    i = to;
  };
  while (i < end) {
    const c = text[i]!;
    if (c === '#') {
      let to = i;
      while (to < end && text[to] !== '\n' && text[to] !== '\r') to++;
      fill(to, CODE.comment);
    } else if (c === '<' && text[i + 1] === '#') {
      const close = text.indexOf('#>', i + 2);
      fill(close < 0 || close + 2 > end ? end : close + 2, CODE.comment);
    } else if (expectFunctionName && !/[\s{(]/.test(c)) {
      // The whole name, scope qualifier included: `function global:Get-Thing`.
      let to = i + 1;
      while (to < end && !/[\s{(]/.test(text[to]!)) to++;
      fill(to, CODE.command);
      expectFunctionName = false;
    } else if (WORD.test(c)) {
      let to = i + 1;
      while (to < end && (WORD.test(text[to]!) || text[to] === '-')) to++;
      const word = text.slice(i, to).toLowerCase();
      const isKeyword = KEYWORDS.has(word);
      const isNumber = /^\d+$/.test(word);
      fill(to, isKeyword ? CODE.keyword : isNumber ? CODE.number : CODE.text);
      expectFunctionName = word === 'function' || word === 'filter';
    } else if ((c === '-' || c === '\u2013' || c === '\u2014' || c === '\u2015') && WORD.test(text[i + 1] ?? '')) {
      let to = i + 1;
      while (to < end && WORD.test(text[to]!)) to++;
      fill(to, isDashOperator(text.slice(i + 1, to).toLowerCase()) ? CODE.operator : CODE.text);
    } else if (OPERATOR_CHARS.has(c)) {
      fill(i + 1, CODE.operator);
    } else {
      if (c === '{' || c === '(') expectFunctionName = false;
      fill(i + 1, CODE.text);
    }
  }
  return expectFunctionName;
}
