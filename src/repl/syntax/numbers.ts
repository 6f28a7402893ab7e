/**
 * Numeric literals as pwsh 7 types them (about_Numeric_Literals; tokenizer.cs TryGetNumberValue):
 * decimal, hex (`0x1F`) and binary (`0b101`) integers, reals (`1.5`, `1e2`, `1.e2`), type suffixes
 * `y uy s us l u ul d n`, then a multiplier `kb mb gb tb pb`. Without a suffix an integer is the
 * first of int, long, decimal, double that holds it; with one, the suffix's type or malformed.
 * Hex and binary literals are bit patterns: a full-width one has a sign bit (0xFFFFFFFF is -1,
 * 0xFFFFs is -1) unless the suffix is unsigned.
 */
import { isDash, isDigit, isHexDigit } from './chars.js';
import type { CharReader } from './string-literals.js';
import type { NumberInfo } from './tokens.js';
import type { NumberType } from './ast.js';

type IntegralType = Exclude<NumberType, 'double' | 'decimal'>;

/** Inclusive .NET ranges of the integral literal types. */
const RANGES: Readonly<Record<IntegralType, readonly [bigint, bigint]>> = {
  sbyte: [-128n, 127n],
  byte: [0n, 255n],
  short: [-32768n, 32767n],
  ushort: [0n, 65535n],
  int: [-(2n ** 31n), 2n ** 31n - 1n],
  uint: [0n, 2n ** 32n - 1n],
  long: [-(2n ** 63n), 2n ** 63n - 1n],
  ulong: [0n, 2n ** 64n - 1n],
};
const DECIMAL_MAX = 79228162514264337593543950335n;

const MULTIPLIERS: Readonly<Record<string, bigint>> = {
  kb: 1024n, mb: 1024n ** 2n, gb: 1024n ** 3n, tb: 1024n ** 4n, pb: 1024n ** 5n,
};

/** What a type suffix asks for; `u` is UInt32 or, when the value needs it, UInt64. */
type Suffix = 'none' | 'u' | 'ulong' | 'ushort' | 'byte' | 'sbyte' | 'short' | 'long' | 'decimal' | 'bigint';
const SUFFIXES: Readonly<Record<string, Suffix>> = {
  '': 'none', u: 'u', ul: 'ulong', us: 'ushort', uy: 'byte', y: 'sbyte', s: 'short', l: 'long', d: 'decimal', n: 'bigint',
};

