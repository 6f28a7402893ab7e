/**
 * The number model. Plain JS numbers carry their .NET type implicitly: an
 * integral value is Int32 when it fits, else Int64; a fractional value is
 * Double. Values whose type differs from that inference are boxed in a
 * PSNumber: integral doubles (`1e2`, `[double]3`, Int32 overflow), Int64
 * values small enough to look like Int32 (`1l`, JSON integers), decimals
 * (which also keep their scale, so `1.30d` prints `1.30`), and every value of
 * the other primitive types (Byte, SByte, Int16, UInt16, UInt32, UInt64,
 * Single, and Char: a UTF-16 code unit that prints as its character). The hot
 * path (Int32 and fractional double arithmetic) never allocates a box.
 */
import { doubleToPSString, formatGeneral } from './number-format.js';
import { PSRuntimeError } from './errors.js';

export type NumberKind = 'char' | 'sbyte' | 'byte' | 'short' | 'ushort' | 'int' | 'uint' | 'long' | 'ulong' | 'single' | 'double' | 'decimal';
export type BoxedKind = Exclude<NumberKind, 'int'>;

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
const INT64_LIMIT = 9223372036854775808; // 2^63
const UINT64_LIMIT = 18446744073709551616; // 2^64: the double [uint64]::MaxValue rounds to
export const DECIMAL_MAX = 79228162514264337593543950335;

/** Value ranges of the integral kinds, as .NET defines them. */
export const INTEGRAL_RANGES: Partial<Record<NumberKind, readonly [number, number]>> = {
  char: [0, 65535],
  sbyte: [-128, 127],
  byte: [0, 255],
  short: [-32768, 32767],
  ushort: [0, 65535],
  int: [INT32_MIN, INT32_MAX],
  uint: [0, 4294967295],
  long: [-INT64_LIMIT, INT64_LIMIT],
  ulong: [0, UINT64_LIMIT],
};

export class PSNumber {
  constructor(
    readonly kind: BoxedKind,
    readonly value: number,
    /** Decimal only: digits after the point, as .NET keeps them. */
    readonly scale?: number,
  ) {}

  toString(): string {
    switch (this.kind) {
      case 'double': return doubleToPSString(this.value);
      case 'decimal': return decimalText(this.value, this.scale);
      case 'single': return singleText(this.value);
      case 'char': return String.fromCharCode(this.value);
      case 'ulong': return this.value === UINT64_LIMIT ? '18446744073709551615' : integerText(this.value);
      default: return integerText(this.value);
    }
  }
}

/** A [char]: the UTF-16 code unit of a one-character string. */
export function makeChar(text: string): PSNumber {
  return new PSNumber('char', text.charCodeAt(0));
}

export function isChar(v: unknown): v is PSNumber {
  return v instanceof PSNumber && v.kind === 'char';
}

function integerText(n: number): string {
  if (Math.abs(n) < 1e16) return String(n === 0 ? 0 : n);
  if (n === INT64_LIMIT) return '9223372036854775807';
  return BigInt(n).toString();
}

function decimalText(n: number, scale: number | undefined): string {
  if (n === DECIMAL_MAX) return '79228162514264337593543950335';
  if (scale !== undefined && scale <= 20) return n.toFixed(scale);
  if (Number.isInteger(n)) return integerText(n);
  return String(n);
}

/** A Single as PowerShell prints it: "G7", as doubles are "G15" (LanguagePrimitives.SinglePrecision). */
function singleText(n: number): string {
  return formatGeneral(n, 7);
}

const fits32 = (n: number): boolean => n >= INT32_MIN && n <= INT32_MAX;

/** The .NET type of a number or PSNumber; undefined for anything else. */
export function numberKindOf(v: unknown): NumberKind | undefined {
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) return 'double';
    if (fits32(v)) return 'int';
    return v >= -INT64_LIMIT && v <= INT64_LIMIT ? 'long' : 'double';
  }
  return v instanceof PSNumber ? v.kind : undefined;
}

/** Whether a value is a number of any kind, plain or boxed (chars included, as .NET counts them primitive). */
export function isNumber(v: unknown): v is number | PSNumber {
  return typeof v === 'number' || v instanceof PSNumber;
}

/** The JS number of a plain or boxed number; undefined for anything else. */
export function toJsNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  return v instanceof PSNumber ? v.value : undefined;
}

/** A Double with this value: boxed only when integral. */
export function makeDouble(n: number): number | PSNumber {
  return Number.isInteger(n) ? new PSNumber('double', n) : n;
}

/** An Int64 with this value: boxed only when it would otherwise read as Int32. */
export function makeLong(n: number): number | PSNumber {
  return fits32(n) ? new PSNumber('long', n) : n;
}

export function makeDecimal(n: number, scale?: number): PSNumber {
  if (!Number.isFinite(n) || Math.abs(n) > DECIMAL_MAX) {
    throw new PSRuntimeError('Value was either too large or too small for a Decimal.', 'RuntimeException', 'NotSpecified', 'System.OverflowException');
  }
  return new PSNumber('decimal', n, scale);
}

/** A number of any kind from its JS value (already in the kind's range). */
export function makeNumber(kind: NumberKind, n: number): number | PSNumber {
  switch (kind) {
    case 'int': return n;
    case 'long': return makeLong(n);
    case 'double': return makeDouble(n);
    case 'decimal': return makeDecimal(n);
    default: return new PSNumber(kind, n);
  }
}

