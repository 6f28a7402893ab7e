/**
 * Ordering and equality as Sort-Object, Group-Object, Select-Object -Unique and
 * Measure-Object see them (PowerShell's ObjectCommandComparer): $null sorts
 * first, strings compare in en-US culture order (case-insensitive unless asked),
 * numbers numerically, anything else is converted to the first value's type or,
 * failing that, compared as strings.
 */
import { DateTime, toDotNetString } from './values.js';
import { isChar, isNumber, toJsNumber } from '../../values/numbers.js';

const collators = {
  insensitive: new Intl.Collator('en-US', { sensitivity: 'accent' }),
  sensitive: new Intl.Collator('en-US', { caseFirst: 'lower' }),
};

export function compareStrings(a: string, b: string, caseSensitive: boolean): number {
  return (caseSensitive ? collators.sensitive : collators.insensitive).compare(a, b);
}

export function compareValues(a: unknown, b: unknown, caseSensitive = false): number {
  const aNull = a === null || a === undefined;
  const bNull = b === null || b === undefined;
  if (aNull || bNull) return aNull && bNull ? 0 : aNull ? -nullOrder(b) : nullOrder(a);
  if (isNumber(a) && !isChar(a)) {
    const bn = toNumberOrNaN(b);
    if (!Number.isNaN(bn)) return Math.sign(toJsNumber(a)! - bn);
  } else if (typeof a === 'string') {
    if (typeof b === 'string') return compareStrings(a, b, caseSensitive);
  } else if (typeof a === 'boolean') {
    if (typeof b === 'boolean') return Number(a) - Number(b);
  } else if (a instanceof DateTime) {
    if (b instanceof DateTime) return a.compareTo(b);
  } else if (hasCompareTo(a)) {
    const r = a.compareTo(b);
    if (typeof r === 'number' && !Number.isNaN(r)) return Math.sign(r);
  }
  return compareStrings(toDotNetString(a), toDotNetString(b), caseSensitive);
}

/** How a non-null value compares with $null: a negative number is below it, anything else above (LanguagePrimitives.CompareObjectToNull). */
function nullOrder(value: unknown): number {
  return isNumber(value) && toJsNumber(value)! < 0 ? -1 : 1;
}

function toNumberOrNaN(value: unknown): number {
  if (isNumber(value)) return toJsNumber(value)!;
  if (typeof value === 'boolean') return Number(value);
  if (typeof value === 'string' && value.trim() !== '') {
    const t = value.trim();
    return /^0x[0-9a-f]+$/i.test(t) ? parseInt(t, 16) : Number(t);
  }
  return NaN;
}

function hasCompareTo(value: unknown): value is { compareTo(other: unknown): number } {
  return typeof value === 'object' && value !== null && typeof (value as { compareTo?: unknown }).compareTo === 'function';
}
