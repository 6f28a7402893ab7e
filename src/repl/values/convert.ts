/**
 * LanguagePrimitives: truthiness, string → number parsing, and the
 * conversions behind casts (`[int]'42'`), -as, and typed parameters, with
 * PowerShell's error messages.
 */
import { PSObject } from './psobject.js';
import { PSHashtable } from './hashtable.js';
import { DateTime } from './datetime.js';
import { DateTimeOffset } from './datetime-offset.js';
import { TimeSpan } from './timespan.js';
import { PSGuid } from './guid.js';
import { PSList } from './list.js';
import { PSRegex } from './psregex.js';
import { SecureString, isCredential } from './securestring.js';
import { PSRuntimeError, DotNetException } from './errors.js';
import { toPSString } from './to-string.js';
import { resolveType, typeOf, isInstanceOf, ARRAY_ELEMENT_TYPE, TYPES, type PSTypeInfo, type TypedArray } from './types.js';
import { parseTimeSpan } from './timespan-parse.js';
import { PSEnumValue, enumValue, enumNames, isKnownEnum } from './enum.js';
import { PSReference } from './reference.js';
import { PSNumber, makeDouble, makeDecimal, makeChar, makeNumber, INTEGRAL_RANGES, type NumberKind } from './numbers.js';

export { toPSString } from './to-string.js';

/** PowerShell truthiness (LanguagePrimitives.IsTrue). */
export function toBoolean(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  switch (typeof value) {
    case 'boolean': return value;
    case 'number': return value !== 0 && !Number.isNaN(value);
    case 'string': return value.length > 0;
    default: break;
  }
  const list = Array.isArray(value) ? value : value instanceof PSList ? value.items : undefined;
  if (list) {
    if (list.length === 0) return false;
    if (list.length === 1) return toBoolean(list[0]);
    return true;
  }
  if (value instanceof SwitchValue) return value.isPresent;
  if (value instanceof PSNumber) return value.value !== 0;
  return true;
}

/** A [switch] parameter's value when the binder needs to keep it as an object. */
export class SwitchValue {
  constructor(readonly isPresent: boolean) {}
  toString(): string { return this.isPresent ? 'True' : 'False'; }
}

/** Banker's rounding (MidpointRounding.ToEven), what [int] casts use. */
export function roundHalfEven(x: number): number {
  const f = Math.floor(x);
  const diff = x - f;
  if (diff < 0.5) return f;
  if (diff > 0.5) return f + 1;
  return f % 2 === 0 ? f : f + 1;
}

const NUMBER_RE = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
/** Strings (not literals) also accept VB's `&h` and `#` as hex prefixes (about_Numeric_Literals). */
const HEX_RE = /^([+-]?)(?:0x|&h|#)([0-9a-f]+)$/i;
const BIN_RE = /^([+-]?)0b([01]+)$/i;

/** Parses numeric text as PowerShell does for conversions; null when it is not a number. */
export function parseNumber(text: string): number | null {
  const s = text.trim();
  if (s === '') return 0;
  const hex = HEX_RE.exec(s);
  if (hex) {
    let n = parseInt(hex[2]!, 16);
    // 0x80000000..0xFFFFFFFF are Int32 bit patterns, as in PowerShell.
    if (hex[2]!.length <= 8 && n > 0x7fffffff) n -= 0x100000000;
    return hex[1] === '-' ? -n : n;
  }
  const bin = BIN_RE.exec(s);
  if (bin) return (bin[1] === '-' ? -1 : 1) * parseInt(bin[2]!, 2);
  if (NUMBER_RE.test(s)) return Number(s);
  if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''));
  return null;
}

function describe(value: unknown): string {
  if (Array.isArray(value) || value instanceof PSHashtable) return typeOf(value)!.fullName;
  return toPSString(value);
}

/** `Cannot convert value "x" to type "T". Error: "inner"` */
export function conversionError(value: unknown, type: PSTypeInfo, inner: string, errorId = 'InvalidCastParseTargetInvocation'): PSRuntimeError {
  return new PSRuntimeError(
    `Cannot convert value "${describe(value)}" to type "${type.fullName}". Error: "${inner}"`,
    errorId,
    'InvalidArgument',
    'System.Management.Automation.PSInvalidCastException',
  );
}

