/**
 * Reading the properties a view shows: their names in order (what
 * `Format-List *` lists) and their values, for PSObjects and for the
 * built-in value types the language produces (DateTime, TimeSpan, strings).
 */
import { DateTime } from '../values/datetime.js';
import { PSGuid } from '../values/guid.js';
import { TimeSpan } from '../values/timespan.js';
import { PSObject } from '../values/psobject.js';
import { FormatOutput } from './packets.js';
import { hasWildcard, wildcardToRegExp } from '../values/comparison.js';
export { hasWildcard };

type Getter = (v: never) => unknown;

const DATETIME_PROPS: [string, Getter][] = [
  ['Date', (d: DateTime) => d.date],
  ['Day', (d: DateTime) => d.day],
  ['DayOfWeek', (d: DateTime) => d.dayOfWeekName],
  ['DayOfYear', (d: DateTime) => d.dayOfYear],
  ['Hour', (d: DateTime) => d.hour],
  ['Kind', (d: DateTime) => d.kind],
  ['Millisecond', (d: DateTime) => d.millisecond],
  ['Microsecond', (d: DateTime) => Math.floor(d.subTicks / 10)],
  ['Nanosecond', (d: DateTime) => (d.subTicks % 10) * 100],
  ['Minute', (d: DateTime) => d.minute],
  ['Month', (d: DateTime) => d.month],
  ['Second', (d: DateTime) => d.second],
  ['Ticks', (d: DateTime) => d.ticks],
  ['TimeOfDay', (d: DateTime) => d.timeOfDay],
  ['Year', (d: DateTime) => d.year],
  ['DateTime', (d: DateTime) => dateTimeLongText(d)],
];

const TIMESPAN_PROPS: [string, Getter][] = [
  ['Ticks', (t: TimeSpan) => t.ticks],
  ['Days', (t: TimeSpan) => t.days],
  ['Hours', (t: TimeSpan) => t.hours],
  ['Milliseconds', (t: TimeSpan) => t.milliseconds],
  ['Microseconds', (t: TimeSpan) => Math.trunc((t.ticks % 10_000) / 10)],
  ['Nanoseconds', (t: TimeSpan) => (t.ticks % 10) * 100],
  ['Minutes', (t: TimeSpan) => t.minutes],
  ['Seconds', (t: TimeSpan) => t.seconds],
  ['TotalDays', (t: TimeSpan) => t.totalDays],
  ['TotalHours', (t: TimeSpan) => t.totalHours],
  ['TotalMilliseconds', (t: TimeSpan) => t.totalMilliseconds],
  ['TotalMicroseconds', (t: TimeSpan) => t.ticks / 10],
  ['TotalNanoseconds', (t: TimeSpan) => t.ticks * 100],
  ['TotalMinutes', (t: TimeSpan) => t.totalMinutes],
  ['TotalSeconds', (t: TimeSpan) => t.totalSeconds],
];

/** The `DateTime` script property pwsh adds to dates: long date and long time. */
export function dateTimeLongText(d: DateTime): string {
  return `${d.toLongDateString()} ${d.toLongTimeString()}`;
}

/** types.ps1xml gives System.Guid a `Guid` property: its text. */
const GUID_PROPS: [string, Getter][] = [['Guid', (g: PSGuid) => g.toString()]];

function table(value: unknown): [string, Getter][] | undefined {
  if (value instanceof DateTime) return DATETIME_PROPS;
  if (value instanceof TimeSpan) return TIMESPAN_PROPS;
  if (value instanceof PSGuid) return GUID_PROPS;
  return undefined;
}

/** Property names in display order; scalars and collections have none worth showing. */
export function propertyNames(value: unknown): string[] {
  if (value instanceof PSObject) return value.names();
  if (typeof value === 'string') return ['Length'];
  return table(value)?.map(([name]) => name) ?? [];
}

export function hasProperty(value: unknown, name: string): boolean {
  if (value instanceof PSObject) return value.has(name);
  const lower = name.toLowerCase();
  return propertyNames(value).some((n) => n.toLowerCase() === lower);
}

/** A property's value, or undefined when the object has no such property. */
export function getProperty(value: unknown, name: string): unknown {
  if (value === null || value === undefined || value instanceof FormatOutput) return undefined;
  if (value instanceof PSObject) return value.get(name);
  const lower = name.toLowerCase();
  if (typeof value === 'string') return lower === 'length' ? value.length : undefined;
  if (Array.isArray(value) && (lower === 'count' || lower === 'length')) return value.length;
  const getter = table(value)?.find(([n]) => n.toLowerCase() === lower)?.[1];
  return getter ? (getter as (v: unknown) => unknown)(value) : undefined;
}

/** PowerShell wildcard (`*`, `?`, `[a-z]`, backtick escapes), case-insensitive: the -like operator's rules. */
export function wildcardRegex(pattern: string): RegExp {
  return wildcardToRegExp(pattern);
}

/**
 * Names of `value` matching `pattern`. A plain name the object lacks still
 * gives a (blank) table column but no list line, as in pwsh.
 */
export function expandPropertyPattern(value: unknown, pattern: string, keepMissing = true): string[] {
  if (!hasWildcard(pattern)) {
    const lower = pattern.toLowerCase();
    const found = propertyNames(value).find((n) => n.toLowerCase() === lower);
    return found ? [found] : keepMissing ? [pattern] : [];
  }
  const re = wildcardRegex(pattern);
  return propertyNames(value).filter((n) => re.test(n));
}
