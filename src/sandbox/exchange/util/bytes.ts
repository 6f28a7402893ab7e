/**
 * Exchange's ByteQuantifiedSize display form, e.g. `1.243 GB (1,334,578,302 bytes)`:
 * the largest unit not exceeding the value, four significant digits with
 * trailing zeros dropped, then the exact byte count with thousands separators.
 */
const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;
const FACTORS: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3, TB: 1024 ** 4 };

export function formatBytes(bytes: number): string {
  let unit = 0;
  while (unit < UNITS.length - 1 && bytes >= 1024 ** (unit + 1)) unit++;
  const value = bytes / 1024 ** unit;
  const digits = Math.max(0, 3 - Math.floor(Math.log10(Math.max(value, 1))));
  const mantissa = unit === 0 ? String(bytes) : String(Number(value.toFixed(digits)));
  return `${mantissa} ${UNITS[unit]} (${groupThousands(bytes)} bytes)`;
}

/** `1234567` → `1,234,567` (toLocaleString is far slower and this runs per property). */
function groupThousands(n: number): string {
  const digits = String(Math.round(n));
  let out = '';
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

export function formatQuota(bytes: number | 'Unlimited'): string {
  return bytes === 'Unlimited' ? 'Unlimited' : formatBytes(bytes);
}

/** Bytes from a display string `... (1,234 bytes)`, or undefined. */
export function bytesFromDisplay(text: string): number | undefined {
  const m = /\(([\d,]+) bytes\)$/.exec(text);
  return m ? Number(m[1]!.replace(/,/g, '')) : undefined;
}

/** Bytes from a user-typed size: `300MB`, `1.5 GB`, `262144`, `unlimited` (→ Infinity). */
export function parseSize(text: string): number | undefined {
  const t = text.trim();
  if (/^unlimited$/i.test(t)) return Infinity;
  const fromDisplay = bytesFromDisplay(t);
  if (fromDisplay !== undefined) return fromDisplay;
  const m = /^(\d+(?:\.\d+)?)\s*(B|KB|MB|GB|TB)?$/i.exec(t);
  if (!m) return undefined;
  return Math.round(Number(m[1]) * FACTORS[(m[2] ?? 'B').toUpperCase()]!);
}
