/**
 * Expandable strings: `"..."`, `@"..."@` and command-mode barewords containing `$`.
 * Their content becomes literal parts, variables (`$name`, `${name}`, `$env:X`; `$a.b` expands
 * only `$a`, as in PowerShell) and `$( ... )` sub-expressions parsed by the same parser.
 */
import type {
  ExpandablePartAst, ExpressionAst, StringKind, SubExpressionAst,
} from './ast.js';
import { BACKTICK_ESCAPES, isDoubleQuote, isHexDigit, isSingleQuote } from './chars.js';
import { parseStatementList } from './parse-statements.js';
import type { ParserCore } from './parser-core.js';
import type { Token } from './tokens.js';

/** Builds the node for a scanned StringExpandable / HereStringExpandable token. */
export function parseExpandableString(p: ParserCore, t: Token): ExpressionAst {
  const kind: StringKind = t.kind === 'HereStringExpandable' ? 'doubleQuotedHereString' : 'doubleQuoted';
  return buildString(p, t, kind);
}

/** Builds the node for a command-mode bareword (Generic token). */
export function parseBareword(p: ParserCore, t: Token): ExpressionAst {
  if (!t.expandable) {
    return { kind: 'StringConstantExpression', pos: t.pos, end: t.end, value: t.value!, stringKind: 'bareword' };
  }
  return buildString(p, t, 'bareword');
}

function buildString(p: ParserCore, t: Token, kind: StringKind): ExpressionAst {
  const parts = parseExpandableParts(p, t.contentPos!, t.contentEnd!, kind);
  if (parts.every((part) => part.kind === 'StringConstantExpression')) {
    const value = parts.map((part) => (part.kind === 'StringConstantExpression' ? part.value : '')).join('');
    return { kind: 'StringConstantExpression', pos: t.pos, end: t.end, value, stringKind: kind };
  }
  return { kind: 'ExpandableStringExpression', pos: t.pos, end: t.end, parts, stringKind: kind };
}

function parseExpandableParts(p: ParserCore, start: number, end: number, kind: StringKind): ExpandablePartAst[] {
  const text = p.text;
  const parts: ExpandablePartAst[] = [];
  let literal = '';
  let literalStart = start;
  const flush = (at: number): void => {
    if (literal !== '') {
      parts.push({ kind: 'StringConstantExpression', pos: literalStart, end: at, value: literal, stringKind: kind });
    }
    literal = '';
  };

  let i = start;
  // barewords may contain quoted parts: '...' is literal, "..." expands; the quotes go
  let inDoubleQuotes = false;
  while (i < end) {
    const ch = text[i]!;
    if (kind === 'bareword' && !inDoubleQuotes && isSingleQuote(ch)) {
      if (literal === '') literalStart = i;
      let q = i + 1;
      while (q < end) {
        if (isSingleQuote(text[q]!)) {
          if (q + 1 < end && isSingleQuote(text[q + 1]!)) {
            literal += text[q];
            q += 2;
            continue;
          }
          break;
        }
        literal += text[q];
        q++;
      }
      i = q + 1;
      continue;
    }
    if (kind === 'bareword' && isDoubleQuote(ch)) {
      if (inDoubleQuotes && i + 1 < end && isDoubleQuote(text[i + 1]!)) {
        if (literal === '') literalStart = i;
        literal += ch;
        i += 2;
      } else {
        inDoubleQuotes = !inDoubleQuotes;
        i++;
      }
      continue;
    }
    if (ch === '`' && i + 1 < end) {
      const escape = decodeEscape(text, i + 1, end);
      if (literal === '') literalStart = i;
      literal += escape.value;
      i = escape.next;
      continue;
    }
    if (kind === 'doubleQuoted' && isDoubleQuote(ch) && i + 1 < end && isDoubleQuote(text[i + 1]!)) {
      if (literal === '') literalStart = i;
      literal += ch;
      i += 2;
      continue;
    }
    if (ch === '$' && i + 1 < end) {
      if (text[i + 1] === '(') {
        flush(i);
        const sub = parseSubExpressionAt(p, i, end);
        parts.push(sub);
        i = sub.end;
        literalStart = i;
        continue;
      }
      const variable = p.scanner.readVariable(i);
      if (variable && variable.end <= end) {
        flush(i);
        const v = variable.info;
        parts.push({
          kind: 'VariableExpression', pos: i, end: variable.end, name: v.name, scope: v.scope,
          fullName: v.fullName, braced: v.braced, splatted: false,
        });
        i = variable.end;
        literalStart = i;
        continue;
      }
    }
    if (literal === '') literalStart = i;
    literal += ch;
    i++;
  }
  flush(end);
  return parts;
}

/** `$( ... )` at `dollar`, parsed by a sub-parser confined to the string's content. */
function parseSubExpressionAt(p: ParserCore, dollar: number, end: number): SubExpressionAst {
  const sub = p.child(dollar + 2, end);
  const { statements, traps } = sub.withCloser('RParen', () => parseStatementList(sub, 'RParen'));
  const close = sub.peek('command');
  if (close.kind === 'RParen') sub.consume(close);
  else p.report('MissingEndParenthesisInSubexpression', dollar, 2, [], end >= p.text.length);
  return {
    kind: 'SubExpression',
    pos: dollar,
    end: sub.pos,
    body: { kind: 'StatementBlock', pos: dollar + 2, end: sub.pos, statements, traps },
  };
}

/** Decodes the escape whose character is at `at` (just after the backtick). */
function decodeEscape(text: string, at: number, end: number): { value: string; next: number } {
  const c = text[at]!;
  if (c === 'u' && text[at + 1] === '{') {
    let q = at + 2;
    while (q < end && q < at + 8 && isHexDigit(text[q]!)) q++;
    if (text[q] === '}' && q > at + 2) {
      const code = Number.parseInt(text.slice(at + 2, q), 16);
      if (code <= 0x10ffff) return { value: String.fromCodePoint(code), next: q + 1 };
    }
  }
  return { value: BACKTICK_ESCAPES[c] ?? c, next: at + 1 };
}
