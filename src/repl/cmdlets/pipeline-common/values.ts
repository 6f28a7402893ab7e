/**
 * The value-layer functions the pipeline cmdlets use, gathered in one place so
 * each cmdlet imports from here and the rules themselves live in src/repl/values/.
 */
import { PSObject } from '../../values/psobject.js';
import { DateTime } from '../../values/datetime.js';
import { TimeSpan } from '../../values/timespan.js';
import { toBoolean, toPSString } from '../../values/convert.js';
import { getMember } from '../../values/members.js';
import { hashtableEntries, hashtableLookup, isHashtable } from './hashtable.js';

export { PSObject, DateTime, toBoolean, toPSString };

/**
 * .NET ToString() in the current (en-US) culture, which Export-Csv, Group-Object
 * names and Measure-Object's min/max comparisons use: arrays are
 * 'System.Object[]', dates use the en-US general format.
 */
export function toDotNetString(value: unknown): string {
  if (Array.isArray(value)) return 'System.Object[]';
  if (value instanceof DateTime) return value.toString();
  return toPSString(value);
}

/** A property or (for a hashtable) key of any value, $null when absent: what `$_.Name` reads. */
export function getProperty(value: unknown, name: string): unknown {
  if (isHashtable(value)) {
    const hit = hashtableLookup(value, name);
    if (hit.found) return hit.value;
  }
  return memberValue(value, name);
}

/** A property as property expressions (Select-Object, Sort-Object...) read it; a hashtable's keys count, as in pwsh 7. */
export function memberValue(value: unknown, name: string): unknown {
  if (value instanceof PSObject) return value.get(name) ?? null;
  if (value === null || value === undefined) return null;
  if (isHashtable(value)) {
    const hit = hashtableLookup(value, name);
    if (hit.found) return hit.value;
    const lower = name.toLowerCase();
    if (lower === 'count') return hashtableEntries(value).length;
    if (lower === 'keys') return hashtableEntries(value).map(([k]) => k);
    if (lower === 'values') return hashtableEntries(value).map(([, v]) => v);
    return null;
  }
  if (Array.isArray(value)) {
    const lower = name.toLowerCase();
    return lower === 'count' || lower === 'length' ? value.length : null;
  }
  return getMember(value, name);
}

/** The property's own spelling (a hashtable key as stored), or undefined when there is none. */
export function resolvePropertyName(value: unknown, name: string): string | undefined {
  const lower = name.toLowerCase();
  if (isHashtable(value)) {
    const key = hashtableEntries(value).find(([k]) => typeof k === 'string' && k.toLowerCase() === lower);
    if (key) return key[0] as string;
  }
  return propertyNames(value).find((n) => n.toLowerCase() === lower);
}

export function hasProperty(value: unknown, name: string): boolean {
  if (value instanceof PSObject) return value.has(name);
  if (isHashtable(value) && hashtableLookup(value, name).found) return true;
  return propertyNames(value).some((n) => n.toLowerCase() === name.toLowerCase());
}

/** Names of the properties Select-Object * / Export-Csv see. */
export function propertyNames(value: unknown): string[] {
  if (value instanceof PSObject) return value.names();
  if (typeof value === 'string') return ['Length'];
  if (value instanceof DateTime) return [...DATE_PROPERTIES];
  if (value instanceof TimeSpan) return [...TIMESPAN_PROPERTIES];
  if (isHashtable(value)) return ['IsReadOnly', 'IsFixedSize', 'IsSynchronized', 'Keys', 'Values', 'SyncRoot', 'Count'];
  return [];
}

const TIMESPAN_PROPERTIES = ['Ticks', 'Days', 'Hours', 'Milliseconds', 'Microseconds', 'Nanoseconds', 'Minutes', 'Seconds', 'TotalDays', 'TotalHours', 'TotalMilliseconds', 'TotalMicroseconds', 'TotalNanoseconds', 'TotalMinutes', 'TotalSeconds'] as const;
const DATE_PROPERTIES = ['DisplayHint', 'DateTime', 'Date', 'Day', 'DayOfWeek', 'DayOfYear', 'Hour', 'Kind', 'Millisecond', 'Microsecond', 'Nanosecond', 'Minute', 'Month', 'Second', 'Ticks', 'TimeOfDay', 'Year'] as const;