/** `Cannot convert the "x" value of type "S" to type "T".` */
export function castError(value: unknown, type: PSTypeInfo): PSRuntimeError {
  const from = typeOf(value)?.fullName ?? 'null';
  return new PSRuntimeError(
    `Cannot convert the "${describe(value)}" value of type "${from}" to type "${type.fullName}".`,
    'ConvertToFinalInvalidCastException',
    'InvalidArgument',
    'System.Management.Automation.PSInvalidCastException',
  );
}

export function typeNotFound(name: string): PSRuntimeError {
  return new PSRuntimeError(`Unable to find type [${name}].`, 'TypeNotFound', 'InvalidOperation');
}

/** .NET's OverflowException text for each integral type. */
const OVERFLOW_NAMES: Partial<Record<NumberKind, string>> = {
  int: 'an Int32', long: 'an Int64', short: 'an Int16', ushort: 'a UInt16', uint: 'a UInt32', ulong: 'a UInt64',
  byte: 'an unsigned byte', sbyte: 'a signed byte', char: 'a character',
};

/** A value as a number for arithmetic or a numeric cast; throws PowerShell's error otherwise. */
export function toNumber(value: unknown, target: PSTypeInfo = TYPES.int): number {
  if (typeof value === 'number') return value;
  if (value === null || value === undefined) return 0;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') {
    const n = parseNumber(value);
    // .NET 8's FormatException text, which pwsh 7.4 shows.
    if (n === null) throw conversionError(value, target, `The input string '${value}' was not in a correct format.`, 'InvalidCastFromStringToInteger');
    return n;
  }
  if (value instanceof PSNumber) return value.value;
  if (value instanceof SwitchValue) return value.isPresent ? 1 : 0;
  if (value instanceof PSEnumValue) return value.value;
  if (Array.isArray(value) && value.length === 1) return toNumber(value[0], target);
  throw castError(value, target);
}

/** An integral cast: banker's rounding, then the type's range (Int64's top is 2^63 as a double). */
function toIntegral(value: unknown, type: PSTypeInfo): number {
  const kind = type.kind as NumberKind;
  const [min, max] = INTEGRAL_RANGES[kind]!;
  const n = toNumber(value, type);
  const r = Number.isFinite(n) ? roundHalfEven(n) : n;
  const inRange = r >= min && (kind === 'ulong' ? r < max : r <= max);
  if (!inRange) throw conversionError(value, type, `Value was either too large or too small for ${OVERFLOW_NAMES[kind]}.`);
  return r;
}

function toDateTime(value: unknown, type: PSTypeInfo): DateTime {
  if (value instanceof DateTime) return value;
  if (value instanceof DateTimeOffset) return value.localDateTime;
  if (typeof value === 'string') {
    const d = DateTime.parse(value);
    if (!d) throw conversionError(value, type, `String '${value}' was not recognized as a valid DateTime.`);
    return d;
  }
  if (typeof value === 'number' && Number.isInteger(value)) return DateTime.fromTicks(value);
  throw castError(value, type);
}

function toDateTimeOffset(value: unknown, type: PSTypeInfo): DateTimeOffset {
  if (value === null || value === undefined) return DateTimeOffset.from(DateTime.MinValue.specifyKind('Utc'));
  if (value instanceof DateTimeOffset || value instanceof DateTime) return DateTimeOffset.from(value);
  if (typeof value === 'string') {
    const d = DateTimeOffset.parse(value);
    if (!d) throw conversionError(value, type, `String '${value}' was not recognized as a valid DateTime.`);
    return d;
  }
  throw castError(value, type);
}

function toTimeSpan(value: unknown, type: PSTypeInfo): TimeSpan {
  if (value instanceof TimeSpan) return value;
  if (typeof value === 'string') {
    const ts = parseTimeSpan(value);
    if (!ts) throw conversionError(value, type, `String '${value}' was not recognized as a valid TimeSpan.`);
    return ts;
  }
  if (typeof value === 'number' && Number.isInteger(value)) return new TimeSpan(value);
  throw castError(value, type);
}

function elementsOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (value instanceof PSList) return value.items;
  return [value];
}

function toArray(value: unknown, type: PSTypeInfo): unknown[] | null {
  if (value === null || value === undefined) return null;
  const element = type.elementType;
  if (!element) return Array.isArray(value) ? value : elementsOf(value).slice();
  // A string becomes a char[] character by character, as String.ToCharArray().
  const items = element.kind === 'char' && typeof value === 'string' ? value.split('') : elementsOf(value);
  const out = items.map((v) => convertTo(element, v)) as TypedArray;
  out[ARRAY_ELEMENT_TYPE] = element;
  return out;
}

function toCustomObject(value: unknown): unknown {
  if (value instanceof PSHashtable) return new PSObject(value.entries().map((e) => [toPSString(e.key), e.value] as const));
  return value;
}

function toChar(value: unknown, type: PSTypeInfo): PSNumber {
  if (value === null || value === undefined) return new PSNumber('char', 0);
  if (typeof value === 'number') return new PSNumber('char', toIntegral(value, type));
  const s = toPSString(value);
  if (s.length !== 1) throw conversionError(value, type, 'String must be exactly one character long.');
  return makeChar(s);
}

function toVersion(value: unknown, type: PSTypeInfo): PSObject {
  const text = toPSString(value).trim();
  const m = /^(\d+)\.(\d+)(?:\.(\d+))?(?:\.(\d+))?$/.exec(text);
  if (!m) throw conversionError(value, type, `Version string portion was too short or too long.`);
  const v = new PSObject(
    [['Major', Number(m[1])], ['Minor', Number(m[2])], ['Build', m[3] ? Number(m[3]) : -1], ['Revision', m[4] ? Number(m[4]) : -1]],
    ['System.Version', 'System.Object'],
  );
  v.addMethod('ToString', () => text);
  return v;
}

function toUri(value: unknown, type: PSTypeInfo): PSObject {
  const text = toPSString(value);
  let url: URL;
  try { url = new URL(text); } catch { throw conversionError(value, type, 'Invalid URI: The format of the URI could not be determined.'); }
  const uri = new PSObject(
    [
      ['AbsolutePath', url.pathname], ['AbsoluteUri', url.href], ['Host', url.hostname], ['Port', url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80],
      ['Query', url.search], ['Scheme', url.protocol.replace(/:$/, '')], ['Fragment', url.hash], ['OriginalString', text],
    ],
    ['System.Uri', 'System.Object'],
  );
  uri.addMethod('ToString', () => url.href);
  return uri;
}

/** Targets that read a boxed number as its plain value; the rest (string, object, arrays…) keep the box. */
const UNBOXING_TARGETS = new Set<PSTypeInfo['kind']>([
  'int', 'long', 'short', 'byte', 'sbyte', 'ushort', 'uint', 'ulong', 'double', 'decimal', 'single', 'char',
  'bool', 'switch', 'datetime', 'timespan', 'enum',
]);

/**
 * `[type]value`. Throws PSRuntimeError with PowerShell's message when the
 * value cannot be converted. Accepts a resolved type or the type's text.
 */
