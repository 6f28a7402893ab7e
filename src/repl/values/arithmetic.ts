/**
 * Arithmetic and bitwise operators with PowerShell's operand rules: the left
 * operand picks the operation (number, string, array, hashtable, date), the
 * right operand is converted to fit it.
 */
import { PSHashtable } from './hashtable.js';
import { DateTime } from './datetime.js';
import { TimeSpan } from './timespan.js';
import { PSList } from './list.js';
import { PSRuntimeError } from './errors.js';
import { toNumber, toBoolean, SwitchValue } from './convert.js';
import { toPSString } from './to-string.js';
import { typeOf, TYPES } from './types.js';
import { PSEnumValue } from './enum.js';
import { PSNumber, isChar, numericOperation, needsNumberModel, unboxNumber } from './numbers.js';

const OP_METHOD: Record<string, string> = { '+': 'op_Addition', '-': 'op_Subtraction', '*': 'op_Multiply', '/': 'op_Division', '%': 'op_Modulus' };

export function noOperatorMethod(value: unknown, op: string): PSRuntimeError {
  const type = typeOf(value)?.fullName ?? 'System.Object';
  return new PSRuntimeError(
    `Method invocation failed because [${type}] does not contain a method named '${OP_METHOD[op] ?? op}'.`,
    'MethodNotFound', 'InvalidOperation',
  );
}

/**
 * `*` with a Boolean or Char on the left: pwsh multiplies numeric types only
 * and looks for op_Multiply on a non-primitive operand (ParserOps.ImplicitOp).
 */
function multiplyNotDefined(left: unknown, right: unknown): PSRuntimeError {
  const primitive = right === null || right === undefined || typeof right === 'number' || typeof right === 'boolean' || right instanceof PSNumber;
  if (!primitive) return noOperatorMethod(right, '*');
  const name = (v: unknown) => (v === null || v === undefined ? '$null' : typeOf(v)!.fullName);
  return new PSRuntimeError(`The operation '[${name(left)}] * [${name(right)}]' is not defined.`, 'NotADefinedOperationForType', 'InvalidOperation');
}

export function divideByZero(): PSRuntimeError {
  return new PSRuntimeError('Attempted to divide by zero.', 'RuntimeException', 'NotSpecified', 'System.DivideByZeroException');
}

function isNumeric(v: unknown): boolean {
  return typeof v === 'number' || typeof v === 'boolean' || v instanceof SwitchValue || v instanceof PSEnumValue || v instanceof PSNumber;
}

/** A right operand that must be a number; a string parses with the left operand's type in errors. */
function numericRight(left: number, right: unknown): number {
  if (typeof right === 'number') return right;
  const target = typeOf(left) ?? TYPES.int;
  return toNumber(right, target);
}

function asCollection(v: unknown): unknown[] | undefined {
  if (Array.isArray(v)) return v;
  if (v instanceof PSList) return v.items;
  return undefined;
}

export function add(left: unknown, right: unknown, ofs = ' '): unknown {
  if (typeof left === 'number' && typeof right === 'number') {
    const r = left + right;
    return needsNumberModel(left, right, r) ? numericOperation('+', left, right) : r;
  }
  // A [char] on the left concatenates, as pwsh treats it as a one-character string there.
  if (isChar(left)) return left.toString() + toPSString(right, ofs);
  // A string on the left always concatenates, whatever the right operand's type.
  if (typeof left === 'string') return left + toPSString(right, ofs);
  if (left instanceof PSNumber || right instanceof PSNumber) {
    const r = numericOperation('+', left, right);
    if (r !== undefined) return r;
    left = unboxNumber(left); right = unboxNumber(right);
  }
  if (left === null || left === undefined) {
    // $null + x is x (and $null + $null is $null).
    const coll = asCollection(right);
    return coll ? [...coll] : right ?? null;
  }
  const coll = asCollection(left);
  if (coll) {
    const r = asCollection(right);
    return r ? [...coll, ...r] : [...coll, right];
  }
  if (isNumeric(left)) {
    const l = toNumber(left);
    if (right instanceof TimeSpan || right instanceof DateTime) throw noOperatorMethod(left, '+');
    return l + numericRight(l, right);
  }
  if (left instanceof PSHashtable) {
    if (!(right instanceof PSHashtable)) {
      throw new PSRuntimeError('A hash table can only be added to another hash table.', 'AddHashTableToNonHashTable', 'InvalidOperation');
    }
    // A duplicate key raises the DotNetException (ArgumentException) .NET would.
    const out = left.clone();
    for (const e of right.entries()) out.add(e.key, e.value);
    return out;
  }
  if (left instanceof DateTime) {
    if (right instanceof TimeSpan) return left.add(right);
    if (typeof right === 'number') return left.addTicks(right);
    throw noOperatorMethod(left, '+');
  }
  if (left instanceof TimeSpan) {
    if (right instanceof TimeSpan) return left.add(right);
    if (typeof right === 'number') return new TimeSpan(left.ticks + right);
    throw noOperatorMethod(left, '+');
  }
  throw noOperatorMethod(left, '+');
}

