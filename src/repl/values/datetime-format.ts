/**
 * DateTime.ToString(format, culture): .NET standard format letters and custom
 * format strings, for en-US (PowerShell's default current culture here) and
 * InvariantCulture (what PowerShell uses when it converts a date to string).
 */
import type { DateTime } from './datetime.js';
import { DAY_NAMES, MONTH_NAMES } from './calendar.js';
import { formatException } from './errors.js';

export type Culture = 'en-US' | 'invariant';

interface CulturePatterns {
  d: string; D: string; t: string; T: string; M: string; Y: string;
}

const PATTERNS: Record<Culture, CulturePatterns> = {
  'en-US': { d: 'M/d/yyyy', D: 'dddd, MMMM d, yyyy', t: 'h:mm tt', T: 'h:mm:ss tt', M: 'MMMM d', Y: 'MMMM yyyy' },
  invariant: { d: 'MM/dd/yyyy', D: 'dddd, dd MMMM yyyy', t: 'HH:mm', T: 'HH:mm:ss', M: 'MMMM dd', Y: 'yyyy MMMM' },
};

const ROUND_TRIP = "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
const RFC1123 = "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
const SORTABLE = "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
const UNIVERSAL_SORTABLE = "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";

/** The custom pattern a standard format letter stands for, or undefined. */
export function standardPattern(letter: string, culture: Culture): string | undefined {
  const p = PATTERNS[culture];
  switch (letter) {
    case 'd': return p.d;
    case 'D': return p.D;
    case 'f': return `${p.D} ${p.t}`;
    case 'F': case 'U': return `${p.D} ${p.T}`;
    case 'g': return `${p.d} ${p.t}`;
    case 'G': return `${p.d} ${p.T}`;
    case 'm': case 'M': return p.M;
    case 'o': case 'O': return ROUND_TRIP;
    case 'r': case 'R': return RFC1123;
    case 's': return SORTABLE;
    case 't': return p.t;
    case 'T': return p.T;
    case 'u': return UNIVERSAL_SORTABLE;
    case 'y': case 'Y': return p.Y;
    default: return undefined;
  }
}

const pad = (n: number, width: number): string => {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
};

function offsetText(ms: number, count: number): string {
  const sign = ms < 0 ? '-' : '+';
  const totalMin = Math.round(Math.abs(ms) / 60_000);
  const h = Math.floor(totalMin / 60);
  const m = totalMin % 60;
  if (count === 1) return `${sign}${h}`;
  if (count === 2) return `${sign}${pad(h, 2)}`;
  return `${sign}${pad(h, 2)}:${pad(m, 2)}`;
}

function runLength(format: string, i: number): number {
  let n = 1;
  while (format[i + n] === format[i]) n++;
  return n;
}

/**
 * Formats with a custom pattern (the one-letter standard forms are expanded by
 * the caller). A DateTimeOffset passes its offset, which 'z' and 'K' then show.
 */
export function formatCustom(dt: DateTime, format: string, offsetMs?: number): string {
  const f = new Date(dt.wallMs);
  const year = f.getUTCFullYear();
  const month = f.getUTCMonth();
  const day = f.getUTCDate();
  const hour = f.getUTCHours();
  const fraction = pad(f.getUTCMilliseconds() * 10_000 + dt.subTicks, 7);
  let out = '';
  for (let i = 0; i < format.length;) {
    const ch = format[i]!;
    const n = runLength(format, i);
    switch (ch) {
      case 'd':
        out += n === 1 ? String(day) : n === 2 ? pad(day, 2)
          : n === 3 ? DAY_NAMES[f.getUTCDay()]!.slice(0, 3) : DAY_NAMES[f.getUTCDay()]!;
        i += n;
        break;
      case 'M':
        out += n === 1 ? String(month + 1) : n === 2 ? pad(month + 1, 2)
          : n === 3 ? MONTH_NAMES[month]!.slice(0, 3) : MONTH_NAMES[month]!;
        i += n;
        break;
      case 'y':
        out += n === 1 ? String(year % 100) : n === 2 ? pad(year % 100, 2) : pad(year, n);
        i += n;
        break;
      case 'h': {
        const h12 = hour % 12 || 12;
        out += n === 1 ? String(h12) : pad(h12, 2);
        i += n;
        break;
      }
      case 'H':
        out += n === 1 ? String(hour) : pad(hour, 2);
        i += n;
        break;
      case 'm':
        out += n === 1 ? String(f.getUTCMinutes()) : pad(f.getUTCMinutes(), 2);
        i += n;
        break;
      case 's':
        out += n === 1 ? String(f.getUTCSeconds()) : pad(f.getUTCSeconds(), 2);
        i += n;
        break;
      case 'f':
        if (n > 7) throw formatException();
        out += fraction.slice(0, n);
        i += n;
        break;
      case 'F': {
        if (n > 7) throw formatException();
        const digits = fraction.slice(0, n).replace(/0+$/, '');
        // An all-zero 'F' run also drops the '.' written just before it.
        if (!digits && out.endsWith('.')) out = out.slice(0, -1);
        out += digits;
        i += n;
        break;
      }
      case 't': {
        const designator = hour < 12 ? 'AM' : 'PM';
        out += n === 1 ? designator[0] : designator;
        i += n;
        break;
      }
      case 'g':
        out += 'A.D.';
        i += n;
        break;
      case 'z':
        out += offsetText(offsetMs ?? dt.utcOffsetMs(), Math.min(n, 3));
        i += n;
        break;
      case 'K':
        if (offsetMs !== undefined) out += offsetText(offsetMs, 3);
        else out += dt.kind === 'Utc' ? 'Z' : dt.kind === 'Local' ? offsetText(dt.utcOffsetMs(), 3) : '';
        i += 1;
        break;
      case ':':
        out += ':';
        i += 1;
        break;
      case '/':
        out += '/';
        i += 1;
        break;
      case "'": case '"': {
        let j = i + 1;
        let lit = '';
        while (j < format.length && format[j] !== ch) {
          if (format[j] === '\\' && j + 1 < format.length) j++;
          lit += format[j];
          j++;
        }
        if (j >= format.length) throw formatException(`Cannot find a matching quote character for the character '${ch}'.`);
        out += lit;
        i = j + 1;
        break;
      }
      case '%':
        if (i + 1 >= format.length || format[i + 1] === '%') throw formatException();
        i += 1;
        break;
      case '\\':
        if (i + 1 >= format.length) throw formatException();
        out += format[i + 1];
        i += 2;
        break;
      default:
        out += ch;
        i += 1;
    }
  }
  return out;
}

export function formatDateTime(dt: DateTime, format: string, culture: Culture = 'en-US'): string {
  if (format.length === 1) {
    const pattern = standardPattern(format, culture);
    if (pattern === undefined) throw formatException();
    return formatCustom(format === 'U' ? dt.toUniversalTime() : dt, pattern);
  }
  return formatCustom(dt, format);
}