export function convertTo(type: PSTypeInfo | string, value: unknown): unknown {
  const t = typeof type === 'string' ? resolveType(type) : type;
  if (!t) throw typeNotFound(String(type));
  if (value instanceof SwitchValue && t.kind !== 'switch') value = value.isPresent;
  if (value instanceof PSNumber) {
    if (t.kind === value.kind) return value;
    if (UNBOXING_TARGETS.has(t.kind)) value = value.value;
  }
  if (t === TYPES.datetimeoffset) return toDateTimeOffset(value, t);
  switch (t.kind) {
    case 'psobject': return value ?? null;
    case 'object':
      if (t === TYPES.object || value === null || value === undefined || isInstanceOf(value, t)) return value ?? null;
      throw castError(value, t);
    case 'int': case 'long': case 'short': case 'byte': case 'sbyte': case 'ushort': case 'uint': case 'ulong':
      return makeNumber(t.kind, toIntegral(value, t));
    case 'double': return makeDouble(toNumber(value, t));
    case 'decimal': return makeDecimal(toNumber(value, t), typeof value === 'string' ? decimalScaleOf(value) : undefined);
    case 'single': return new PSNumber('single', Math.fround(toNumber(value, t)));
    case 'string': return value === null || value === undefined ? '' : toPSString(value);
    case 'char': return toChar(value, t);
    case 'bool': case 'switch': return toBoolean(value);
    // $null becomes a value type's default, as in .NET.
    case 'datetime':
      if (value === null || value === undefined) return DateTime.MinValue;
      return toDateTime(value, t);
    case 'timespan':
      if (value === null || value === undefined) return TimeSpan.Zero;
      return toTimeSpan(value, t);
    case 'array': return toArray(value, t);
    case 'list': {
      const element = t.elementType ?? TYPES.object;
      if (value instanceof PSList) return new PSList(element.fullName, value.items.map((v) => convertTo(element, v)));
      if (value === null || value === undefined) return null;
      return new PSList(element.fullName, elementsOf(value).map((v) => convertTo(element, v)));
    }
    case 'hashtable': case 'ordered':
      if (value === null || value === undefined) return null;
      if (value instanceof PSHashtable) {
        if (value.ordered === (t.kind === 'ordered')) return value;
        return new PSHashtable(t.kind === 'ordered', value.entries().map((e) => [e.key, e.value] as const));
      }
      throw castError(value, t);
    case 'pscustomobject': return toCustomObject(value);
    case 'guid':
      if (value === null || value === undefined) return PSGuid.Empty;
      if (value instanceof PSGuid) return value;
      if (typeof value === 'string') {
        const g = PSGuid.tryParse(value);
        if (!g) throw conversionError(value, t, 'Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).');
        return g;
      }
      throw castError(value, t);
    case 'regex':
      if (value instanceof PSRegex) return value;
      try {
        return new PSRegex(toPSString(value));
      } catch (e) {
        throw conversionError(value, t, e instanceof DotNetException ? e.message : String(e));
      }
    case 'securestring':
      if (value instanceof SecureString || value === null) return value;
      throw castError(value, t);
    case 'pscredential':
      if (isCredential(value) || value === null) return value;
      throw castError(value, t);
    case 'void': return null;
    case 'version': return value === null ? null : toVersion(value, t);
    case 'uri': return value === null ? null : toUri(value, t);
    case 'enum': return toEnum(value, t);
    case 'ref': return value instanceof PSReference ? value : PSReference.box(value);
    default:
      if (value === null || value === undefined || isInstanceOf(value, t)) return value ?? null;
      throw castError(value, t);
  }
}

/** Enum values by name (case-insensitive, flags comma-separated) or number. */
function toEnum(value: unknown, t: PSTypeInfo): unknown {
  if (!isKnownEnum(t.fullName)) return value;
  if (value instanceof PSEnumValue && value.typeName === t.fullName) return value;
  const key = typeof value === 'number' ? value : value instanceof PSEnumValue ? value.value : toPSString(value).trim();
  const hit = enumValue(t.fullName, typeof key === 'string' && /^\d+$/.test(key) ? Number(key) : key);
  if (hit) return hit;
  const text = toPSString(value);
  throw new PSRuntimeError(
    `Cannot convert value "${text}" to type "${t.fullName}". Error: "Unable to match the identifier name ${text} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${enumNames(t.fullName).join(', ')}"`,
    'InvalidCastParseTargetInvocation', 'InvalidArgument', 'System.Management.Automation.PSInvalidCastException',
  );
}

/** `value -as [type]`: the conversion, or $null when it fails. */
export function tryConvertTo(type: PSTypeInfo | string, value: unknown): unknown {
  try {
    return convertTo(type, value);
  } catch (e) {
    if (e instanceof PSRuntimeError && e.errorId === 'TypeNotFound') throw e;
    return null;
  }
}

/** Digits after the point of numeric text, which a decimal keeps ('1.50' → 2). */
function decimalScaleOf(text: string): number | undefined {
  const m = /^\s*[+-]?\d*\.(\d+)\s*$/.exec(text);
  return m ? m[1]!.length : undefined;
}
