/**
 * The number model. Plain JS numbers carry their .NET type implicitly: an
 * integral value is Int32 when it fits, else Int64; a fractional value is
 * Double. Values whose type differs from that inference are boxed in a
 * PSNumber: integral doubles (`1e2`, `[double]3`, Int32 overflow), Int64
 * values small enough to look like Int32 (`1l`, JSON integers) and decimals
 * (which also keep their scale, so `1.30d` prints `1.30`). The hot path
 * (Int32 and fractional double arithmetic) never allocates a box.
 */
import { doubleToPSString } from './number-format.js';
import { PSRuntimeError } from './errors.js';

export type NumberKind = 'int' | 'long' | 'double' | 'decimal';

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
const INT64_LIMIT = 9223372036854775808; // 2^63
export const DECIMAL_MAX = 79228162514264337593543950335;

export class PSNumber {
  constructor(
    readonly kind: 'long' | 'double' | 'decimal',
    readonly value: number,
    /** Decimal only: digits after the point, as .NET keeps them. */
    readonly scale?: number,
  ) {}

  toString(): string {
    if (this.kind === 'double') return doubleToPSString(this.value);
    if (this.kind === 'decimal') return decimalText(this.value, this.scale);
    return integerText(this.value);
  }
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

/** A PSNumber's plain value; anything else unchanged. */
export function unboxNumber(v: unknown): unknown {
  return v instanceof PSNumber ? v.value : v;
}

const RANK: Record<NumberKind, number> = { int: 0, long: 1, double: 2, decimal: 3 };

/** The number of `kind` for a raw result, widening integer overflow as pwsh does (Int32/Int64 → Double). */
export function numberOfKind(kind: NumberKind, raw: number, scale?: number): unknown {
  switch (kind) {
    case 'double': return makeDouble(raw);
    case 'decimal': return makeDecimal(raw, scale);
    case 'long':
      if (!Number.isInteger(raw)) return raw;
      return raw >= -INT64_LIMIT && raw < INT64_LIMIT ? makeLong(raw) : makeDouble(raw);
    default:
      if (!Number.isInteger(raw) || fits32(raw)) return raw;
      return makeDouble(raw);
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
  const kind = RANK[lk] >= RANK[rk] ? lk : rk;
  if ((op === '/' || op === '%') && r === 0 && kind !== 'double') throw divideByZeroError();
  let raw: number;
  switch (op) {
    case '+': raw = l + r; break;
    case '-': raw = l - r; break;
    case '*': raw = l * r; break;
    case '/': raw = l / r; break;
    default: raw = l % r; if (raw === 0) raw = 0; break;
  }
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
