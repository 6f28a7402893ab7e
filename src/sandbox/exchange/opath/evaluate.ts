import { badArgument, unknownFilterProperty } from '../errors.js';
import { bytesFromDisplay, parseSize } from '../util/bytes.js';
import { parseUserDate } from '../util/dates.js';
import { isGuid } from '../util/guid.js';
import { likeToRegExp } from '../util/wildcard.js';
import type { CompareOp, FilterNode, FilterValue } from './ast.js';

export type Predicate = (obj: Record<string, unknown>) => boolean;

/**
 * Turns a parsed filter into a predicate over objects, after checking every
 * property against the cmdlet's filterable properties (case-insensitively,
 * as the service does).
 */
export function compileFilter(tree: FilterNode, filterable: readonly string[]): Predicate {
  const canonical = new Map(filterable.map((p) => [p.toLowerCase(), p]));
  const build = (n: FilterNode): Predicate => {
    switch (n.type) {
      case 'and': {
        const [l, r] = [build(n.left), build(n.right)];
        return (o) => l(o) && r(o);
      }
      case 'or': {
        const [l, r] = [build(n.left), build(n.right)];
        return (o) => l(o) || r(o);
      }
      case 'not': {
        const e = build(n.expr);
        return (o) => !e(o);
      }
      case 'cmp': {
        const name = canonical.get(n.property.toLowerCase());
        if (!name) throw unknownFilterProperty(n.property, [...filterable].sort());
        return comparison(name, n.op, n.value);
      }
    }
  };
  return build(tree);
}

function comparison(name: string, op: CompareOp, value: FilterValue): Predicate {
  const positive = op === 'ne' ? 'eq' : op === 'notlike' ? 'like' : op;
  const negate = op === 'ne' || op === 'notlike';
  const like = positive === 'like' && value.kind === 'string' ? likeToRegExp(value.text) : undefined;
  return (o) => {
    const actual = o[name];
    let result: boolean;
    if (Array.isArray(actual)) {
      if (value.kind === 'null') result = actual.length === 0;
      else result = actual.some((a) => compareScalar(a, positive, value, like, true));
    } else result = compareScalar(actual, positive, value, like, false);
    return negate ? !result : result;
  };
}

function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

function compareScalar(actual: unknown, op: CompareOp, value: FilterValue, like: RegExp | undefined, inCollection: boolean): boolean {
  if (value.kind === 'null') return op === 'eq' ? isBlank(actual) : false;
  if (isBlank(actual)) return false;
  if (typeof actual === 'boolean') {
    const want = value.kind === 'bool' ? value.value : value.kind === 'number' ? value.value !== 0 : /^(true|1)$/i.test(value.text) ? true : /^(false|0)$/i.test(value.text) ? false : undefined;
    if (want === undefined) throw badArgument(`The value "${valueText(value)}" could not be converted to type System.Boolean.`);
    return op === 'eq' ? actual === want : false;
  }
  if (actual instanceof Date) {
    const want = value.kind === 'string' ? parseUserDate(value.text) : undefined;
    if (!want) throw badArgument(`The value "${valueText(value)}" could not be converted to type System.DateTime.`);
    return order(actual.getTime() - want.getTime(), op);
  }
  if (typeof actual === 'number') {
    const want = value.kind === 'number' ? value.value : Number(valueText(value));
    if (Number.isNaN(want)) return false;
    return order(actual - want, op);
  }
  const text = String(actual);
  const size = text === 'Unlimited' ? Infinity : bytesFromDisplay(text);
  if (size !== undefined && op !== 'like') {
    const want = parseSize(valueText(value));
    if (want === undefined) throw badArgument(`The value "${valueText(value)}" could not be converted to type Microsoft.Exchange.Data.ByteQuantifiedSize.`);
    return size === want ? op === 'eq' || op === 'le' || op === 'ge' : order(size - want, op);
  }
  const want = valueText(value);
  // Addresses in a collection match with or without their `smtp:` prefix.
  const candidates = inCollection && !/^[a-z0-9]+:/i.test(want) ? [text, text.replace(/^[a-z0-9]+:/i, '')] : [text];
  if (op === 'like') return candidates.some((c) => like!.test(c));
  if (op === 'eq') return candidates.some((c) => c.toLowerCase() === want.toLowerCase() || (isGuid(c) && c.toLowerCase() === want.replace(/[{}]/g, '').toLowerCase()));
  return order(text.toLowerCase().localeCompare(want.toLowerCase()), op);
}

function order(diff: number, op: CompareOp): boolean {
  switch (op) {
    case 'eq':
      return diff === 0;
    case 'lt':
      return diff < 0;
    case 'gt':
      return diff > 0;
    case 'le':
      return diff <= 0;
    case 'ge':
      return diff >= 0;
    default:
      return false;
  }
}

function valueText(v: FilterValue): string {
  return v.kind === 'string' ? v.text : v.kind === 'number' ? String(v.value) : v.kind === 'bool' ? (v.value ? 'True' : 'False') : '';
}