/** A PSNumber's plain value; anything else unchanged. */
export function unboxNumber(v: unknown): unknown {
  return v instanceof PSNumber ? v.value : v;
}

/** .NET TypeCode order: the wider operand (by this rank) picks the operation. */
const TYPE_CODE: Record<NumberKind, number> = {
  char: 4, sbyte: 5, byte: 6, short: 7, ushort: 8, int: 9, uint: 10, long: 11, ulong: 12, single: 13, double: 14, decimal: 15,
};

const SIGNED = new Set<NumberKind>(['sbyte', 'short', 'int', 'long']);

/** The kind an operation on two numbers computes in; `decimal?` is a decimal that falls back to Double on overflow. */
type OperationKind = 'int' | 'uint' | 'long' | 'ulong' | 'double' | 'decimal' | 'decimal?';

/**
 * As pwsh's binder picks it: everything up to Int32 computes as Int32; an
 * unsigned operand with a negative signed one computes one size up (UInt32 as
 * Int64, UInt64 as Decimal); Single computes as Double.
 */
function operationKind(lk: NumberKind, l: number, rk: NumberKind, r: number): OperationKind {
  const top = TYPE_CODE[lk] >= TYPE_CODE[rk] ? lk : rk;
  switch (top) {
    case 'uint': case 'ulong': {
      const negative = (SIGNED.has(lk) && l < 0) || (SIGNED.has(rk) && r < 0);
      if (!negative) return top;
      return top === 'uint' ? 'long' : 'decimal?';
    }
    case 'long': case 'double': case 'decimal': return top;
    case 'single': return 'double';
    default: return 'int';
  }
}

/** The number of an integral `kind` for a raw result, widening overflow to Double as pwsh does. */
export function numberOfKind(kind: NumberKind, raw: number, scale?: number): unknown {
  switch (kind) {
    case 'double': case 'single': return makeDouble(raw);
    case 'decimal': return makeDecimal(raw, scale);
    default: {
      if (!Number.isInteger(raw)) return raw;
      const [min, max] = INTEGRAL_RANGES[kind]!;
      // Int64/UInt64 maxima are 2^63/2^64 as doubles; a result that rounds to them has overflowed.
      const inRange = raw >= min && (kind === 'long' || kind === 'ulong' ? raw < max : raw <= max);
      return inRange ? makeNumber(kind, raw) : makeDouble(raw);
    }
  }
}

/**
 * + - * / % on two numbers (plain or boxed); undefined when either operand is
 * not a number, so the caller applies its general rules.
 */
export function numericOperation(op: '+' | '-' | '*' | '/' | '%', left: unknown, right: unknown): unknown {
  const lk = numberKindOf(left);
  const rk = numberKindOf(right);
  if (lk === undefined || rk === undefined) return undefined;
  const l = left instanceof PSNumber ? left.value : left as number;
  const r = right instanceof PSNumber ? right.value : right as number;
  const kind = operationKind(lk, l, rk, r);
  if ((op === '/' || op === '%') && r === 0 && kind !== 'double') throw divideByZeroError();
  let raw: number;
  switch (op) {
    case '+': raw = l + r; break;
    case '-': raw = l - r; break;
    case '*': raw = l * r; break;
    case '/': raw = l / r; break;
    default: raw = l % r; if (raw === 0) raw = 0; break;
  }
  if (kind === 'decimal?') return Math.abs(raw) > DECIMAL_MAX ? makeDouble(raw) : makeDecimal(raw);
  if (kind === 'decimal') {
    // A double cannot hold a decimal's 96 bits: at the edge, moving further out is the overflow .NET reports.
    const outward = (op === '+' && l !== 0 && r !== 0 && Math.sign(l) === Math.sign(r)) || (op === '-' && l !== 0 && r !== 0 && Math.sign(l) !== Math.sign(r));
    if (outward && Math.abs(raw) >= DECIMAL_MAX) return makeDecimal(Infinity);
    return makeDecimal(raw, decimalScale(op, left, right));
  }
  // Integer division with a remainder is a Double in pwsh (7 / 2 is 3.5).
  return numberOfKind(kind, raw);
}

function scaleOf(v: unknown): number {
  return v instanceof PSNumber && v.kind === 'decimal' ? v.scale ?? 0 : 0;
}

function decimalScale(op: string, left: unknown, right: unknown): number | undefined {
  if (op === '+' || op === '-') return Math.max(scaleOf(left), scaleOf(right));
  if (op === '*') return scaleOf(left) + scaleOf(right);
  return undefined;
}

function divideByZeroError(): PSRuntimeError {
  return new PSRuntimeError('Attempted to divide by zero.', 'RuntimeException', 'NotSpecified', 'System.DivideByZeroException');
}

/**
 * Whether a plain-number result needs the general path: an integral result
 * that overflowed Int32, came from a Double, or from an Int64 operand.
 */
export function needsNumberModel(left: number, right: number, result: number): boolean {
  return Number.isInteger(result) && (!fits32(result) || !Number.isInteger(left) || !Number.isInteger(right) || !fits32(left) || !fits32(right));
}

/** A numeric literal's value from the parser's type (see syntax/numbers.ts). */
export function literalNumber(numberType: string, value: number, text: string): unknown {
  switch (numberType) {
    case 'double': return makeDouble(value);
    case 'long': return makeLong(value);
    case 'decimal': {
      const m = /\.(\d+)/.exec(text.replace(/e.*$/i, ''));
      return makeDecimal(value, m ? m[1]!.replace(/[ld].*$/i, '').length : 0);
    }
    default: return value;
  }
}
