/**
 * String → DateTime as `[datetime]'…'` and `Get-Date -Date '…'` read it
 * (DateTime.Parse with en-US/invariant rules: month before day), plus
 * DateTime.ParseExact for custom format strings.
 */
import { DateTime } from './datetime.js';
import { MONTH_NAMES, DAY_NAMES, daysInMonth } from './calendar.js';

export interface Parts {
  year: number; month: number; day: number;
  hour: number; minute: number; second: number; fractionTicks: number;
  /** Offset in minutes when the text named a zone (Z, GMT, +02:00). */
  offsetMin?: number;
}

const TIME_RE = /(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:[.,](\d{1,7}))?)?(?:\s*(am|pm|a|p)(?![a-z]))?/i;
const ZONE_RE = /^\s*(?:(z|gmt|utc)|([+-])(\d{1,2})(?::?(\d{2}))?)\s*$/i;

/** Two-digit years: 00-49 are 2000s, 50-99 are 1900s (.NET's TwoDigitYearMax 2049). */
function fullYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n <= 49 ? 2000 + n : 1900 + n;
}

function monthFromName(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const i = MONTH_NAMES.findIndex((m) => m.toLowerCase() === w || m.toLowerCase().slice(0, 3) === w || (w === 'sept' && m === 'September'));
  return i < 0 ? undefined : i + 1;
}

function isDayName(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  return DAY_NAMES.some((d) => d.toLowerCase() === w || d.toLowerCase().slice(0, 3) === w);
}

function parseDatePart(text: string, today: DateTime): Pick<Parts, 'year' | 'month' | 'day'> | null {
  const t = text.trim().replace(/[,\s]+$/, '');
  if (!t) return { year: today.year, month: today.month, day: today.day };
  const numeric = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})$/.exec(t);
  if (numeric) {
    const [, a, , b, c] = numeric as unknown as [string, string, string, string, string];
    if (a.length >= 3) return { year: Number(a), month: Number(b), day: Number(c) };
    return { year: fullYear(c), month: Number(a), day: Number(b) };
  }
  const monthDay = /^(\d{1,2})\/(\d{1,2})$/.exec(t);
  if (monthDay) return { year: today.year, month: Number(monthDay[1]), day: Number(monthDay[2]) };

  // Textual forms: "Jan 1, 2020", "1 January 2020", "Wednesday, January 1, 2020", "01-Jan-2020".
  const words = t.split(/[\s,\-/]+/).filter(Boolean);
  let month: number | undefined;
  const numbers: string[] = [];
  for (const w of words) {
    if (/^\d+$/.test(w)) numbers.push(w);
    else if (/^\d{1,2}(st|nd|rd|th)$/i.test(w)) numbers.push(w.replace(/\D/g, ''));
    else if (month === undefined && monthFromName(w) !== undefined) month = monthFromName(w);
    else if (!isDayName(w)) return null;
  }
  if (month === undefined || numbers.length === 0 || numbers.length > 2) return null;
  if (numbers.length === 1) {
    const only = numbers[0]!;
    // "January 2020" names a month; "January 5" a day this year.
    if (only.length >= 3) return { year: Number(only), month, day: 1 };
    return { year: today.year, month, day: Number(only) };
  }
  const [x, y] = numbers as [string, string];
  if (x.length >= 3 || Number(x) > 31) return { year: Number(x), month, day: Number(y) };
  return { year: fullYear(y), month, day: Number(x) };
}

/** The wall clock the parts spell, ignoring any zone; null when out of range. */
export function clockOf(p: Parts): DateTime | null {
  if (p.year < 1 || p.year > 9999 || p.month < 1 || p.month > 12 || p.day < 1 || p.day > daysInMonth(p.year, p.month)) return null;
  if (p.hour > 23 || p.minute > 59 || p.second > 59) return null;
  return DateTime.fromParts(p.year, p.month, p.day, p.hour, p.minute, p.second, 0).addTicks(p.fractionTicks);
}

function toDateTime(p: Parts): DateTime | null {
  const local = clockOf(p);
  if (!local || p.offsetMin === undefined) return local;
  // A zoned time is an instant; .NET hands it back as local time (Kind Local).
  return DateTime.fromInstant(local.wallMs - p.offsetMin * 60_000, 'Local').addTicks(local.subTicks);
}

function fractionTicks(digits: string | undefined): number {
  return digits ? Number(digits.padEnd(7, '0')) : 0;
}

export function parseDateTime(text: string, today: DateTime = DateTime.today()): DateTime | null {
  const parts = parseDateParts(text, today);
  return parts && toDateTime(parts);
}

