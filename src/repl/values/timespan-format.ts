/**
 * TimeSpan.ToString(format): the standard `c`/`g`/`G` forms and the custom
 * specifiers (d h m s f F, quoted literals, backslash escapes), en-US.
 */
import type { TimeSpan } from './timespan.js';
import { formatException } from './errors.js';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

function fraction(ticks: number): number {
  return Math.abs(ticks % 10_000_000);
}

function constantForm(ts: TimeSpan): string {
  const neg = ts.ticks < 0;
  const days = Math.abs(ts.days);
  const frac = fraction(ts.ticks);
  return (neg ? '-' : '') + (days ? `${days}.` : '')
    + `${pad(Math.abs(ts.hours), 2)}:${pad(Math.abs(ts.minutes), 2)}:${pad(Math.abs(ts.seconds), 2)}`
    + (frac ? `.${pad(frac, 7)}` : '');
}

function generalShort(ts: TimeSpan): string {
  const days = Math.abs(ts.days);
  const frac = fraction(ts.ticks);
  return (ts.ticks < 0 ? '-' : '') + (days ? `${days}:` : '')
    + `${Math.abs(ts.hours)}:${pad(Math.abs(ts.minutes), 2)}:${pad(Math.abs(ts.seconds), 2)}`
    + (frac ? `.${pad(frac, 7).replace(/0+$/, '')}` : '');
}

function generalLong(ts: TimeSpan): string {
  return (ts.ticks < 0 ? '-' : '') + `${Math.abs(ts.days)}:`
    + `${pad(Math.abs(ts.hours), 2)}:${pad(Math.abs(ts.minutes), 2)}:${pad(Math.abs(ts.seconds), 2)}.${pad(fraction(ts.ticks), 7)}`;
}

function runLength(format: string, i: number): number {
  let n = 1;
  while (format[i + n] === format[i]) n++;
  return n;
}

function custom(ts: TimeSpan, format: string): string {
  let out = '';
  const frac = pad(fraction(ts.ticks), 7);
  for (let i = 0; i < format.length;) {
    const ch = format[i]!;
    const n = runLength(format, i);
    switch (ch) {
      case 'd':
        if (n > 8) throw formatException();
        out += pad(Math.abs(ts.days), n);
        i += n;
        break;
      case 'h': case 'm': case 's': {
        if (n > 2) throw formatException();
        const v = Math.abs(ch === 'h' ? ts.hours : ch === 'm' ? ts.minutes : ts.seconds);
        out += pad(v, n);
        i += n;
        break;
      }
      case 'f':
        if (n > 7) throw formatException();
        out += frac.slice(0, n);
        i += n;
        break;
      case 'F':
        if (n > 7) throw formatException();
        out += frac.slice(0, n).replace(/0+$/, '');
        i += n;
        break;
      case "'": case '"': {
        const end = format.indexOf(ch, i + 1);
        if (end < 0) throw formatException();
        out += format.slice(i + 1, end);
        i = end + 1;
        break;
      }
      case '\\':
        if (i + 1 >= format.length) throw formatException();
        out += format[i + 1];
        i += 2;
        break;
      case '%':
        // '%x' makes a lone specifier custom; the next character is handled normally.
        if (i + 1 >= format.length || format[i + 1] === '%') throw formatException();
        i += 1;
        break;
      default:
        throw formatException();
    }
  }
  return out;
}

export function formatTimeSpan(ts: TimeSpan, format?: string | null): string {
  if (!format || format === 'c' || format === 't' || format === 'T') return constantForm(ts);
  if (format === 'g') return generalShort(ts);
  if (format === 'G') return generalLong(ts);
  if (format.length === 1) throw formatException();
  return custom(ts, format);
}
