/** TimeSpan.Parse: `[-]d`, `[-][d.]hh:mm[:ss[.fffffff]]` (invariant culture). */
import { TimeSpan } from './timespan.js';

const SPAN_RE = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?$/;

export function parseTimeSpan(text: string): TimeSpan | null {
  const s = text.trim();
  if (/^-?\d+$/.test(s)) return TimeSpan.fromParts(Number(s), 0, 0, 0);
  const m = SPAN_RE.exec(s);
  if (!m) return null;
  const [h, mi, sec] = [Number(m[3]), Number(m[4]), Number(m[5] ?? 0)];
  if (h > 23 || mi > 59 || sec > 59) return null;
  const fraction = m[6] ? Number(m[6].padEnd(7, '0')) : 0;
  const ts = new TimeSpan(TimeSpan.fromParts(Number(m[2] ?? 0), h, mi, sec).ticks + fraction);
  return m[1] ? ts.negate() : ts;
}