/** What DateTime.Parse reads from the text, the zone kept apart (DateTimeOffset.Parse needs it). */
export function parseDateParts(text: string, today: DateTime = DateTime.today()): Parts | null {
  let s = text.trim();
  if (!s) return null;
  s = s.replace(/^(\d{4}-\d{1,2}-\d{1,2})T/i, '$1 ');
  const time = TIME_RE.exec(s);
  let hour = 0, minute = 0, second = 0, frac = 0;
  let offsetMin: number | undefined;
  let datePart = s;
  if (time) {
    datePart = s.slice(0, time.index);
    const rest = s.slice(time.index + time[0].length);
    hour = Number(time[1]);
    minute = Number(time[2]);
    second = time[3] ? Number(time[3]) : 0;
    frac = fractionTicks(time[4]);
    const designator = time[5]?.toLowerCase();
    if (designator) {
      if (hour < 1 || hour > 12) return null;
      if (designator.startsWith('p') && hour < 12) hour += 12;
      if (designator.startsWith('a') && hour === 12) hour = 0;
    }
    if (rest.trim()) {
      const zone = ZONE_RE.exec(rest);
      if (!zone) return null;
      offsetMin = zone[1] ? 0 : (zone[2] === '-' ? -1 : 1) * (Number(zone[3]) * 60 + Number(zone[4] ?? 0));
    }
  } else {
    const isoZ = /^(\d{4}-\d{1,2}-\d{1,2})z$/i.exec(s);
    if (isoZ) { datePart = isoZ[1]!; offsetMin = 0; }
  }
  const date = parseDatePart(datePart, today);
  if (!date) return null;
  return { ...date, hour, minute, second, fractionTicks: frac, offsetMin };
}

// ---- ParseExact ---------------------------------------------------------

type Setter = (p: Parts, value: string) => boolean;

interface ExactPattern { regex: RegExp; setters: { designator: boolean; set: Setter }[] }

function numberSetter(field: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'): Setter {
  return (p, v) => { p[field] = Number(v); return true; };
}

function compileExact(format: string): ExactPattern {
  let src = '';
  const setters: ExactPattern['setters'] = [];
  let designator = false;
  const group = (re: string, set: Setter): void => { src += `(${re})`; setters.push({ designator, set }); };
  for (let i = 0; i < format.length;) {
    const ch = format[i]!;
    let n = 1;
    while (format[i + n] === ch) n++;
    designator = false;
    switch (ch) {
      case 'y':
        group(n <= 2 ? '\\d{1,2}' : `\\d{${n}}`, (p, v) => { p.year = n <= 2 ? fullYear(v.padStart(2, '0')) : Number(v); return true; });
        break;
      case 'M':
        if (n <= 2) group(n === 1 ? '\\d{1,2}' : '\\d{2}', numberSetter('month'));
        else group('[A-Za-z]+', (p, v) => { const m = monthFromName(v); if (!m) return false; p.month = m; return true; });
        break;
      case 'd':
        if (n <= 2) group(n === 1 ? '\\d{1,2}' : '\\d{2}', numberSetter('day'));
        else group('[A-Za-z]+', (_p, v) => isDayName(v));
        break;
      case 'H': group(n === 1 ? '\\d{1,2}' : '\\d{2}', numberSetter('hour')); break;
      case 'h': group(n === 1 ? '\\d{1,2}' : '\\d{2}', (p, v) => { p.hour = Number(v) % 12; return Number(v) >= 1 && Number(v) <= 12; }); break;
      case 'm': group(n === 1 ? '\\d{1,2}' : '\\d{2}', numberSetter('minute')); break;
      case 's': group(n === 1 ? '\\d{1,2}' : '\\d{2}', numberSetter('second')); break;
      case 'f': case 'F':
        group(ch === 'f' ? `\\d{${n}}` : `\\d{0,${n}}`, (p, v) => { p.fractionTicks = fractionTicks(v); return true; });
        break;
      case 't':
        designator = true;
        group(n === 1 ? '[AaPp]' : '[AaPp][Mm]', (p, v) => { if (/^p/i.test(v)) p.hour += 12; return true; });
        break;
      case 'z': case 'K':
        group(ch === 'K' ? 'Z|z|[+-]\\d{2}:\\d{2}|' : '[+-]\\d{1,2}(?::?\\d{2})?', (p, v) => {
          if (!v) return true;
          const z = ZONE_RE.exec(v);
          if (!z) return false;
          p.offsetMin = z[1] ? 0 : (z[2] === '-' ? -1 : 1) * (Number(z[3]) * 60 + Number(z[4] ?? 0));
          return true;
        });
        break;
      case "'": case '"': {
        const end = format.indexOf(ch, i + 1);
        const lit = format.slice(i + 1, end < 0 ? format.length : end);
        src += lit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        i = end < 0 ? format.length : end + 1;
        continue;
      }
      case '\\':
        src += (format[i + 1] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        i += 2;
        continue;
      case '%':
        i += 1;
        continue;
      default:
        src += ch.repeat(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }
    i += n;
  }
  return { regex: new RegExp(`^${src}$`), setters };
}

export function parseDateTimeExact(text: string, format: string): DateTime | null {
  const { regex, setters } = compileExact(format);
  const m = regex.exec(text);
  if (!m) return null;
  const p: Parts = { year: 1, month: 1, day: 1, hour: 0, minute: 0, second: 0, fractionTicks: 0 };
  // Hours must be set before an AM/PM designator adjusts them.
  const ordered = [...setters.entries()].sort(([, a], [, b]) => Number(a.designator) - Number(b.designator));
  for (const [i, { set }] of ordered) if (!set(p, m[i + 1] ?? '')) return null;
  if (!/[yMd]/.test(format.replace(/'[^']*'|"[^"]*"|\\./g, ''))) {
    const today = DateTime.today();
    p.year = today.year; p.month = today.month; p.day = today.day;
  }
  return toDateTime(p);
}
