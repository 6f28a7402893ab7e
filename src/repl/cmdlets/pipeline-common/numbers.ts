/**
 * LanguagePrimitives.TryConvertTo<double> for the values Measure-Object sees:
 * numbers, booleans, $null (0) and numeric strings; anything else fails.
 */
export function tryToDouble(value: unknown): number | undefined {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return parseNumber(value);
  if (Array.isArray(value)) return value.length === 1 ? tryToDouble(value[0]) : undefined;
  return undefined;
}

function parseNumber(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return 0;
  if (/^[+-]?0x[0-9a-f]+$/i.test(t)) return parseInt(t, 16);
  if (!/^[+-]?(\d[\d,]*\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t.replace(/,/g, ''));
  return Number.isNaN(n) ? undefined : n;
}
