/**
 * System.DateTimeOffset: a wall-clock reading (a DateTime of Kind
 * Unspecified) and its offset from UTC. Unlike DateTime, comparison and
 * equality work on the UTC instant, and a DateTime meets a DateTimeOffset as
 * .NET's implicit conversion makes it one (Utc: +00:00, otherwise the local
 * offset).
 */
import { DateTime, TimeSpan, type Culture } from './datetime.js';
import { formatCustom, standardPattern } from './datetime-format.js';
import { clockOf, parseDateParts } from './datetime-parse.js';
import { formatException } from './errors.js';
import { TICKS_PER_MS } from './timespan.js';

const MAX_OFFSET_MS = 14 * 3_600_000;

/** The culture's DateTimeOffsetPattern: what ToString() with no format gives. */
const OFFSET_PATTERN: Record<Culture, string> = {
  'en-US': 'M/d/yyyy h:mm:ss tt zzz',
  invariant: 'MM/dd/yyyy HH:mm:ss zzz',
};

export class DateTimeOffset {
  /** The reading in the offset's zone, Kind Unspecified. */
  readonly clock: DateTime;
  readonly offsetMs: number;

  constructor(clock: DateTime, offsetMs: number) {
    if (offsetMs % 60_000 !== 0) throw new RangeError('Offset must be specified in whole minutes.');
    if (Math.abs(offsetMs) > MAX_OFFSET_MS) throw new RangeError('Offset must be within plus or minus 14 hours.');
    this.clock = clock.kind === 'Unspecified' ? clock : clock.specifyKind('Unspecified');
    this.offsetMs = offsetMs || 0; // -getTimezoneOffset() gives -0 in UTC
  }

  /** A UTC instant (JS epoch ms) shown at an offset (default +00:00). */
  static fromInstant(utcMs: number, offsetMs = 0): DateTimeOffset {
    return new DateTimeOffset(new DateTime(utcMs + offsetMs), offsetMs);
  }

  /** .NET's implicit DateTime → DateTimeOffset: Utc keeps +00:00, Local and Unspecified take the local offset. */
  static fromDateTime(d: DateTime): DateTimeOffset {
    return new DateTimeOffset(d, d.kind === 'Utc' ? 0 : d.utcOffsetMs());
  }

  /** Either date type as a DateTimeOffset, for comparing the two. */
  static from(d: DateTime | DateTimeOffset): DateTimeOffset {
    return d instanceof DateTimeOffset ? d : DateTimeOffset.fromDateTime(d);
  }

  static now(): DateTimeOffset { return DateTimeOffset.fromDateTime(DateTime.now()); }
  static utcNow(): DateTimeOffset { return DateTimeOffset.fromInstant(Date.now()); }

  /** DateTimeOffset.Parse: the text's zone when it names one, else the local offset; null when unreadable. */
  static parse(text: string): DateTimeOffset | null {
    const parts = parseDateParts(text);
    const clock = parts && clockOf(parts);
    if (!parts || !clock) return null;
    if (parts.offsetMin === undefined) return DateTimeOffset.fromDateTime(clock);
    return new DateTimeOffset(clock, parts.offsetMin * 60_000);
  }

  get offset(): TimeSpan { return new TimeSpan(this.offsetMs * TICKS_PER_MS); }
  get dateTime(): DateTime { return this.clock; }
  get utcDateTime(): DateTime { return new DateTime(this.clock.wallMs - this.offsetMs, 'Utc', this.clock.subTicks); }
  get localDateTime(): DateTime { return this.utcDateTime.toLocalTime(); }
  get utcTicks(): number { return this.utcDateTime.ticks; }

  /** The UTC instant in JS epoch ms. */
  toInstant(): number { return this.clock.wallMs - this.offsetMs; }

  toUniversalTime(): DateTimeOffset { return new DateTimeOffset(this.utcDateTime, 0); }
  toLocalTime(): DateTimeOffset { return DateTimeOffset.fromDateTime(this.localDateTime); }
  toOffset(offset: TimeSpan): DateTimeOffset {
    const offsetMs = offset.ticks / TICKS_PER_MS;
    return new DateTimeOffset(this.utcDateTime.addMilliseconds(offsetMs), offsetMs);
  }

  /** Shifts the clock and keeps the offset, as every DateTimeOffset.Add* does. */
  map(fn: (clock: DateTime) => DateTime): DateTimeOffset { return new DateTimeOffset(fn(this.clock), this.offsetMs); }

  compareTo(other: DateTimeOffset | DateTime): number {
    const o = other instanceof DateTime ? DateTimeOffset.fromDateTime(other) : other;
    return this.utcDateTime.compareTo(o.utcDateTime);
  }

  equals(other: unknown): boolean {
    return (other instanceof DateTimeOffset || other instanceof DateTime) && this.compareTo(other) === 0;
  }

  /** No format: the culture's date, long time and offset (`11/26/2026 5:12:03 PM +00:00`), as output shows it. */
  toString(format?: string | null, culture: Culture = 'en-US'): string {
    if (!format) return formatCustom(this.clock, OFFSET_PATTERN[culture], this.offsetMs);
    if (format.length > 1) return formatCustom(this.clock, format, this.offsetMs);
    const pattern = format === 'U' ? undefined : standardPattern(format, culture);
    if (pattern === undefined) throw formatException();
    // 'u' and 'r' describe the UTC instant.
    if (/^[uRr]$/.test(format)) return formatCustom(this.utcDateTime, pattern, 0);
    return formatCustom(this.clock, pattern, this.offsetMs);
  }

  /** How PowerShell converts it to string (interpolation, -join, casts): InvariantCulture. */
  toInvariantString(): string { return this.toString(null, 'invariant'); }

  toUnixTimeSeconds(): number { return Math.floor(this.toInstant() / 1000); }
  toUnixTimeMilliseconds(): number { return Math.floor(this.toInstant()); }
}
