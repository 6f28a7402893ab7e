/**
 * TEMPORARY stand-in for src/repl/values' binaryOperator (comparison family
 * only), used until the value layer exports it; delete when it does.
 */
import { compareValues } from './compare.js';
import { wildcardMatch } from './wildcard.js';
import { toPSString } from './values.js';

export function binaryOperator(op: string, left: unknown, right: unknown): unknown {
  const known = KNOWN.has(op);
  const cs = !known && op.startsWith('c');
  const base = known ? op : op.slice(1);
  if (Array.isArray(left) && !['contains', 'notcontains', 'is', 'isnot', 'in', 'notin'].includes(base)) {
    return left.filter((item) => binaryOperator(op, item, right) === true);
  }
  switch (base) {
    case 'eq': return compareValues(left, right, cs) === 0 && (left === null) === (right === null);
    case 'ne': return !(binaryOperator(cs ? 'ceq' : 'eq', left, right) as boolean);
    case 'gt': return compareValues(left, right, cs) > 0;
    case 'ge': return compareValues(left, right, cs) >= 0;
    case 'lt': return compareValues(left, right, cs) < 0;
    case 'le': return compareValues(left, right, cs) <= 0;
    case 'like': return wildcardMatch(toPSString(right), toPSString(left), cs);
    case 'notlike': return !wildcardMatch(toPSString(right), toPSString(left), cs);
    case 'match': return new RegExp(toPSString(right), cs ? '' : 'i').test(toPSString(left));
    case 'notmatch': return !new RegExp(toPSString(right), cs ? '' : 'i').test(toPSString(left));
    case 'contains': return asList(left).some((x) => binaryOperator(cs ? 'ceq' : 'eq', x, right) === true);
    case 'notcontains': return !asList(left).some((x) => binaryOperator(cs ? 'ceq' : 'eq', x, right) === true);
    case 'in': return asList(right).some((x) => binaryOperator(cs ? 'ceq' : 'eq', x, left) === true);
    case 'notin': return !asList(right).some((x) => binaryOperator(cs ? 'ceq' : 'eq', x, left) === true);
    default: throw new Error(`Operator -${op} is not supported here.`);
  }
}

const KNOWN = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le', 'like', 'notlike', 'match', 'notmatch', 'contains', 'notcontains', 'in', 'notin']);

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}
