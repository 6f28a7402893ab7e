import { filterSyntax } from '../errors.js';
import type { CompareOp, FilterNode, FilterValue } from './ast.js';
import { tokenize, type Token } from './tokenizer.js';

const COMPARE = new Set(['eq', 'ne', 'lt', 'gt', 'le', 'ge', 'like', 'notlike']);

/**
 * OPATH grammar: expr := and { -or and }; and := unary { -and unary };
 * unary := -not unary | ( expr ) | Property op Value. A filter may be
 * wrapped in braces, as the client sends script-block filters.
 */
export function parseOpath(input: string): FilterNode {
  let filter = input.trim();
  if (filter.startsWith('{') && filter.endsWith('}')) filter = filter.slice(1, -1);
  const tokens = tokenize(filter);
  let at = 0;
  const peek = (): Token => tokens[at]!;
  const fail = (t: Token): never => {
    throw filterSyntax(input, t.pos);
  };

  const parseOr = (): FilterNode => {
    let left = parseAnd();
    while (peek().kind === 'op' && (peek() as { name: string }).name === 'or') {
      at++;
      left = { type: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): FilterNode => {
    let left = parseUnary();
    while (peek().kind === 'op' && (peek() as { name: string }).name === 'and') {
      at++;
      left = { type: 'and', left, right: parseUnary() };
    }
    return left;
  };
  const parseUnary = (): FilterNode => {
    const t = peek();
    if (t.kind === 'op' && t.name === 'not') {
      at++;
      return { type: 'not', expr: parseUnary() };
    }
    if (t.kind === 'lparen') {
      at++;
      const inner = parseOr();
      if (peek().kind !== 'rparen') fail(peek());
      at++;
      return inner;
    }
    if (t.kind !== 'word') fail(t);
    at++;
    const opToken = peek();
    if (opToken.kind !== 'op' || !COMPARE.has(opToken.name)) fail(opToken);
    at++;
    const value = parseValue();
    return { type: 'cmp', property: (t as { text: string }).text, op: (opToken as { name: string }).name as CompareOp, value, position: t.pos };
  };
  const parseValue = (): FilterValue => {
    const t = peek();
    at++;
    if (t.kind === 'string') return { kind: 'string', text: t.text };
    if (t.kind === 'variable') {
      if (t.name === 'true' || t.name === 'false') return { kind: 'bool', value: t.name === 'true' };
      if (t.name === 'null') return { kind: 'null' };
      return fail(t);
    }
    if (t.kind === 'word') {
      if (/^-?\d+(\.\d+)?$/.test(t.text)) return { kind: 'number', value: Number(t.text) };
      return { kind: 'string', text: t.text };
    }
    return fail(t);
  };

  if (peek().kind === 'end') fail(peek());
  const tree = parseOr();
  if (peek().kind !== 'end') fail(peek());
  return tree;
}
