/** Properties and methods of System.DateTime, System.DateTimeOffset and System.TimeSpan. */
import { DateTime } from './datetime.js';
import { DateTimeOffset } from './datetime-offset.js';
import { TimeSpan } from './timespan.js';
import { DotNetException } from './errors.js';
import { argNum, argInt, argStr, type MethodTable } from './method-support.js';
import { toPSString } from './to-string.js';
import { PSEnumValue, enumValue } from './enum.js';

export function dateTimeProperty(d: DateTime, name: string): { found: boolean; value?: unknown } {
  switch (name) {
    case 'year': return { found: true, value: d.year };
    case 'month': return { found: true, value: d.month };
    case 'day': return { found: true, value: d.day };
    case 'hour': return { found: true, value: d.hour };
    case 'minute': return { found: true, value: d.minute };
    case 'second': return { found: true, value: d.second };
    case 'millisecond': return { found: true, value: d.millisecond };
    case 'microsecond': return { found: true, value: Math.floor(d.subTicks / 10) };
    case 'nanosecond': return { found: true, value: (d.subTicks % 10) * 100 };
    case 'dayofweek': return { found: true, value: new PSEnumValue('System.DayOfWeek', d.dayOfWeekName, d.dayOfWeek) };
    case 'dayofyear': return { found: true, value: d.dayOfYear };
    case 'date': return { found: true, value: d.date };
    case 'timeofday': return { found: true, value: d.timeOfDay };
    case 'kind': return { found: true, value: enumValue('System.DateTimeKind', d.kind) };
    case 'ticks': return { found: true, value: d.ticks };
    // PowerShell's ETS adds DateTime: the long date and time.
    case 'datetime': return { found: true, value: d.toString('F') };
    case 'displayhint': return { found: true, value: 'DateTime' };
    default: return { found: false };
  }
}

/** The clock's parts come from DateTime; the rest are DateTimeOffset's own. */
export function dateTimeOffsetProperty(d: DateTimeOffset, name: string): { found: boolean; value?: unknown } {
  switch (name) {
    case 'datetime': return { found: true, value: d.dateTime };
    case 'utcdatetime': return { found: true, value: d.utcDateTime };
    case 'localdatetime': return { found: true, value: d.localDateTime };
    case 'offset': return { found: true, value: d.offset };
    case 'utcticks': return { found: true, value: d.utcTicks };
    case 'kind': case 'displayhint': return { found: false };
    default: return dateTimeProperty(d.clock, name);
  }
}

export function timeSpanProperty(t: TimeSpan, name: string): { found: boolean; value?: unknown } {
  switch (name) {
    case 'days': return { found: true, value: t.days };
    case 'hours': return { found: true, value: t.hours };
    case 'minutes': return { found: true, value: t.minutes };
    case 'seconds': return { found: true, value: t.seconds };
    case 'milliseconds': return { found: true, value: t.milliseconds };
    case 'ticks': return { found: true, value: t.ticks };
    case 'totaldays': return { found: true, value: t.totalDays };
    case 'totalhours': return { found: true, value: t.totalHours };
    case 'totalminutes': return { found: true, value: t.totalMinutes };
    case 'totalseconds': return { found: true, value: t.totalSeconds };
    case 'totalmilliseconds': return { found: true, value: t.totalMilliseconds };
    default: return { found: false };
  }
}

function asDate(v: unknown): DateTime {
  if (v instanceof DateTime) return v;
  const d = typeof v === 'string' ? DateTime.parse(v) : null;
  if (!d) throw new DotNetException(`Object must be of type DateTime.`, 'System.ArgumentException');
  return d;
}

function asOffsetDate(v: unknown): DateTimeOffset {
  if (v instanceof DateTimeOffset || v instanceof DateTime) return DateTimeOffset.from(v);
  const d = typeof v === 'string' ? DateTimeOffset.parse(v) : null;
  if (d) return d;
  throw new DotNetException('Object must be of type DateTimeOffset.', 'System.ArgumentException');
}

