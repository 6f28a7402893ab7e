/** Date forms used on the wire: `2022-06-29T17:57:03.0000000+00:00`, and `...Z` for *UTC properties. */
export function wireDate(d: Date, utcSuffix = false): string {
  const iso = d.toISOString(); // 2022-06-29T17:57:03.123Z
  const base = `${iso.slice(0, 19)}.${iso.slice(20, 23)}0000`;
  return utcSuffix ? `${base}Z` : `${base}+00:00`;
}

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?$/i;

/** Dates as admins type them in filters and parameters: US `M/d/yyyy [h:mm[:ss] [AM|PM]]` or ISO. */
export function parseUserDate(text: string): Date | undefined {
  const t = text.trim();
  const us = US_DATE.exec(t);
  if (us) {
    let hour = Number(us[4] ?? 0);
    const ampm = us[7]?.toUpperCase();
    if (ampm === 'PM' && hour < 12) hour += 12;
    if (ampm === 'AM' && hour === 12) hour = 0;
    const d = new Date(Date.UTC(Number(us[3]), Number(us[1]) - 1, Number(us[2]), hour, Number(us[5] ?? 0), Number(us[6] ?? 0)));
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  if (/^\d{4}-\d{2}-\d{2}/.test(t)) {
    const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(t) || t.length <= 10 ? t : `${t}Z`);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
}

export const DAY_MS = 86_400_000;
