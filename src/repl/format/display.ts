/**
 * How a value reads on screen: alone on a line (its ToString), or inside a
 * table cell / list field (pwsh's SmartToString: collections as `{a, b, c…}`
 * up to $FormatEnumerationLimit; in tables, Double, Single and Decimal values
 * with the culture's two decimals, as pwsh 7.3+ does).
 * Output goes through the current culture (en-US), so dates show as
 * `11/26/2026 12:46:37 PM` rather than the invariant form interpolation uses.
 */
import { DateTime } from '../values/datetime.js';
import { DateTimeOffset } from '../values/datetime-offset.js';
import { PSList } from '../values/list.js';
import { PSObject } from '../values/psobject.js';
import { numberToPSString, toPSString } from '../values/to-string.js';
import { numberKindOf, toJsNumber } from '../values/numbers.js';
import { formatNumber } from '../values/number-format.js';
import { typeNamesOf as valueTypeNames } from '../values/types.js';
import { FormatOutput } from './packets.js';
import { dictionaryEntries, isDictionary } from './dictionary.js';

export const DEFAULT_ENUMERATION_LIMIT = 4;

/** Type names, most specific first, as the formatter matches views against them. */
export function typeNamesOf(value: unknown): string[] {
  return valueTypeNames(value);
}

/** Types pwsh prints with ToString() rather than a table or list (DefaultScalarTypes). */
const SCALAR_TYPES = new Set([
  'System.String', 'System.SByte', 'System.Byte', 'System.Int16', 'System.UInt16', 'System.Int32', 'System.UInt32',
  'System.Int64', 'System.UInt64', 'System.Char', 'System.Single', 'System.Double', 'System.Boolean', 'System.Decimal',
  'System.IntPtr', 'System.Security.SecureString', 'System.Numerics.BigInteger',
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
 * PowerShell's ToString() of a value, as Out-Default prints a scalar on its
 * own line: the language's string conversion, except that dates use the
 * current culture (en-US) as output does.
 */
export function toText(value: unknown): string {
  if (typeof value === 'number') return numberToPSString(value);
  // pwsh's PSObject.ToString gives an empty custom object no text at all.
  if (value instanceof PSObject && value.size === 0 && !value.getMethod('ToString') && value.typeName.endsWith('PSCustomObject')) return '';
  if (value instanceof DateTime || value instanceof DateTimeOffset) return value.toString();
  if (value instanceof FormatOutput) return value.toString();
  return toPSString(value);
}

export function isEnumerable(value: unknown): boolean {
  return Array.isArray(value) || value instanceof PSList || isDictionary(value) || value instanceof Set;
}

function elements(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value instanceof PSList) return value.items;
  if (value instanceof Set) return [...value];
  // A dictionary enumerates entries, which display by their Name (the key).
  return dictionaryEntries(value).map(([key]) => key);
}

export interface CellOptions {
  /** Table cells show doubles, singles and decimals, whole or not, with two decimals (pwsh's "F"). */
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
  if (options.table && isFloatingPoint(value)) return formatNumber(toJsNumber(value)!, 'F');
  return toText(value);
}

/** Double, Single or Decimal: the types SmartToString formats with "F" in a table (MshObjectUtil.cs). */
function isFloatingPoint(value: unknown): boolean {
  const kind = numberKindOf(value);
  return kind === 'double' || kind === 'single' || kind === 'decimal';
}

const DISPLAY_NAME_PATTERNS = [/^name$/i, /^id$/i, /^key$/i, /key$/i, /name$/i, /id$/i];

/**
 * An element of a collection in a cell: its ToString, except that a
 * hashtable (whose ToString is only its type name) shows the value of its
 * Name, Id or Key entry, as pwsh's display-name lookup does.
 */
function elementName(item: unknown): string {
  if (item === null || item === undefined) return '$null';
  if (isDictionary(item)) {
    const entries = dictionaryEntries(item);
    for (const pattern of DISPLAY_NAME_PATTERNS) {
      const hit = entries.find(([key]) => typeof key === 'string' && pattern.test(key));
      if (hit) return toText(hit[1]);
    }
  }
  return toText(item);
}
