/**
 * System.TimeSpan: a signed duration counted in 100-nanosecond ticks, as .NET
 * does. Ticks are held in a JS number, which is exact up to 2^53 ticks
 * (about 28 years); longer spans lose sub-millisecond precision only.
 */
import { formatTimeSpan } from './timespan-format.js';

export const TICKS_PER_MS = 10_000;
export const TICKS_PER_SECOND = 10_000_000;
export const TICKS_PER_MINUTE = 600_000_000;
export const TICKS_PER_HOUR = 36_000_000_000;
export const TICKS_PER_DAY = 864_000_000_000;

export class TimeSpan {
  readonly ticks: number;

  constructor(ticks: number) {
    this.ticks = Math.trunc(ticks) || 0;
  }

  /** `[timespan]::new(h, m, s)` / `(d, h, m, s[, ms])`, as the .NET constructors. */
  static fromParts(days: number, hours: number, minutes: number, seconds: number, milliseconds = 0): TimeSpan {
    return new TimeSpan(
      days * TICKS_PER_DAY + hours * TICKS_PER_HOUR + minutes * TICKS_PER_MINUTE + seconds * TICKS_PER_SECOND + milliseconds * TICKS_PER_MS,
    );
  }

  static fromDays(n: number): TimeSpan { return new TimeSpan(Math.round(n * TICKS_PER_DAY)); }
  static fromHours(n: number): TimeSpan { return new TimeSpan(Math.round(n * TICKS_PER_HOUR)); }
  static fromMinutes(n: number): TimeSpan { return new TimeSpan(Math.round(n * TICKS_PER_MINUTE)); }
  static fromSeconds(n: number): TimeSpan { return new TimeSpan(Math.round(n * TICKS_PER_SECOND)); }
  static fromMilliseconds(n: number): TimeSpan { return new TimeSpan(Math.round(n * TICKS_PER_MS)); }

  static readonly Zero = new TimeSpan(0);
  static readonly MaxValue = new TimeSpan(Number.MAX_SAFE_INTEGER);
  static readonly MinValue = new TimeSpan(-Number.MAX_SAFE_INTEGER);

  // Components truncate toward zero, so a negative span has negative parts (as in .NET).
  get days(): number { return Math.trunc(this.ticks / TICKS_PER_DAY); }
  get hours(): number { return Math.trunc((this.ticks % TICKS_PER_DAY) / TICKS_PER_HOUR); }
  get minutes(): number { return Math.trunc((this.ticks % TICKS_PER_HOUR) / TICKS_PER_MINUTE); }
  get seconds(): number { return Math.trunc((this.ticks % TICKS_PER_MINUTE) / TICKS_PER_SECOND); }
  get milliseconds(): number { return Math.trunc((this.ticks % TICKS_PER_SECOND) / TICKS_PER_MS); }

  get totalDays(): number { return this.ticks / TICKS_PER_DAY; }
  get totalHours(): number { return this.ticks / TICKS_PER_HOUR; }
  get totalMinutes(): number { return this.ticks / TICKS_PER_MINUTE; }
  get totalSeconds(): number { return this.ticks / TICKS_PER_SECOND; }
  get totalMilliseconds(): number { return this.ticks / TICKS_PER_MS; }

  add(other: TimeSpan): TimeSpan { return new TimeSpan(this.ticks + other.ticks); }
  subtract(other: TimeSpan): TimeSpan { return new TimeSpan(this.ticks - other.ticks); }
  negate(): TimeSpan { return new TimeSpan(-this.ticks); }
  duration(): TimeSpan { return new TimeSpan(Math.abs(this.ticks)); }
  multiply(factor: number): TimeSpan { return new TimeSpan(Math.round(this.ticks * factor)); }
  divide(divisor: number): TimeSpan { return new TimeSpan(Math.round(this.ticks / divisor)); }

  compareTo(other: TimeSpan): number { return Math.sign(this.ticks - other.ticks); }
  equals(other: unknown): boolean { return other instanceof TimeSpan && other.ticks === this.ticks; }

  /** No format: the constant `c` form `[-][d.]hh:mm:ss[.fffffff]`. */
  toString(format?: string): string {
    return formatTimeSpan(this, format);
  }
}
