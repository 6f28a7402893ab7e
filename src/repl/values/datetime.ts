/**
 * System.DateTime. A value is its wall-clock reading (what the fields say),
 * held as milliseconds since 1970-01-01 of that reading plus the sub-millisecond
 * ticks, and a Kind. Like .NET, arithmetic and comparison work on the wall
 * clock and ignore Kind; only ToUniversalTime/ToLocalTime consult the local
 * time zone (the process's TZ).
 */
import { TimeSpan, TICKS_PER_MS } from './timespan.js';
import { formatDateTime, type Culture } from './datetime-format.js';
import { parseDateTime, parseDateTimeExact } from './datetime-parse.js';
import { formatUFormat } from './uformat.js';
import { DAY_NAMES, daysInMonth } from './calendar.js';

export { TimeSpan } from './timespan.js';
export type { Culture } from './datetime-format.js';
export { DAY_NAMES, MONTH_NAMES, daysInMonth, isLeapYear } from './calendar.js';

export type DateTimeKind = 'Unspecified' | 'Utc' | 'Local';


/** .NET ticks at 1970-01-01T00:00:00 (DateTime.UnixEpoch.Ticks). */
const EPOCH_TICKS = 621_355_968_000_000_000;
const MIN_MS = -62_135_596_800_000; // 0001-01-01
const MAX_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999
const MS_PER_DAY = 86_400_000;

/** Offset of the local zone from UTC, in ms, at a UTC instant. */
export function localOffsetMsAt(utcMs: number): number {
  return -new Date(utcMs).getTimezoneOffset() * 60_000;
}

function localWallToUtc(wallMs: number): number {
  // The offset depends on the instant we are solving for; two rounds settle it
  // everywhere except inside a DST gap, where .NET also picks one side.
  const guess = wallMs - localOffsetMsAt(wallMs);
  return wallMs - localOffsetMsAt(guess);
}

function wallFromParts(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number): number {
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d); // setUTCFullYear keeps years 0-99 literal, unlike Date.UTC
  date.setUTCHours(h, mi, s, ms);
  return date.getTime();
}

export class DateTime {
  /** Wall-clock milliseconds since 1970-01-01T00:00:00 of the same reading. */
  readonly wallMs: number;
  /** Sub-millisecond ticks, 0..9999. */
  readonly subTicks: number;
  readonly kind: DateTimeKind;

  constructor(wallMs: number, kind: DateTimeKind = 'Unspecified', subTicks = 0) {
    const whole = Math.floor(wallMs);
    let extra = Math.round((wallMs - whole) * TICKS_PER_MS) + subTicks;
    const carry = Math.floor(extra / TICKS_PER_MS);
    extra -= carry * TICKS_PER_MS;
    this.wallMs = whole + carry;
    this.subTicks = extra;
    this.kind = kind;
    if (this.wallMs < MIN_MS || this.wallMs > MAX_MS) {
      throw new RangeError('The added or subtracted value results in an un-representable DateTime.');
    }
  }