function asSpan(v: unknown): TimeSpan {
  if (v instanceof TimeSpan) return v;
  throw new DotNetException('Object must be of type TimeSpan.', 'System.ArgumentException');
}

/** Add* with a fractional count rounds to the millisecond when it does not fit the range (ArgumentOutOfRange). */
function addChecked<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof RangeError) throw new DotNetException("The added or subtracted value results in an un-representable DateTime. (Parameter 'value')", 'System.ArgumentOutOfRangeException');
    throw e;
  }
}

export const DATETIME_METHODS: MethodTable<DateTime> = {
  adddays: { name: 'AddDays', arity: [1], fn: (d, [n]) => addChecked(() => d.addDays(argNum(n))) },
  addhours: { name: 'AddHours', arity: [1], fn: (d, [n]) => addChecked(() => d.addHours(argNum(n))) },
  addminutes: { name: 'AddMinutes', arity: [1], fn: (d, [n]) => addChecked(() => d.addMinutes(argNum(n))) },
  addseconds: { name: 'AddSeconds', arity: [1], fn: (d, [n]) => addChecked(() => d.addSeconds(argNum(n))) },
  addmilliseconds: { name: 'AddMilliseconds', arity: [1], fn: (d, [n]) => addChecked(() => d.addMilliseconds(argNum(n))) },
  addticks: { name: 'AddTicks', arity: [1], fn: (d, [n]) => addChecked(() => d.addTicks(argInt(n))) },
  addmonths: { name: 'AddMonths', arity: [1], fn: (d, [n]) => addChecked(() => d.addMonths(argInt(n))) },
  addyears: { name: 'AddYears', arity: [1], fn: (d, [n]) => addChecked(() => d.addYears(argInt(n))) },
  add: { name: 'Add', arity: [1], fn: (d, [t]) => addChecked(() => d.add(asSpan(t))) },
  subtract: {
    name: 'Subtract', arity: [1],
    fn: (d, [o]) => (o instanceof TimeSpan ? addChecked(() => d.subtract(o)) : d.subtract(asDate(o))),
  },
  tostring: {
    name: 'ToString', arity: [0, 1, 2],
    fn: (d, a) => d.toString(a.length && a[0] !== null ? argStr(a[0]) : undefined, a.length > 1 && /invariant/i.test(toPSString(a[1])) ? 'invariant' : 'en-US'),
  },
  touniversaltime: { name: 'ToUniversalTime', arity: [0], fn: (d) => d.toUniversalTime() },
  tolocaltime: { name: 'ToLocalTime', arity: [0], fn: (d) => d.toLocalTime() },
  toshortdatestring: { name: 'ToShortDateString', arity: [0], fn: (d) => d.toShortDateString() },
  tolongdatestring: { name: 'ToLongDateString', arity: [0], fn: (d) => d.toLongDateString() },
  toshorttimestring: { name: 'ToShortTimeString', arity: [0], fn: (d) => d.toShortTimeString() },
  tolongtimestring: { name: 'ToLongTimeString', arity: [0], fn: (d) => d.toLongTimeString() },
  tofiletime: { name: 'ToFileTime', arity: [0], fn: (d) => d.toUniversalTime().ticks - 504911232000000000 },
  isdaylightsavingtime: { name: 'IsDaylightSavingTime', arity: [0], fn: (d) => d.isDaylightSavingTime() },
  compareto: { name: 'CompareTo', arity: [1], fn: (d, [o]) => (o === null ? 1 : d.compareTo(asDate(o))) },
  equals: { name: 'Equals', arity: [1], fn: (d, [o]) => d.equals(o) },
  gethashcode: { name: 'GetHashCode', arity: [0], fn: (d) => d.wallMs | 0 },
};

