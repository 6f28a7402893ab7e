/**
 * How a value reads on screen: alone on a line (its ToString), or inside a
 * table cell / list field (pwsh's SmartToString: collections as `{a, b, c…}`
 * up to $FormatEnumerationLimit, doubles with two decimals in tables).
 * Output goes through the current culture (en-US), so dates show as
 * `11/26/2026 12:46:37 PM` rather than the invariant form interpolation uses.
 */
import { DateTime } from '../values/datetime.js';
import { TimeSpan } from '../values/timespan.js';
import { PSObject } from '../values/psobject.js';
import { FormatOutput } from './packets.js';
import { dictionaryEntries, dictionaryTypeName, isDictionary } from './dictionary.js';

export const DEFAULT_ENUMERATION_LIMIT = 4;

/** Type names, most specific first, as the formatter matches views against them. */
export function typeNamesOf(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (value instanceof PSObject) return value.typeNames;
  if (value instanceof FormatOutput) return value.typeNames;
  switch (typeof value) {
    case 'string': return ['System.String', 'System.Object'];
    case 'boolean': return ['System.Boolean', 'System.ValueType', 'System.Object'];
    case 'bigint': return ['System.Numerics.BigInteger', 'System.ValueType', 'System.Object'];
    case 'number':
      if (!Number.isInteger(value)) return ['System.Double', 'System.ValueType', 'System.Object'];
      return Math.abs(value) <= 2147483647 || value === -2147483648
        ? ['System.Int32', 'System.ValueType', 'System.Object']
        : ['System.Int64', 'System.ValueType', 'System.Object'];
    default: break;
  }
  if (value instanceof DateTime) return ['System.DateTime', 'System.ValueType', 'System.Object'];
  if (value instanceof TimeSpan) return ['System.TimeSpan', 'System.ValueType', 'System.Object'];
  if (Array.isArray(value)) return ['System.Object[]', 'System.Array', 'System.Object'];
  if (isDictionary(value)) return [dictionaryTypeName(value), 'System.Object'];
  const named = (value as { typeNames?: unknown }).typeNames;
  if (Array.isArray(named) && named.every((n) => typeof n === 'string')) return named as string[];
  return ['System.Object'];
}

/** Types pwsh prints with ToString() rather than a table or list (DefaultScalarTypes). */
const SCALAR_TYPES = new Set([
  'System.String', 'System.SByte', 'System.Byte', 'System.Int16', 'System.UInt16', 'System.Int32', 'System.UInt32',
  'System.Int64', 'System.UInt64', 'System.Char', 'System.Single', 'System.Double', 'System.Boolean', 'System.Decimal',
  'System.IntPtr', 'System.Security.SecureString', 'System.Numerics.BigInteger', 'System.Guid',
]);

export function isScalar(value: unknown): boolean {
  const names = typeNamesOf(value);
  return names.length > 0 && (SCALAR_TYPES.has(names[0]) || names[1] === 'System.Enum');
}

/** Right-aligned in a table: numbers, booleans and other scalars except strings. */
export function isRightAligned(value: unknown): boolean {
  return value !== null && value !== undefined && typeof value !== 'string' && isScalar(value);
}

/**
 * A number as PowerShell prints it: integers plainly, doubles with .NET's
 * `G15` (15 significant digits; `1E+15`, `1E-05` outside 1e-5..1e15).
 */
export function formatDouble(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '\u221e';
  if (n === -Infinity) return '-\u221e';
  if (n === 0) return '0';
  if (Number.isInteger(n) && Math.abs(n) < 9.2e18) return String(n);
  const [mantissa, expText] = Math.abs(n).toExponential(14).split('e');
  const exp = Number(expText);
  const digits = mantissa.replace('.', '').replace(/0+$/, '') || '0';
  const sign = n < 0 ? '-' : '';
  if (exp >= 15 || exp < -5) {
    const frac = digits.length > 1 ? `.${digits.slice(1)}` : '';
    return `${sign}${digits[0]}${frac}E${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  const whole = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
  const frac = digits.slice(exp + 1);
  return `${sign}${whole}${frac ? `.${frac}` : ''}`;
}

/** PowerShell's ToString() of a value, as Out-Default prints a scalar on its own line. */
export function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  switch (typeof value) {
    case 'string': return value;
    case 'boolean': return value ? 'True' : 'False';
    case 'number': return formatDouble(value);
    case 'bigint': return value.toString();
    default: break;
  }
  if (value instanceof PSObject) return psObjectText(value);
  if (value instanceof DateTime) return value.toString();
  if (value instanceof TimeSpan) return value.toString();
  if (Array.isArray(value)) return 'System.Object[]';
  if (isDictionary(value)) return dictionaryTypeName(value);
  if (value instanceof FormatOutput) return value.toString();
  const own = (value as { toString?: () => string }).toString;
  if (typeof own === 'function' && own !== Object.prototype.toString) return own.call(value);
  return 'System.Object';
}

/** A PSObject's ToString: its own method when it has one, else `@{a=1; b=2}`. */
function psObjectText(obj: PSObject): string {
  const method = obj.getMethod('ToString');
  if (method) return toText(method(obj, []));
  if (obj.size === 0 && !obj.typeNames.includes('System.Management.Automation.PSCustomObject')) return obj.typeName;
  return `@{${obj.properties().map((p) => `${p.name}=${toText(p.value)}`).join('; ')}}`;
}

function isEnumerable(value: unknown): boolean {
  return Array.isArray(value) || isDictionary(value) || value instanceof Set;
}

function elements(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value instanceof Set) return [...value];
  // A dictionary enumerates entries, which display by their Name (the key).
  return dictionaryEntries(value).map(([key]) => key);
}

export interface CellOptions {
  /** Table cells show non-integral doubles with two decimals (pwsh's "F"). */
  table?: boolean;
  enumerationLimit?: number;
}

/** The text of a value inside a table cell or a list field. */
export function cellText(value: unknown, options: CellOptions = {}): string {
  if (value === null || value === undefined) return '';
  if (isEnumerable(value)) {
    const limit = options.enumerationLimit ?? DEFAULT_ENUMERATION_LIMIT;
    let text = '{';
    let count = 0;
    for (const item of elements(value)) {
      if (limit >= 0 && count === limit) {
        text += '\u2026';
        break;
      }
      text += (count > 0 ? ', ' : '') + elementName(item);
      count++;
    }
    return text + '}';
  }
  if (options.table && typeof value === 'number' && !Number.isInteger(value) && Number.isFinite(value)) {
    return value.toFixed(2);
  }
  return toText(value);
}

function elementName(item: unknown): string {
  if (item === null || item === undefined) return '$null';
  return toText(item);
}