export function subtract(left: unknown, right: unknown): unknown {
  if (typeof left === 'number' && typeof right === 'number') {
    const r = left - right;
    return needsNumberModel(left, right, r) ? numericOperation('-', left, right) : r;
  }
  if (left instanceof PSNumber || right instanceof PSNumber) {
    const r = numericOperation('-', left, right);
    if (r !== undefined) return r;
    left = unboxNumber(left); right = unboxNumber(right);
  }
  if (left instanceof DateTime) {
    if (right instanceof DateTime) return left.subtract(right);
    if (right instanceof TimeSpan) return left.subtract(right);
    if (typeof right === 'number') return left.addTicks(-right);
    throw noOperatorMethod(left, '-');
  }
  if (left instanceof TimeSpan) {
    if (right instanceof TimeSpan) return left.subtract(right);
    throw noOperatorMethod(left, '-');
  }
  if (left === null || left === undefined || isNumeric(left) || typeof left === 'string') {
    const l = toNumber(left);
    if (right instanceof DateTime || right instanceof TimeSpan) throw noOperatorMethod(left, '-');
    return l - numericRight(l, right);
  }
  throw noOperatorMethod(left, '-');
}

export function multiply(left: unknown, right: unknown): unknown {
  if (typeof left === 'number' && typeof right === 'number') {
    const r = left * right;
    return needsNumberModel(left, right, r) ? numericOperation('*', left, right) : r;
  }
  if (isChar(left) || typeof left === 'boolean') throw multiplyNotDefined(left, right);
  if (left instanceof PSNumber || right instanceof PSNumber) {
    const r = numericOperation('*', left, right);
    if (r !== undefined) return r;
    left = unboxNumber(left); right = unboxNumber(right);
  }
  if (typeof left === 'string') {
    const n = toNumber(right, TYPES.int);
    if (n < 0) throw new PSRuntimeError('The value of the count parameter must be non-negative.', 'RuntimeException', 'InvalidArgument');
    return left.repeat(Math.trunc(n));
  }
  const coll = asCollection(left);
  if (coll) {
    const n = Math.trunc(toNumber(right, TYPES.int));
    const out: unknown[] = [];
    for (let i = 0; i < n; i++) out.push(...coll);
    return out;
  }
  if (left === null || left === undefined) return null;
  if (isNumeric(left)) {
    const l = toNumber(left);
    return l * numericRight(l, right);
  }
  if (left instanceof TimeSpan && typeof right === 'number') return left.multiply(right);
  throw noOperatorMethod(left, '*');
}

export function divide(left: unknown, right: unknown): unknown {
  if (typeof left === 'number' && typeof right === 'number') {
    if (right === 0) throw divideByZero();
    const r = left / right;
    return needsNumberModel(left, right, r) ? numericOperation('/', left, right) : r;
  }
  if (left instanceof PSNumber || right instanceof PSNumber) {
    const r = numericOperation('/', left, right);
    if (r !== undefined) return r;
    left = unboxNumber(left); right = unboxNumber(right);
  }
  if (left instanceof TimeSpan) {
    if (right instanceof TimeSpan) return left.ticks / right.ticks;
    if (typeof right === 'number') return left.divide(right);
  }
  if (left === null || left === undefined || isNumeric(left) || typeof left === 'string') {
    const l = toNumber(left);
    const r = numericRight(l, right);
    if (r === 0) throw divideByZero();
    return l / r;
  }
  throw noOperatorMethod(left, '/');
}

export function modulo(left: unknown, right: unknown): unknown {
  if (left instanceof PSNumber || right instanceof PSNumber) {
    const r = numericOperation('%', left, right);
    if (r !== undefined) return r;
    left = unboxNumber(left); right = unboxNumber(right);
  }
  if (left === null || left === undefined || isNumeric(left) || typeof left === 'string') {
    const l = toNumber(left);
    const r = numericRight(l, right);
    if (r === 0) throw divideByZero();
    const m = l % r;
    return m === 0 ? 0 : m;
  }
  throw noOperatorMethod(left, '%');
}

export function negate(value: unknown): unknown {
  if (typeof value === 'number') return value === 0 ? 0 : -value;
  // pwsh negates as 0 - x, so the operand's type rules apply (-[uint32]5 is a Double).
  if (value instanceof PSNumber) return numericOperation('-', 0, value);
  if (value instanceof TimeSpan) return value.negate();
  const n = toNumber(value, TYPES.int);
  return n === 0 ? 0 : -n;
}

// ---- Bitwise ------------------------------------------------------------

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

function integerOperand(v: unknown): number {
  const n = toNumber(v, TYPES.long);
  if (!Number.isInteger(n)) return Math.round(n);
  return n;
}

const fits32 = (n: number): boolean => n >= INT32_MIN && n <= INT32_MAX;

function big(n: number): bigint { return BigInt(n); }

function fromBig(b: bigint): number { return Number(BigInt.asIntN(64, b)); }

export function bitwise(op: '-band' | '-bor' | '-bxor', left: unknown, right: unknown): number {
  const l = integerOperand(left);
  const r = integerOperand(right);
  if (fits32(l) && fits32(r)) {
    return op === '-band' ? l & r : op === '-bor' ? l | r : l ^ r;
  }
  const a = big(l), b = big(r);
  return fromBig(op === '-band' ? a & b : op === '-bor' ? a | b : a ^ b);
}

export function shift(op: '-shl' | '-shr', left: unknown, right: unknown): number {
  const l = integerOperand(left);
  const r = integerOperand(right);
  if (fits32(l)) return op === '-shl' ? l << (r & 31) : l >> (r & 31);
  const count = big(r & 63);
  return fromBig(op === '-shl' ? big(l) << count : big(l) >> count);
}

export function bitwiseNot(value: unknown): number {
  const n = integerOperand(value);
  return fits32(n) ? ~n : fromBig(~big(n));
}

export function logicalXor(left: unknown, right: unknown): boolean {
  return toBoolean(left) !== toBoolean(right);
}
