/**
 * Equality, ordering, wildcard and containment operators. The left operand
 * decides the comparison and the right is converted to its type; an array
 * on the left filters. Case-insensitive unless the `c` variant is used.
 */
import { DateTime } from './datetime.js';
import { DateTimeOffset } from './datetime-offset.js';
import { TimeSpan } from './timespan.js';
import { PSGuid } from './guid.js';
import { PSList } from './list.js';
import { PSRuntimeError } from './errors.js';
import { toBoolean, parseNumber, SwitchValue } from './convert.js';
import { PSNumber, isChar } from './numbers.js';
import { toPSString } from './to-string.js';
import { PSEnumValue, enumValue } from './enum.js';

const collatorI = new Intl.Collator('en-US', { sensitivity: 'accent' });
const collatorC = new Intl.Collator('en-US', { sensitivity: 'variant', caseFirst: 'lower' });

/** String comparison as .NET's culture-aware compare (en-US). */
export function compareStrings(a: string, b: string, caseSensitive = false): number {
  if (a === b) return 0;
  return (caseSensitive ? collatorC : collatorI).compare(a, b);
}

function stringEquals(a: string, b: string, caseSensitive: boolean): boolean {
  if (a === b) return true;
  if (caseSensitive || a.length !== b.length) return false;
  return a.toLowerCase() === b.toLowerCase() || collatorI.compare(a, b) === 0;
}

function rightAsNumber(right: unknown): number | undefined {
  if (typeof right === 'number') return right;
  if (right instanceof PSNumber) return right.value;
  if (typeof right === 'boolean') return right ? 1 : 0;
  if (right instanceof SwitchValue) return right.isPresent ? 1 : 0;
  if (right instanceof PSEnumValue) return right.value;
  if (typeof right === 'string') return parseNumber(right) ?? undefined;
  if (Array.isArray(right) && right.length === 1) return rightAsNumber(right[0]);
  return undefined;
}

/** A DateTimeOffset on either side: both compare as instants. */
function offsetOperands(left: unknown, right: unknown): [DateTimeOffset, DateTimeOffset | undefined] | undefined {
  if (!(left instanceof DateTimeOffset) && !(left instanceof DateTime && right instanceof DateTimeOffset)) return undefined;
  const r = right instanceof DateTime || right instanceof DateTimeOffset ? DateTimeOffset.from(right)
    : typeof right === 'string' ? DateTimeOffset.parse(right) ?? undefined : undefined;
  return [DateTimeOffset.from(left), r];
}

function rightAsDate(right: unknown): DateTime | undefined {
  if (right instanceof DateTime) return right;
  if (typeof right === 'string') return DateTime.parse(right) ?? undefined;
  return undefined;
}

/**
 * The right operand of a comparison with a [char] as a UTF-16 code unit: a
 * char, a one-character string or a number; undefined when it is none.
 */
function rightAsCharCode(right: unknown): number | undefined {
  if (right instanceof PSNumber) return right.value;
  if (typeof right === 'string') return right.length === 1 ? right.charCodeAt(0) : undefined;
  return rightAsNumber(right);
}

/** pwsh compares a [char] with a char or one-character string ignoring case (invariant upper case) unless -ceq. */
function charEquals(left: number, right: unknown, caseSensitive: boolean): boolean {
  const r = rightAsCharCode(right);
  if (r === undefined) return false;
  if (left === r || caseSensitive || typeof right === 'number') return left === r;
  return String.fromCharCode(left).toUpperCase() === String.fromCharCode(r).toUpperCase();
}

