/**
 * OPATH `-Filter` text → OData `$filter`, as the Get-EXO* cmdlets' filter
 * converter does it (exo-protocol.md §3.5): comparison operators, -like /
 * -notlike with a leading or trailing wildcard, -and / -or / -not,
 * parentheses, and `/any(d:d eq '…')` for multivalued properties.
 */

export class FilterConversionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FilterConversionError';
  }
}

const UNHANDLED = 'Unhandled Filter Construct. Please modify your filter';

/** Multivalued properties, filtered with `any` over their elements. */
const COLLECTION_PROPERTIES = new Set(
  ['EmailAddresses', 'ProxyAddresses', 'Languages', 'PoliciesIncluded', 'PoliciesExcluded', 'GrantSendOnBehalfTo', 'ModeratedBy', 'InPlaceHolds', 'AddressListMembership',
    'AcceptMessagesOnlyFrom', 'AcceptMessagesOnlyFromDLMembers', 'AcceptMessagesOnlyFromSendersOrMembers', 'RejectMessagesFrom', 'RejectMessagesFromDLMembers', 'RejectMessagesFromSendersOrMembers',
    'BypassModerationFromSendersOrMembers', 'ExtensionCustomAttribute1', 'ExtensionCustomAttribute2', 'ExtensionCustomAttribute3', 'ExtensionCustomAttribute4', 'ExtensionCustomAttribute5',
    'ManagedBy', 'Members'].map((p) => p.toLowerCase()),
);

const COMPARISONS: Record<string, string> = { eq: 'eq', ne: 'ne', lt: 'lt', le: 'le', gt: 'gt', ge: 'ge' };

type Token = { kind: 'op' | 'word' | 'string' | 'lparen' | 'rparen' | 'var'; text: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) { i++; continue; }
    if (c === '(') { tokens.push({ kind: 'lparen', text: c }); i++; continue; }
    if (c === ')') { tokens.push({ kind: 'rparen', text: c }); i++; continue; }
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw new FilterConversionError(UNHANDLED);
      const value = text.slice(i + 1, end);
      if (value.includes("'")) throw new FilterConversionError(`Invalid query string containing singlequote '${value}'`);
      tokens.push({ kind: 'string', text: value });
      i = end + 1;
      continue;
    }
    const m = /^(-[A-Za-z]+|\$[A-Za-z_]\w*|[^\s()'"]+)/.exec(text.slice(i))!;
    const word = m[1]!;
    tokens.push({ kind: word.startsWith('-') ? 'op' : word.startsWith('$') ? 'var' : 'word', text: word });
    i += word.length;
  }
  return tokens;
}

export function opathToOData(filter: string): string {
  let depth = 0;
  for (const c of filter.replace(/'[^']*'|"[^"]*"/g, '')) {
    depth += c === '(' ? 1 : c === ')' ? -1 : 0;
    if (depth < 0) break;
  }
  if (depth !== 0) throw new FilterConversionError("parentheses doesn't match. Please check the filter and try again.");
  const tokens = tokenize(filter.trim().replace(/^\{([\s\S]*)\}$/, '$1'));
  let at = 0;
  const peek = () => tokens[at];
  const take = () => {
    const t = tokens[at++];
    if (!t) throw new FilterConversionError(UNHANDLED);
    return t;
  };
  const isOp = (t: Token | undefined, name: string) => t?.kind === 'op' && t.text.toLowerCase() === `-${name}`;

  const parseOr = (): string => {
    let left = parseAnd();
    while (isOp(peek(), 'or')) { at++; left = `${left} or ${parseAnd()}`; }
    return left;
  };
  const parseAnd = (): string => {
    let left = parseUnary();
    while (isOp(peek(), 'and')) { at++; left = `${left} and ${parseUnary()}`; }
    return left;
  };
  const parseUnary = (): string => {
    if (isOp(peek(), 'not')) { at++; return `not (${parseUnary()})`; }
    if (peek()?.kind === 'lparen') {
      at++;
      const inner = parseOr();
      if (take().kind !== 'rparen') throw new FilterConversionError(UNHANDLED);
      return `(${inner})`;
    }
    return parseComparison();
  };
  const parseComparison = (): string => {
    const prop = take();
    if (prop.kind !== 'word' || !/^[A-Za-z_][\w.]*$/.test(prop.text)) throw new FilterConversionError(UNHANDLED);
    const op = take();
    if (op.kind !== 'op') throw new FilterConversionError(UNHANDLED);
    const value = take();
    if (value.kind !== 'string' && value.kind !== 'word' && value.kind !== 'var') throw new FilterConversionError(UNHANDLED);
    const name = op.text.slice(1).toLowerCase();
    if (name === 'like' || name === 'notlike') return like(prop.text, literalText(value), name === 'notlike');
    const odataOp = COMPARISONS[name];
    if (!odataOp) throw new FilterConversionError(UNHANDLED);
    return compare(prop.text, odataOp, literal(value));
  };

  const result = parseOr();
  if (at !== tokens.length) throw new FilterConversionError(UNHANDLED);
  return result;
}

function literalText(t: Token): string {
  if (t.kind === 'var') throw new FilterConversionError(UNHANDLED);
  return t.text;
}

function literal(t: Token): string {
  if (t.kind === 'var') {
    const v = t.text.toLowerCase();
    if (v === '$true' || v === '$false') return v.slice(1);
    if (v === '$null') return 'null';
    throw new FilterConversionError(UNHANDLED);
  }
  if (t.kind === 'word' && /^-?\d+(\.\d+)?$/.test(t.text)) return t.text;
  if (t.kind === 'word' && /^(true|false)$/i.test(t.text)) return t.text.toLowerCase();
  return `'${t.text}'`;
}

function compare(prop: string, op: string, value: string): string {
  if (COLLECTION_PROPERTIES.has(prop.toLowerCase())) {
    const any = `${prop}/any(d:d ${op === 'ne' ? 'eq' : op} ${value})`;
    return op === 'ne' ? `not (${any})` : any;
  }
  return `${prop} ${op} ${value}`;
}

function like(prop: string, pattern: string, negate: boolean): string {
  const stars = (pattern.match(/\*/g) ?? []).length;
  if (stars > 2) throw new FilterConversionError(`There is more than 2 wildcards in the ' -like' pattern '${pattern}'. Please modify your filter`);
  const inner = pattern.replace(/^\*/, '').replace(/\*$/, '');
  if (inner.includes('*')) throw new FilterConversionError(`There is a wildcard in between ' -like' pattern '${pattern}'. Please modify your filter`);
  if (stars > 0 && inner.length < 1) throw new FilterConversionError(`The ' -like' pattern '${pattern}' must have at least 2 characters. Please modify your filter`);
  let expr: string;
  if (stars === 0) return compare(prop, negate ? 'ne' : 'eq', `'${pattern}'`);
  if (pattern.startsWith('*') && pattern.endsWith('*') && pattern.length > 1 && stars === 2) expr = `contains(${prop},'${inner}')`;
  else if (pattern.endsWith('*')) expr = `startswith(${prop},'${inner}')`;
  else expr = `endswith(${prop},'${inner}')`;
  return negate ? `not (${expr})` : expr;
}