/** Add* move the clock and keep the offset. */
function shifted(name: string, add: (d: DateTime, n: unknown) => DateTime): MethodTable<DateTimeOffset>[string] {
  return { name, arity: [1], fn: (o, [n]) => addChecked(() => o.map((c) => add(c, n))) };
}

export const DATETIMEOFFSET_METHODS: MethodTable<DateTimeOffset> = {
  adddays: shifted('AddDays', (d, n) => d.addDays(argNum(n))),
  addhours: shifted('AddHours', (d, n) => d.addHours(argNum(n))),
  addminutes: shifted('AddMinutes', (d, n) => d.addMinutes(argNum(n))),
  addseconds: shifted('AddSeconds', (d, n) => d.addSeconds(argNum(n))),
  addmilliseconds: shifted('AddMilliseconds', (d, n) => d.addMilliseconds(argNum(n))),
  addmonths: shifted('AddMonths', (d, n) => d.addMonths(argInt(n))),
  addyears: shifted('AddYears', (d, n) => d.addYears(argInt(n))),
  add: shifted('Add', (d, t) => d.add(asSpan(t))),
  subtract: {
    name: 'Subtract', arity: [1],
    fn: (d, [o]) => (o instanceof TimeSpan ? addChecked(() => d.map((c) => c.subtract(o))) : d.utcDateTime.subtract(asOffsetDate(o).utcDateTime)),
  },
  tostring: {
    name: 'ToString', arity: [0, 1, 2],
    fn: (d, a) => d.toString(a.length && a[0] !== null ? argStr(a[0]) : undefined, a.length > 1 && /invariant/i.test(toPSString(a[1])) ? 'invariant' : 'en-US'),
  },
  touniversaltime: { name: 'ToUniversalTime', arity: [0], fn: (d) => d.toUniversalTime() },
  tolocaltime: { name: 'ToLocalTime', arity: [0], fn: (d) => d.toLocalTime() },
  tooffset: { name: 'ToOffset', arity: [1], fn: (d, [t]) => d.toOffset(asSpan(t)) },
  tounixtimeseconds: { name: 'ToUnixTimeSeconds', arity: [0], fn: (d) => d.toUnixTimeSeconds() },
  tounixtimemilliseconds: { name: 'ToUnixTimeMilliseconds', arity: [0], fn: (d) => d.toUnixTimeMilliseconds() },
  compareto: { name: 'CompareTo', arity: [1], fn: (d, [o]) => (o === null ? 1 : d.compareTo(asOffsetDate(o))) },
  equals: { name: 'Equals', arity: [1], fn: (d, [o]) => d.equals(o) },
  gethashcode: { name: 'GetHashCode', arity: [0], fn: (d) => d.toInstant() | 0 },
};

export const TIMESPAN_METHODS: MethodTable<TimeSpan> = {
  add: { name: 'Add', arity: [1], fn: (t, [o]) => t.add(asSpan(o)) },
  subtract: { name: 'Subtract', arity: [1], fn: (t, [o]) => t.subtract(asSpan(o)) },
  negate: { name: 'Negate', arity: [0], fn: (t) => t.negate() },
  duration: { name: 'Duration', arity: [0], fn: (t) => t.duration() },
  multiply: { name: 'Multiply', arity: [1], fn: (t, [n]) => t.multiply(argNum(n)) },
  divide: { name: 'Divide', arity: [1], fn: (t, [n]) => (n instanceof TimeSpan ? t.ticks / n.ticks : t.divide(argNum(n))) },
  tostring: { name: 'ToString', arity: [0, 1, 2], fn: (t, a) => t.toString(a.length && a[0] !== null ? argStr(a[0]) : undefined) },
  compareto: { name: 'CompareTo', arity: [1], fn: (t, [o]) => (o === null ? 1 : t.compareTo(asSpan(o))) },
  equals: { name: 'Equals', arity: [1], fn: (t, [o]) => t.equals(o) },
  gethashcode: { name: 'GetHashCode', arity: [0], fn: (t) => t.ticks | 0 },
};
