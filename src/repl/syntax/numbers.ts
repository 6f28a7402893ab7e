/**
 * Numeric literal values with PowerShell's typing: the smallest of int/long/double that holds
 * the value, `l` forces long and `d` decimal, hex and binary (`0b1010`) literals are bit
 * patterns that wrap like C# (0xFFFFFFFF is -1),
 * and KB/MB/GB/TB/PB multiply by powers of 1024.
 */
import { isDash, isDigit, isHexDigit } from './chars.js';
import type { CharReader } from './string-literals.js';
import type { NumberInfo } from './tokens.js';

const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;

const MULTIPLIERS: Readonly<Record<string, bigint>> = {
  kb: 1024n, mb: 1024n ** 2n, gb: 1024n ** 3n, tb: 1024n ** 4n, pb: 1024n ** 5n,
};

const LITERAL = /^(-?)(?:0x([0-9a-f]+)|0b([01]+)|(\d*\.?\d+(?:e[+-]?\d+)?))([ld]?)(kb|mb|gb|tb|pb)?$/i;

/** Parses a literal such as `42`, `-5`, `0x1F`, `0b101`, `1.5e3`, `10l`, `2.5d`, `10MB`; undefined if invalid. */
export function parseNumberLiteral(text: string): NumberInfo | undefined {
  const m = LITERAL.exec(text);
  if (!m) return undefined;
  const negative = m[1] === '-';
  const hex = m[2];
  const binary = m[3];
  const decimalText = m[4];
  const typeSuffix = (m[5] ?? '').toLowerCase();
  const multiplier = MULTIPLIERS[(m[6] ?? '').toLowerCase()] ?? 1n;

  if (hex !== undefined || binary !== undefined) {
    if (typeSuffix === 'd') return undefined;
    let raw = hex !== undefined ? BigInt(`0x${hex}`) : BigInt(`0b${binary}`);
    if (raw > 0xffffffffffffffffn) return undefined;
    // Bit patterns: 32 bits make an int, 64 bits a long (two's complement).
    let value: bigint;
    let type: 'int' | 'long';
    if (typeSuffix !== 'l' && raw <= 0xffffffffn) {
      value = raw > INT_MAX ? raw - 2n ** 32n : raw;
      type = 'int';
    } else {
      value = raw > LONG_MAX ? raw - 2n ** 64n : raw;
      type = 'long';
    }
    if (negative) value = -value;
    raw = value * multiplier;
    return integerResult(raw, type);
  }

  const isReal = decimalText!.includes('.') || /e/i.test(decimalText!);
  if (typeSuffix === 'd') {
    const value = Number(`${negative ? '-' : ''}${decimalText}`) * Number(multiplier);
    return { value, bigValue: undefined, numberType: 'decimal' };
  }
  if (isReal) {
    const value = Number(`${negative ? '-' : ''}${decimalText}`) * Number(multiplier);
    if (typeSuffix === 'l') {
      if (!Number.isInteger(value) || !Number.isSafeInteger(value)) return undefined;
      return { value, bigValue: BigInt(value), numberType: 'long' };
    }
    return { value, bigValue: undefined, numberType: 'double' };
  }
  let integer = BigInt(decimalText!) * multiplier;
  if (negative) integer = -integer;
  if (typeSuffix === 'l') {
    if (integer < LONG_MIN || integer > LONG_MAX) return undefined;
    return { value: Number(integer), bigValue: integer, numberType: 'long' };
  }
  return integerResult(integer, 'int');
}

function integerResult(value: bigint, smallest: 'int' | 'long'): NumberInfo {
  if (smallest === 'int' && value >= INT_MIN && value <= INT_MAX) {
    return { value: Number(value), bigValue: undefined, numberType: 'int' };
  }
  if (value >= LONG_MIN && value <= LONG_MAX) {
    return { value: Number(value), bigValue: value, numberType: 'long' };
  }
  return { value: Number(value), bigValue: undefined, numberType: 'double' };
}

/**
 * Where the number literal starting at `start` (optionally with a leading dash) ends,
 * including its type suffix and multiplier. The scanner decides whether that is a token.
 */
export function numberLiteralEnd(r: CharReader, start: number): number {
  let end = start;
  if (isDash(r.charAt(end))) end++;
  const body = end;
  const radix = r.charAt(end) === '0' ? r.charAt(end + 1).toLowerCase() : '';
  if (radix === 'x' && isHexDigit(r.charAt(end + 2))) {
    end += 2;
    while (isHexDigit(r.charAt(end))) end++;
  } else if (radix === 'b' && (r.charAt(end + 2) === '0' || r.charAt(end + 2) === '1')) {
    end += 2;
    while (r.charAt(end) === '0' || r.charAt(end) === '1') end++;
  } else {
    while (isDigit(r.charAt(end))) end++;
    if (r.charAt(end) === '.' && isDigit(r.charAt(end + 1))) {
      end++;
      while (isDigit(r.charAt(end))) end++;
    }
    const e = r.charAt(end);
    if ((e === 'e' || e === 'E') && end > body) {
      let q = end + 1;
      if (r.charAt(q) === '+' || isDash(r.charAt(q))) q++;
      if (isDigit(r.charAt(q))) {
        while (isDigit(r.charAt(q))) q++;
        end = q;
      }
    }
  }
  // suffixes: type (l, d) then multiplier (kb..pb)
  const suffix = (r.charAt(end) + r.charAt(end + 1) + r.charAt(end + 2)).toLowerCase();
  let suffixLength = suffix[0] === 'l' || suffix[0] === 'd' ? 1 : 0;
  if (['kb', 'mb', 'gb', 'tb', 'pb'].includes(suffix.slice(suffixLength, suffixLength + 2))) suffixLength += 2;
  return end + suffixLength;
}
