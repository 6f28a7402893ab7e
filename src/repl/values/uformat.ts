/**
 * `Get-Date -UFormat`: PowerShell's strftime-like specifiers, each mapped to
 * the same .NET format PowerShell uses (en-US).
 */
import type { DateTime } from './datetime.js';
import { formatCustom } from './datetime-format.js';

const pad = (n: number, width: number, fill = '0'): string => String(n).padStart(width, fill);

/** ISO 8601 week-numbering year and week of a date. */
export function isoWeek(dt: DateTime): { year: number; week: number } {
  const isoDow = dt.dayOfWeek || 7; // Monday=1 .. Sunday=7
  // The Thursday of this week decides the ISO year.
  const thursday = dt.date.addDays(4 - isoDow);
  const week = Math.floor((thursday.dayOfYear - 1) / 7) + 1;
  return { year: thursday.year, week };
}

function specifier(dt: DateTime, ch: string): string {
  switch (ch) {
    case 'A': return formatCustom(dt, 'dddd');
    case 'a': return formatCustom(dt, 'ddd');
    case 'B': return formatCustom(dt, 'MMMM');
    case 'b': case 'h': return formatCustom(dt, 'MMM');
    case 'C': return String(Math.trunc(dt.year / 100));
    case 'c': return formatCustom(dt, 'ddd dd MMM yyyy HH:mm:ss');
    case 'D': case 'x': return formatCustom(dt, 'MM/dd/yy');
    case 'd': return formatCustom(dt, 'dd');
    case 'e': return pad(dt.day, 2, ' ');
    case 'F': return formatCustom(dt, 'yyyy-MM-dd');
    case 'G': return pad(isoWeek(dt).year, 4);
    case 'g': return pad(isoWeek(dt).year % 100, 2);
    case 'H': return formatCustom(dt, 'HH');
    case 'I': return formatCustom(dt, 'hh');
    case 'j': return pad(dt.dayOfYear, 3);
    case 'k': return pad(dt.hour, 2, ' ');
    case 'l': return pad(dt.hour % 12 || 12, 2, ' ');
    case 'M': return formatCustom(dt, 'mm');
    case 'm': return formatCustom(dt, 'MM');
    case 'n': return '\n';
    case 'p': return formatCustom(dt, 'tt');
    case 'R': return formatCustom(dt, 'HH:mm');
    case 'r': return formatCustom(dt, 'hh:mm:ss tt');
    case 'S': return formatCustom(dt, 'ss');
    case 's': return String(Math.round(dt.toInstant() / 1000));
    case 'T': case 'X': return formatCustom(dt, 'HH:mm:ss');
    case 't': return '\t';
    case 'U': {
      const jan1Dow = dt.addDays(1 - dt.dayOfYear).dayOfWeek;
      return pad(Math.trunc((((jan1Dow + 6) % 7) + dt.dayOfYear - dt.dayOfWeek) / 7), 2);
    }
    case 'u': return String(dt.dayOfWeek || 7);
    case 'V': return pad(isoWeek(dt).week, 2);
    case 'W': return String(Math.trunc(dt.dayOfYear / 7));
    case 'w': return String(dt.dayOfWeek);
    case 'Y': return formatCustom(dt, 'yyyy');
    case 'y': return formatCustom(dt, 'yy');
    case 'Z': return formatCustom(dt, 'zz');
    default: return ch;
  }
}

export function formatUFormat(dt: DateTime, format: string): string {
  let out = '';
  // A leading '+' (as in `date +%Y`) is tolerated and dropped.
  for (let i = format.startsWith('+') ? 1 : 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === '%' && i + 1 < format.length) out += specifier(dt, format[++i]!);
    else out += ch;
  }
  return out;
}
