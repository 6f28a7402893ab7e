import { ExchangeError } from '../errors.js';
import type { FilterNode, FilterValue } from '../opath/ast.js';

/**
 * OData `$filter` as the Get-EXO* client writes it (exo-protocol.md §3.5):
 * eq/ne/lt/gt/le/ge, and/or/not, parentheses, startswith/endswith/contains,
 * and `Prop/any(d:d eq 'x')` for collections. Produces the OPATH tree, so
 * both share one evaluator.
 */
export function parseODataFilter(text: string): FilterNode {
  const re = /\s*(\(|\)|,|'(?:[^']|'')*'|[A-Za-z_][\w.]*(?:\/any\([a-z]+:)?|[\d:.TZ+-]+)/gy;
  const tokens: Array<{ t: string; pos: number }> = [];
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = re.exec(text))) {
    tokens.push({ t: m[1]!, pos: m.index });
    last = re.lastIndex;
  }
  if (text.slice(last).trim() !== '') throw invalid(text, last);
  let at = 0;
  const peek = () => tokens[at]?.t;
  const next = () => {
    const tok = tokens[at++];
    if (!tok) throw invalid(text, text.length);
    return tok;
  };
  const expect = (t: string) => {
    const tok = next();
    if (tok.t !== t) throw invalid(text, tok.pos);
  };
  const isKw = (t: string | undefined, kw: string) => t?.toLowerCase() === kw;

  const parseOr = (): FilterNode => {
    let left = parseAnd();
    while (isKw(peek(), 'or')) {
      at++;
      left = { type: 'or', left, right: parseAnd() };
    }
    return left;
  };
  const parseAnd = (): FilterNode => {
    let left = parseUnary();
    while (isKw(peek(), 'and')) {
      at++;
      left = { type: 'and', left, right: parseUnary() };
    }
    return left;
  };
  const parseUnary = (): FilterNode => {
    const tok = next();
    if (isKw(tok.t, 'not')) return { type: 'not', expr: parseUnary() };
    if (tok.t === '(') {
      const inner = parseOr();
      expect(')');
      return inner;
    }
    const fn = tok.t.toLowerCase();
    if ((fn === 'startswith' || fn === 'endswith' || fn === 'contains') && peek() === '(') {
      at++;
      const prop = next();
      expect(',');
      const v = value(next());
      expect(')');
      if (v.kind !== 'string') throw invalid(text, prop.pos);
      const esc = v.text.replace(/\*/g, '');
      const pattern = fn === 'startswith' ? `${esc}*` : fn === 'endswith' ? `*${esc}` : `*${esc}*`;
      return { type: 'cmp', property: prop.t, op: 'like', value: { kind: 'string', text: pattern }, position: prop.pos + 1 };
    }
    const any = /^(.+)\/any\(([a-z]+):$/i.exec(tok.t);
    if (any) {
      const variable = next();
      if (variable.t !== any[2]) throw invalid(text, variable.pos);
      const op = next().t.toLowerCase();
      if (!['eq', 'ne'].includes(op)) throw invalid(text, tok.pos);
      const v = value(next());
      expect(')');
      return { type: 'cmp', property: any[1]!, op: op as 'eq', value: v, position: tok.pos + 1 };
    }
    if (!/^[A-Za-z_]/.test(tok.t)) throw invalid(text, tok.pos);
    const op = next();
    if (!['eq', 'ne', 'lt', 'gt', 'le', 'ge'].includes(op.t.toLowerCase())) throw invalid(text, op.pos);
    return { type: 'cmp', property: tok.t, op: op.t.toLowerCase() as 'eq', value: value(next()), position: tok.pos + 1 };
  };
  const value = (tok: { t: string; pos: number }): FilterValue => {
    if (tok.t.startsWith("'")) return { kind: 'string', text: tok.t.slice(1, -1).replace(/''/g, "'") };
    const lower = tok.t.toLowerCase();
    if (lower === 'true' || lower === 'false') return { kind: 'bool', value: lower === 'true' };
    if (lower === 'null') return { kind: 'null' };
    if (/^-?\d+(\.\d+)?$/.test(tok.t)) return { kind: 'number', value: Number(tok.t) };
    if (/^\d{4}-\d\d-\d\d/.test(tok.t)) return { kind: 'string', text: tok.t };
    throw invalid(text, tok.pos);
  };

  const tree = parseOr();
  if (at < tokens.length) throw invalid(text, tokens[at]!.pos);
  return tree;
}

function invalid(text: string, pos: number): ExchangeError {
  return new ExchangeError(400, 'Microsoft.OData.ODataException', `The query specified in the URI is not valid. Syntax error at position ${pos + 1} in '${text}'.`, '', 'BadRequest');
}