/** `left -eq right` for a scalar left operand. */
export function valueEquals(left: unknown, right: unknown, caseSensitive = false): boolean {
  if (isChar(left)) return charEquals(left.value, right, caseSensitive);
  if (left instanceof PSNumber) left = left.value;
  // A char on the right stays one, so a string on the left compares with its text.
  if (right instanceof PSNumber && right.kind !== 'char') right = right.value;
  if (typeof left === 'string') {
    if (typeof right === 'string') return stringEquals(left, right, caseSensitive);
    if (right === null || right === undefined) return false;
    return stringEquals(left, toPSString(right), caseSensitive);
  }
  if (typeof left === 'number') {
    if (typeof right === 'number') return left === right;
    const r = rightAsNumber(right);
    return r !== undefined && left === r;
  }
  if (left === null || left === undefined) return right === null || right === undefined;
  if (right === null || right === undefined) return false;
  if (typeof left === 'boolean') return left === toBoolean(right);
  const offsets = offsetOperands(left, right);
  if (offsets) return offsets[1] !== undefined && offsets[0].equals(offsets[1]);
  if (left instanceof DateTime) { const r = rightAsDate(right); return r !== undefined && left.equals(r); }
  if (left instanceof TimeSpan) return right instanceof TimeSpan && left.ticks === right.ticks;
  if (left instanceof PSGuid) {
    const r = right instanceof PSGuid ? right : typeof right === 'string' ? PSGuid.tryParse(right) : null;
    return r !== null && left.equals(r);
  }
  if (left instanceof SwitchValue) return left.isPresent === toBoolean(right);
  if (left instanceof PSEnumValue) {
    const r = enumOperand(left, right);
    return r !== undefined && r === left.value;
  }
  return left === right;
}

/** The right operand as a number of the left enum's type (a name, a number or an enum value). */
function enumOperand(left: PSEnumValue, right: unknown): number | undefined {
  if (right instanceof PSEnumValue) return right.value;
  if (typeof right === 'number') return right;
  const text = toPSString(right).trim();
  if (/^-?\d+$/.test(text)) return Number(text);
  return enumValue(left.typeName, text)?.value;
}

function compareError(left: unknown, right: unknown, inner: string): PSRuntimeError {
  return new PSRuntimeError(
    `Could not compare "${toPSString(left)}" to "${toPSString(right)}". Error: "${inner}"`,
    'ComparisonFailure', 'InvalidOperation',
  );
}

/** Ordering for -lt/-gt/-le/-ge and Sort-Object; $null sorts before everything. */
export function compareValues(left: unknown, right: unknown, caseSensitive = false): number {
  if (typeof left === 'number' && typeof right === 'number') return left < right ? -1 : left > right ? 1 : 0;
  if (typeof left === 'string' && typeof right === 'string') return compareStrings(left, right, caseSensitive);
  if (isChar(left) && right !== null && right !== undefined) {
    // Chars order by code unit, the right operand converted to a char.
    const r = rightAsCharCode(right);
    if (r === undefined) throw compareError(left, right, `Cannot convert value "${toPSString(right)}" to type "System.Char". Error: "String must be exactly one character long."`);
    return Math.sign(left.value - r);
  }
  if (left instanceof PSNumber) left = left.value;
  if (right instanceof PSNumber && right.kind !== 'char') right = right.value;
  const leftNull = left === null || left === undefined;
  const rightNull = right === null || right === undefined;
  if (leftNull || rightNull) {
    if (leftNull && rightNull) return 0;
    // A negative number is below $null, anything else above (LanguagePrimitives.CompareObjectToNull).
    const other = leftNull ? right : left;
    const otherAbove = !(typeof other === 'number' && other < 0);
    return (leftNull ? -1 : 1) * (otherAbove ? 1 : -1);
  }
  if (typeof left === 'string') return compareStrings(left, toPSString(right), caseSensitive);
  if (typeof left === 'number' || typeof left === 'boolean' || left instanceof SwitchValue) {
    const l = typeof left === 'number' ? left : toBoolean(left) ? 1 : 0;
    const r = rightAsNumber(right);
    if (r === undefined) {
      throw compareError(left, right, `Cannot convert value "${toPSString(right)}" to type "System.Int32". Error: "The input string '${toPSString(right)}' was not in a correct format."`);
    }
    return l < r ? -1 : l > r ? 1 : 0;
  }
  const offsets = offsetOperands(left, right);
  if (offsets) {
    if (!offsets[1]) throw compareError(left, right, `Cannot convert value "${toPSString(right)}" to type "System.DateTimeOffset".`);
    return offsets[0].compareTo(offsets[1]);
  }
  if (left instanceof DateTime) {
    const r = rightAsDate(right);
    if (!r) throw compareError(left, right, `Cannot convert value "${toPSString(right)}" to type "System.DateTime".`);
    return left.compareTo(r);
  }
  if (left instanceof PSEnumValue) {
    const r = enumOperand(left, right);
    if (r === undefined) throw compareError(left, right, `Cannot convert value "${toPSString(right)}" to type "${left.typeName}".`);
    return Math.sign(left.value - r);
  }
  if (left instanceof TimeSpan && right instanceof TimeSpan) return left.compareTo(right);
  if (left instanceof PSGuid && right instanceof PSGuid) return left.compareTo(right);
  throw new PSRuntimeError(`Cannot compare "${toPSString(left)}" because it is not IComparable.`, 'NotIcomparable', 'InvalidOperation');
}