const LITERAL = /^([-+]?)(?:0x([0-9a-f]+)|0b([01]+)|((?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?))(u[lsy]?|[ysldn])?(kb|mb|gb|tb|pb)?$/i;
const BIGINT_SUFFIX = /\dn(?:kb|mb|gb|tb|pb)?$/i;

/** En/em dashes stand for `-` in a literal's sign and exponent. */
const plainDashes = (text: string): string => text.replace(/[\u2013\u2014\u2015]/g, '-');

/**
 * The value of a literal such as `42`, `-5`, `0x1F`, `0b101`, `1.e2`, `10l`, `2.5d`, `100uy`, `10MB`;
 * undefined when it is malformed (out of its type's range, or a suffix combination pwsh rejects).
 */
export function parseNumberLiteral(literal: string): NumberInfo | undefined {
  const m = LITERAL.exec(plainDashes(literal));
  if (!m) return undefined;
  const negative = m[1] === '-';
  const [hex, binary, decimalText] = [m[2], m[3], m[4]];
  const suffix = SUFFIXES[(m[5] ?? '').toLowerCase()]!;
  const multiplier = MULTIPLIERS[(m[6] ?? '').toLowerCase()] ?? 1n;
  // BigInteger has no counterpart in the value layer; the lexer reports that (see isBigIntegerLiteral).
  if (suffix === 'bigint') return undefined;

  if (decimalText !== undefined && /[.e]/i.test(decimalText)) {
    return realLiteral(Number(`${m[1]}${decimalText}`) * Number(multiplier), suffix);
  }
  let big: bigint;
  let effective: Suffix = suffix;
  if (hex !== undefined) [big, effective] = hexBits(hex, suffix);
  else if (binary !== undefined) [big, effective] = binaryBits(binary, suffix);
  else big = BigInt(decimalText!);
  big *= negative ? -multiplier : multiplier;
  return integerLiteral(big, effective, decimalText !== undefined);
}

/**
 * The scale (digits after the point) .NET gives a decimal literal: its fraction digits less its
 * exponent, never below zero (`1.30d` is 1.30, `1.5e3d` is 1500, `1.50e1d` is 15.0).
 */
export function decimalLiteralScale(literal: string): number {
  const m = /^[^.e]*(?:\.(\d*))?(?:e([-+]?\d+))?/i.exec(plainDashes(literal))!;
  const exponent = m[2] === undefined ? 0 : Number(m[2]);
  return Math.max(0, (m[1] ?? '').length - exponent);
}

/** Whether a literal is a (well-formed) BigInteger literal, which exosh reports as unsupported. */
export function isBigIntegerLiteral(literal: string): boolean {
  return BIGINT_SUFFIX.test(literal) && LITERAL.test(plainDashes(literal));
}

/** A real literal: Double, Decimal with `d`, else rounded (half to even, as .NET Math.Round) into the suffix's type. */
function realLiteral(value: number, suffix: Suffix): NumberInfo | undefined {
  if (suffix === 'none') return { value, bigValue: undefined, numberType: 'double' };
  if (suffix === 'decimal') {
    if (!Number.isFinite(value) || Math.abs(value) > Number(DECIMAL_MAX)) return undefined;
    return { value, bigValue: undefined, numberType: 'decimal' };
  }
  if (!Number.isFinite(value)) return undefined;
  return integerLiteral(BigInt(roundHalfEven(value)), suffix, false);
}

function roundHalfEven(value: number): number {
  return Math.abs(value % 1) === 0.5 ? 2 * Math.round(value / 2) : Math.round(value);
}

/**
 * A hex literal's value: digits filling the suffix's width (2 for `y`, 4 for `s`, 16 for `l`,
 * else 8, or 16 from 15 digits on) carry a sign bit unless the suffix is unsigned; 15 or more
 * digits without a width suffix make an Int64/UInt64.
 */
function hexBits(digits: string, suffix: Suffix): [bigint, Suffix] {
  const unsigned = suffix === 'u' || suffix === 'ulong' || suffix === 'ushort' || suffix === 'byte';
  let signed = false;
  let width = digits.length + 1; // pwsh prepends a 0 so the parse is unsigned by default
  if (!unsigned) {
    const expected = suffix === 'sbyte' ? 2 : suffix === 'short' ? 4 : suffix === 'long' ? 16 : width < 16 ? 8 : 16;
    if (digits.length === expected) {
      signed = true;
      width = digits.length;
    }
  }
  let value = BigInt(`0x${digits}`);
  if (signed && parseInt(digits[0]!, 16) >= 8) value -= 1n << BigInt(4 * digits.length);
  return [value, width === 16 ? widen(suffix) : suffix];
}

/** A binary literal's value: 8, 16, 32, 64 or 96 digits led by a 1 carry a sign bit unless unsigned. */
function binaryBits(digits: string, suffix: Suffix): [bigint, Suffix] {
  const unsigned = suffix === 'u' || suffix === 'ulong' || suffix === 'ushort' || suffix === 'byte';
  let value = BigInt(`0b${digits}`);
  const signWidths = [8, 16, 32, 64, 96];
  if (!unsigned && digits[0] === '1' && (signWidths.includes(digits.length) || digits.length >= 128)) {
    value -= 1n << BigInt(digits.length);
  }
  return [value, digits.length === 64 ? widen(suffix) : suffix];
}

/** A 64-bit-wide hex or binary literal is Int64 (UInt64 with `u`) whatever its value. */
function widen(suffix: Suffix): Suffix {
  if (suffix === 'none') return 'long';
  return suffix === 'u' ? 'ulong' : suffix;
}

function integerLiteral(value: bigint, suffix: Suffix, base10: boolean): NumberInfo | undefined {
  switch (suffix) {
    case 'none':
      if (fits(value, 'int')) return integral(value, 'int');
      if (fits(value, 'long')) return integral(value, 'long');
      if (!base10) return undefined;
      if (value >= -DECIMAL_MAX && value <= DECIMAL_MAX) return { value: Number(value), bigValue: undefined, numberType: 'decimal' };
      return { value: Number(value), bigValue: undefined, numberType: 'double' };
    case 'u':
      if (fits(value, 'uint')) return integral(value, 'uint');
      return fits(value, 'ulong') ? integral(value, 'ulong') : undefined;
    case 'decimal':
      return value >= -DECIMAL_MAX && value <= DECIMAL_MAX ? { value: Number(value), bigValue: undefined, numberType: 'decimal' } : undefined;
    case 'bigint':
      return undefined;
    default:
      return fits(value, suffix) ? integral(value, suffix) : undefined;
  }
}

function fits(value: bigint, type: IntegralType): boolean {
  const [min, max] = RANGES[type];
  return value >= min && value <= max;
}

/** Int64/UInt64 keep their exact value beside the (possibly rounded) JS number. */
function integral(value: bigint, type: IntegralType): NumberInfo {
  const exact = type === 'long' || type === 'ulong' ? value : undefined;
  return { value: Number(value), bigValue: exact, numberType: type };
}

/**
 * Where the number literal starting at `start` (optionally with a leading dash) ends,
 * including its type suffix and multiplier. The scanner decides whether that is a token.
 */
export function numberLiteralEnd(r: CharReader, start: number): number {
  let end = start;
  if (isDash(r.charAt(end))) end++;
  const radix = r.charAt(end) === '0' ? r.charAt(end + 1).toLowerCase() : '';
  if (radix === 'x' && isHexDigit(r.charAt(end + 2))) {
    end += 2;
    while (isHexDigit(r.charAt(end))) end++;
  } else if (radix === 'b' && (r.charAt(end + 2) === '0' || r.charAt(end + 2) === '1')) {
    end += 2;
    while (r.charAt(end) === '0' || r.charAt(end) === '1') end++;
  } else {
    end = realEnd(r, end);
  }
  return suffixEnd(r, end);
}

/** The end of `12`, `1.5`, `.5`, `1e3`, `1.e2`; `1..3` stops before the range operator. */
function realEnd(r: CharReader, body: number): number {
  let end = body;
  while (isDigit(r.charAt(end))) end++;
  if (r.charAt(end) === '.') {
    if (isDigit(r.charAt(end + 1))) {
      end++;
      while (isDigit(r.charAt(end))) end++;
    } else if (end > body && exponentEnd(r, end + 1) > end + 1) {
      // `1.e2`; a bare `1.` followed by a name stays a member access (`1.GetType()`), which pwsh rejects.
      end++;
    }
  }
  return end > body ? exponentEnd(r, end) : end;
}

/** After the mantissa: `e`, an optional sign and digits; no digits means no exponent. */
function exponentEnd(r: CharReader, at: number): number {
  const e = r.charAt(at);
  if (e !== 'e' && e !== 'E') return at;
  let q = at + 1;
  if (r.charAt(q) === '+' || isDash(r.charAt(q))) q++;
  if (!isDigit(r.charAt(q))) return at;
  while (isDigit(r.charAt(q))) q++;
  return q;
}

/** Type suffix (`u` optionally followed by `l`, `s` or `y`; or one of `y s l d n`), then a multiplier. */
function suffixEnd(r: CharReader, at: number): number {
  let end = at;
  const first = r.charAt(end).toLowerCase();
  if ('usldyn'.includes(first) && first !== '') {
    end++;
    if (first === 'u' && 'lsy'.includes(r.charAt(end).toLowerCase()) && r.charAt(end) !== '') end++;
  }
  if (MULTIPLIERS[(r.charAt(end) + r.charAt(end + 1)).toLowerCase()] !== undefined) end += 2;
  return end;
}
