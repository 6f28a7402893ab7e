/**
 * LanguagePrimitives' string conversion: how PowerShell turns any value into
 * text for casts, interpolation, -join and parameter binding. It is
 * culture-invariant (dates print as `MM/dd/yyyy HH:mm:ss`).
 */
import { PSObject } from './psobject.js';
import { PSHashtable } from './hashtable.js';
import { DateTime } from './datetime.js';
import { DateTimeOffset } from './datetime-offset.js';
import { PSList } from './list.js';
import { doubleToPSString } from './number-format.js';
import { typeOf } from './types.js';

/** $OFS: the separator used when an array becomes a string. */
export const DEFAULT_OFS = ' ';

const CUSTOM_OBJECT_PREFIXES = ['System.Management.Automation.PSCustomObject', 'Selected.', 'Deserialized.'];

const INT64_EDGE = 9223372036854775808; // 2^63: the double [long]::MaxValue rounds to

export function numberToPSString(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e16) return String(n === 0 ? 0 : n);
  // Past 2^53 a JS number is not exact; print Int64 values digit by digit and
  // let 2^63 stand for [long]::MaxValue.
  if (n === INT64_EDGE) return '9223372036854775807';
  if (Number.isInteger(n) && n >= -INT64_EDGE && n < INT64_EDGE) return BigInt(n).toString();
  return doubleToPSString(n);
}

/** `@{a=1; b=2}`, what a custom object looks like as a string. */
export function customObjectToString(obj: PSObject): string {
  return `@{${obj.properties().map((p) => `${p.name}=${toPSString(p.value, ' ', true)}`).join('; ')}}`;
}

export function toPSString(value: unknown, ofs: string = DEFAULT_OFS, nested = false): string {
  if (value === null || value === undefined) return '';
  switch (typeof value) {
    case 'string': return value;
    case 'number': return numberToPSString(value);
    case 'boolean': return value ? 'True' : 'False';
    case 'bigint': return value.toString();
    default: break;
  }
  if (Array.isArray(value)) {
    // Only the outer collection is joined; an inner array prints as its type name.
    if (nested) return typeOf(value)!.fullName;
    return value.map((v) => toPSString(v, ofs, true)).join(ofs);
  }
  if (value instanceof PSList) return nested ? value.toString() : value.items.map((v) => toPSString(v, ofs, true)).join(ofs);
  if (value instanceof DateTime || value instanceof DateTimeOffset) return value.toInvariantString();
  if (value instanceof PSHashtable) return value.typeName;
  if (value instanceof PSObject) {
    const method = value.getMethod('ToString');
    if (method) return toPSString(method(value, []), ofs, true);
    if (CUSTOM_OBJECT_PREFIXES.some((p) => value.typeName.startsWith(p))) return customObjectToString(value);
    return value.typeName;
  }
  const own = (value as { toString?: () => string }).toString;
  if (typeof own === 'function' && own !== Object.prototype.toString) return own.call(value);
  return typeOf(value)?.fullName ?? 'System.Object';
}