  static fromParts(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0, kind: DateTimeKind = 'Unspecified'): DateTime {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || year < 1 || year > 9999
      || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || millisecond < 0 || millisecond > 999) {
      throw new RangeError('Year, Month, and Day parameters describe an un-representable DateTime.');
    }
    return new DateTime(wallFromParts(year, month, day, hour, minute, second, millisecond), kind);
  }

  /** A UTC instant (JS epoch ms) seen as a Local or Utc DateTime. */
  static fromInstant(utcMs: number, kind: 'Local' | 'Utc' = 'Local'): DateTime {
    return new DateTime(kind === 'Utc' ? utcMs : utcMs + localOffsetMsAt(utcMs), kind);
  }

  static fromTicks(ticks: number, kind: DateTimeKind = 'Unspecified'): DateTime {
    const rel = ticks - EPOCH_TICKS;
    const ms = Math.floor(rel / TICKS_PER_MS);
    return new DateTime(ms, kind, rel - ms * TICKS_PER_MS);
  }

  static now(): DateTime { return DateTime.fromInstant(Date.now(), 'Local'); }
  static utcNow(): DateTime { return DateTime.fromInstant(Date.now(), 'Utc'); }
  static today(): DateTime { return DateTime.now().date; }

  static readonly MinValue = new DateTime(MIN_MS);
  static readonly MaxValue = new DateTime(MAX_MS, 'Unspecified', 9999);
  static readonly UnixEpoch = new DateTime(0, 'Utc');

  /** DateTime.Parse: null when the text is not a date PowerShell would accept. */
  static parse(text: string): DateTime | null { return parseDateTime(text); }
  static parseExact(text: string, format: string): DateTime | null { return parseDateTimeExact(text, format); }

  private get fields(): Date { return new Date(this.wallMs); }

  get year(): number { return this.fields.getUTCFullYear(); }
  get month(): number { return this.fields.getUTCMonth() + 1; }
  get day(): number { return this.fields.getUTCDate(); }
  get hour(): number { return this.fields.getUTCHours(); }
  get minute(): number { return this.fields.getUTCMinutes(); }
  get second(): number { return this.fields.getUTCSeconds(); }
  get millisecond(): number { return this.fields.getUTCMilliseconds(); }
  /** 0 = Sunday, as System.DayOfWeek. */
  get dayOfWeek(): number { return this.fields.getUTCDay(); }
  get dayOfWeekName(): string { return DAY_NAMES[this.dayOfWeek]!; }
  get dayOfYear(): number {
    return Math.floor((this.wallMs - wallFromParts(this.year, 1, 1, 0, 0, 0, 0)) / MS_PER_DAY) + 1;
  }
  get date(): DateTime { return new DateTime(Math.floor(this.wallMs / MS_PER_DAY) * MS_PER_DAY, this.kind); }
  get timeOfDay(): TimeSpan { return new TimeSpan(this.ticks - this.date.ticks); }
  /** .NET ticks; beyond 2^53 a JS number rounds the last digits. */
  get ticks(): number { return EPOCH_TICKS + this.wallMs * TICKS_PER_MS + this.subTicks; }

  /** The UTC instant in JS epoch ms (Unspecified counts as local, like ToUniversalTime). */
  toInstant(): number {
    return this.kind === 'Utc' ? this.wallMs : localWallToUtc(this.wallMs);
  }

  toJSDate(): Date { return new Date(this.toInstant()); }

  toUniversalTime(): DateTime {
    if (this.kind === 'Utc') return this;
    return new DateTime(localWallToUtc(this.wallMs), 'Utc', this.subTicks);
  }

  toLocalTime(): DateTime {
    if (this.kind === 'Local') return this;
    return new DateTime(this.wallMs + localOffsetMsAt(this.wallMs), 'Local', this.subTicks);
  }

  specifyKind(kind: DateTimeKind): DateTime { return new DateTime(this.wallMs, kind, this.subTicks); }

  /** Offset from UTC this value's 'z'/'K' specifiers show. */
  utcOffsetMs(): number {
    return this.kind === 'Utc' ? 0 : localOffsetMsAt(localWallToUtc(this.wallMs));
  }

  isDaylightSavingTime(): boolean {
    if (this.kind === 'Utc') return false;
    const y = this.year;
    const standard = Math.min(localOffsetMsAt(Date.UTC(y, 0, 1)), localOffsetMsAt(Date.UTC(y, 6, 1)));
    return this.utcOffsetMs() > standard;
  }

  add(span: TimeSpan): DateTime { return this.addTicks(span.ticks); }
  addTicks(ticks: number): DateTime { return new DateTime(this.wallMs, this.kind, this.subTicks + ticks); }
  addMilliseconds(n: number): DateTime { return this.addTicks(Math.round(n * TICKS_PER_MS)); }
  addSeconds(n: number): DateTime { return this.addMilliseconds(n * 1000); }
  addMinutes(n: number): DateTime { return this.addMilliseconds(n * 60_000); }
  addHours(n: number): DateTime { return this.addMilliseconds(n * 3_600_000); }
  addDays(n: number): DateTime { return this.addMilliseconds(n * MS_PER_DAY); }

  /** Calendar months; the day clamps to the target month's length (Jan 31 + 1 month = Feb 28/29). */
  addMonths(n: number): DateTime {
    if (!Number.isInteger(n)) throw new RangeError('Months value must be an integer.');
    const total = this.year * 12 + (this.month - 1) + n;
    const y = Math.floor(total / 12);
    const m = total - y * 12 + 1;
    if (y < 1 || y > 9999) throw new RangeError('The added or subtracted value results in an un-representable DateTime.');
    const d = Math.min(this.day, daysInMonth(y, m));
    const timeMs = this.wallMs - Math.floor(this.wallMs / MS_PER_DAY) * MS_PER_DAY;
    return new DateTime(wallFromParts(y, m, d, 0, 0, 0, 0) + timeMs, this.kind, this.subTicks);
  }

  addYears(n: number): DateTime { return this.addMonths(n * 12); }

  subtract(other: DateTime): TimeSpan;
  subtract(other: TimeSpan): DateTime;
  subtract(other: DateTime | TimeSpan): TimeSpan | DateTime {
    if (other instanceof TimeSpan) return this.addTicks(-other.ticks);
    return new TimeSpan((this.wallMs - other.wallMs) * TICKS_PER_MS + (this.subTicks - other.subTicks));
  }

  compareTo(other: DateTime): number {
    return Math.sign(this.wallMs - other.wallMs || this.subTicks - other.subTicks);
  }

  equals(other: unknown): boolean {
    return other instanceof DateTime && other.wallMs === this.wallMs && other.subTicks === this.subTicks;
  }

  /** No format: en-US general (`G`), which is how PowerShell shows a date in output. */
  toString(format?: string | null, culture: Culture = 'en-US'): string {
    return formatDateTime(this, format || 'G', culture);
  }

  /** How PowerShell converts a date to string (interpolation, -join, casts): InvariantCulture `G`. */
  toInvariantString(): string { return formatDateTime(this, 'G', 'invariant'); }

  toShortDateString(): string { return formatDateTime(this, 'd', 'en-US'); }
  toLongDateString(): string { return formatDateTime(this, 'D', 'en-US'); }
  toShortTimeString(): string { return formatDateTime(this, 't', 'en-US'); }
  toLongTimeString(): string { return formatDateTime(this, 'T', 'en-US'); }

  /** `Get-Date -UFormat`. */
  toUFormat(format: string): string { return formatUFormat(this, format); }

  /** Seconds since 1970-01-01 UTC. */
  toUnixTimeSeconds(): number { return Math.floor(this.toInstant() / 1000); }
}
