import { filterSyntax } from '../errors.js';

export type Token =
  | { kind: 'lparen' | 'rparen' | 'end'; pos: number }
  | { kind: 'op'; name: string; pos: number }
  | { kind: 'word'; text: string; pos: number }
  | { kind: 'string'; text: string; pos: number }
  | { kind: 'variable'; name: string; pos: number };

const OPERATORS = new Set(['eq', 'ne', 'lt', 'gt', 'le', 'ge', 'like', 'notlike', 'and', 'or', 'not']);

/**
 * OPATH tokens. Strings use single or double quotes; a doubled quote (or a
 * backtick before it) stands for the quote itself. Positions are 1-based,
 * as in the service's "at position <n>".
 */
export function tokenize(filter: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (at: number): never => {
    throw filterSyntax(filter, at + 1);
  };
  while (i < filter.length) {
    const ch = filter[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')') {
      tokens.push({ kind: ch === '(' ? 'lparen' : 'rparen', pos: i + 1 });
      i++;
      continue;
    }
    if (ch === "'" || ch === '"' || ch === '\u2018' || ch === '\u2019' || ch === '\u201c' || ch === '\u201d') {
      const quote = ch === '\u2018' || ch === '\u2019' ? "'" : ch === '\u201c' || ch === '\u201d' ? '"' : ch;
      const isQuote = (c: string | undefined) => c === quote || (quote === "'" ? c === '\u2018' || c === '\u2019' : c === '\u201c' || c === '\u201d');
      const start = i;
      let text = '';
      i++;
      for (;;) {
        if (i >= filter.length) fail(start);
        const c = filter[i]!;
        if (c === '`' && i + 1 < filter.length) {
          text += filter[i + 1];
          i += 2;
          continue;
        }
        if (isQuote(c)) {
          if (isQuote(filter[i + 1])) {
            text += c;
            i += 2;
            continue;
          }
          i++;
          break;
        }
        text += c;
        i++;
      }
      tokens.push({ kind: 'string', text, pos: start + 1 });
      continue;
    }
    if (ch === '-') {
      const m = /^-([A-Za-z]+)/.exec(filter.slice(i));
      if (m && OPERATORS.has(m[1]!.toLowerCase())) {
        tokens.push({ kind: 'op', name: m[1]!.toLowerCase(), pos: i + 1 });
        i += m[0].length;
        continue;
      }
      if (!/^-\d/.test(filter.slice(i))) fail(i);
    }
    if (ch === '$') {
      const m = /^\$([A-Za-z_]+)/.exec(filter.slice(i));
      if (!m) fail(i);
      tokens.push({ kind: 'variable', name: m![1]!.toLowerCase(), pos: i + 1 });
      i += m![0].length;
      continue;
    }
    const m = /^[^\s()'"]+/.exec(filter.slice(i));
    if (!m) fail(i);
    tokens.push({ kind: 'word', text: m![0], pos: i + 1 });
    i += m![0].length;
  }
  tokens.push({ kind: 'end', pos: filter.length + 1 });
  return tokens;
}