// ---- Wildcards -----------------------------------------------------------

const wildcardCache = new Map<string, RegExp>();

/** Whether text holds wildcard characters (so a name is a pattern, not a literal). */
export function hasWildcard(text: string): boolean {
  return /[*?[]/.test(text);
}

/** A PowerShell wildcard pattern (* ? [a-z], backtick escapes) as an anchored RegExp. */
export function wildcardToRegExp(pattern: string, caseSensitive = false): RegExp {
  const key = (caseSensitive ? 'c' : 'i') + pattern;
  const hit = wildcardCache.get(key);
  if (hit) return hit;
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '`' && i + 1 < pattern.length) { src += escapeChar(pattern[++i]!); continue; }
    if (ch === '*') { src += '[\\s\\S]*'; continue; }
    if (ch === '?') { src += '[\\s\\S]'; continue; }
    if (ch === '[') {
      const end = pattern.indexOf(']', i + 2);
      if (end > 0) {
        let body = pattern.slice(i + 1, end);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        src += `[${negate ? '^' : ''}${body.replace(/`(.)/g, '$1').replace(/[\\\]^]/g, '\\$&')}]`;
        i = end;
        continue;
      }
    }
    src += escapeChar(ch);
  }
  const re = new RegExp(`^${src}$`, caseSensitive ? 's' : 'is');
  if (wildcardCache.size > 500) wildcardCache.clear();
  wildcardCache.set(key, re);
  return re;
}

function escapeChar(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? `\\${ch}` : ch;
}

export function likeMatch(value: unknown, pattern: unknown, caseSensitive = false): boolean {
  return wildcardToRegExp(toPSString(pattern), caseSensitive).test(toPSString(value));
}

// ---- Containment ---------------------------------------------------------

function itemsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value instanceof PSList) return value.items;
  return [value];
}

/** `collection -contains item`: each element is the left side of -eq. */
export function contains(collection: unknown, item: unknown, caseSensitive = false): boolean {
  for (const el of itemsOf(collection)) if (valueEquals(el, item, caseSensitive)) return true;
  return false;
}

export function isFilterable(value: unknown): value is unknown[] | PSList {
  return Array.isArray(value) || value instanceof PSList;
}

/** Applies a scalar test to each element of an array left operand, keeping matches. */
export function filterArray(left: unknown[] | PSList, test: (el: unknown) => boolean): unknown[] {
  const items = Array.isArray(left) ? left : left.items;
  const out: unknown[] = [];
  for (const el of items) if (test(el)) out.push(el);
  return out;
}

export type ComparisonOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le' | 'like' | 'notlike';

export function scalarCompare(op: ComparisonOp, left: unknown, right: unknown, caseSensitive: boolean): boolean {
  switch (op) {
    case 'eq': return valueEquals(left, right, caseSensitive);
    case 'ne': return !valueEquals(left, right, caseSensitive);
    case 'gt': return compareValues(left, right, caseSensitive) > 0;
    case 'ge': return compareValues(left, right, caseSensitive) >= 0;
    case 'lt': return compareValues(left, right, caseSensitive) < 0;
    case 'le': return compareValues(left, right, caseSensitive) <= 0;
    case 'like': return likeMatch(left, right, caseSensitive);
    case 'notlike': return !likeMatch(left, right, caseSensitive);
  }
}

/** -eq/-ne/-gt/…/-like with array filtering. */
export function comparison(op: ComparisonOp, left: unknown, right: unknown, caseSensitive = false): unknown {
  if (isFilterable(left)) return filterArray(left, (el) => scalarCompare(op, el, right, caseSensitive));
  return scalarCompare(op, left, right, caseSensitive);
}

