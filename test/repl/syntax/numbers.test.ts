/**
 * Numeric literal typing. Expected values are the table and rules of
 * PowerShell-Docs about_Numeric_Literals (7.4) and tokenizer.cs TryGetNumberValue.
 */
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../src/repl/syntax/index.js';
import { decimalLiteralScale, isBigIntegerLiteral, parseNumberLiteral } from '../../../src/repl/syntax/numbers.js';

const typed = (text: string) => {
  const n = parseNumberLiteral(text);
  return n && `${n.numberType} ${n.bigValue ?? n.value}`;
};

function problems(source: string): string[] {
  return parseScript(source).diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
}

describe('numeric literal types (about_Numeric_Literals examples)', () => {
  it.each([
    ['100', 'int 100'], ['100u', 'uint 100'], ['100D', 'decimal 100'], ['100l', 'long 100'],
    ['100uL', 'ulong 100'], ['100us', 'ushort 100'], ['100uy', 'byte 100'], ['100y', 'sbyte 100'],
    ['1e2', 'double 100'], ['1.e2', 'double 100'], ['0x1e2', 'int 482'], ['0x1e2L', 'long 482'],
    ['0x1e2D', 'int 7725'], ['482D', 'decimal 482'], ['482gb', 'long 517543559168'], ['0x1e2lgb', 'long 517543559168'],
    ['0b1011011', 'int 91'], ['0xFFFFs', 'short -1'], ['0xFFFFFFFF', 'int -1'], ['-0xFFFFFFFF', 'int 1'],
    ['0xFFFFFFFFu', 'uint 4294967295'],
  ])('%s is %s', (text, expected) => {
    expect(typed(text)).toBe(expected);
  });

  it('applies multipliers after the type suffix, checking the typed range', () => {
    expect(typed('100Lgb')).toBe('long 107374182400');
    expect(typed('1uykb')).toBeUndefined();
    expect(typed('1usgb')).toBeUndefined();
    expect(typed('1ukb')).toBe('uint 1024');
    expect(typed('4usmb')).toBeUndefined();
    expect(typed('4ugb')).toBe('ulong 4294967296');
  });

  it('rejects values outside the suffix type', () => {
    expect(typed('256uy')).toBeUndefined();
    expect(typed('255uy')).toBe('byte 255');
    expect(typed('128y')).toBeUndefined();
    expect(typed('-128y')).toBe('sbyte -128');
    expect(typed('32768s')).toBeUndefined();
    expect(typed('-1u')).toBeUndefined();
    expect(typed('18446744073709551615u')).toBe('ulong 18446744073709551615');
    expect(typed('18446744073709551616u')).toBeUndefined();
  });

  it('rounds a real literal with an integer suffix half to even (Parser.Tests.ps1 numerical notations)', () => {
    expect(typed('1.2L')).toBe('long 1');
    expect(typed('1.2345e1L')).toBe('long 12');
    expect(typed('1.2345e-5L')).toBe('long 0');
    expect(typed('3.72y')).toBe('sbyte 4');
    expect(typed('-3.72s')).toBe('short -4');
    expect(typed('2.5l')).toBe('long 2');
    expect(typed('-2.5l')).toBe('long -2');
    expect(typed('3.5us')).toBe('ushort 4');
    expect(typed('-0.5y')).toBe('sbyte 0');
    expect(typed('1.30Dmb')).toBe('decimal 1363148.8');
  });

  it('reads hex sign bits at the width of the suffix; unsigned suffixes ignore them', () => {
    expect(typed('0xFFy')).toBe('sbyte -1');
    expect(typed('0xFFuy')).toBe('byte 255');
    expect(typed('0xFF')).toBe('int 255');
    expect(typed('0x0FFFFs')).toBeUndefined();
    expect(typed('0x8000s')).toBe('short -32768');
    expect(typed('0xFFFFFFFFl')).toBe('long 4294967295');
    expect(typed('0xFFFFFFFFFFFFFFFF')).toBe('long -1');
    expect(typed('0xFFFFFFFFFFFFFFFFu')).toBe('ulong 18446744073709551615');
    expect(typed('0x10000000000000000')).toBeUndefined();
  });

  it('makes a 15- or 16-digit hex literal Int64 whatever its value', () => {
    expect(typed('0x000000000000001')).toBe('long 1');
    expect(typed('0x0000000000000001')).toBe('long 1');
    expect(typed('0x00000000000001')).toBe('int 1');
  });

  it('reads binary sign bits at 8, 16, 32 and 64 digits led by a 1', () => {
    expect(typed('0b11111111')).toBe('int -1');
    expect(typed('0b11111111uy')).toBe('byte 255');
    expect(typed('0b011111111')).toBe('int 255');
    expect(typed('0b10000000y')).toBe('sbyte -128');
    expect(typed('0b1111111')).toBe('int 127');
    expect(typed(`0b${'0'.repeat(63)}1`)).toBe('long 1');
  });

  it('does not let hex or binary fall back to decimal or double', () => {
    expect(typed('0x1FFFFFFFFFFFFFFFF')).toBeUndefined();
    expect(typed('18446744073709551616')).toBe('decimal 18446744073709552000');
  });

  it('recognises BigInteger literals without giving them a value', () => {
    expect(typed('482ngb')).toBeUndefined();
    expect(isBigIntegerLiteral('482ngb')).toBe(true);
    expect(isBigIntegerLiteral('0x10n')).toBe(true);
    expect(isBigIntegerLiteral('10')).toBe(false);
    expect(isBigIntegerLiteral('1nn')).toBe(false);
  });
});

describe('decimal literal scale', () => {
  it('keeps fraction digits, less the exponent', () => {
    expect(['100d', '1.30d', '1.30Dmb', '0.0d', '1.5e3d', '1.50e1d', '15e3d', '1.5e-2d', '-2.50d'].map(decimalLiteralScale))
      .toEqual([0, 2, 2, 1, 0, 1, 0, 3, 2]);
  });
});

describe('numeric literal scanning and errors', () => {
  it('scans 1.e2 as one literal but leaves 1..3 and 1.5.ToString() alone', () => {
    expect(problems('1.e2; 1..3; 1.5.ToString(); (1).GetType()')).toEqual([]);
  });

  it('reports a malformed literal as pwsh does', () => {
    expect(problems('1usgb')).toEqual(['1:1 The numeric constant 1usgb is not valid.']);
    expect(problems('$x = 256uy')).toEqual(['1:6 The numeric constant 256uy is not valid.']);
  });

  it('keeps the sign in the literal, so -1u is out of range', () => {
    expect(problems('-1u')).toEqual(['1:1 The numeric constant -1u is not valid.']);
    expect(problems('-1y + -0x7Fy')).toEqual([]);
    // 0x80y is -128 by its sign bit, so its negation overflows SByte.
    expect(problems('-0x80y')).toEqual(['1:1 The numeric constant -0x80y is not valid.']);
  });

  it('says plainly that BigInteger literals are unsupported, in expressions and arguments', () => {
    const message = 'The numeric constant 5n is a BigInteger literal (n suffix), which exosh does not support; use a [long] or [decimal] literal instead.';
    expect(problems('5n')).toEqual([`1:1 ${message}`]);
    expect(problems('Write-Output 5n')).toEqual([`1:14 ${message}`]);
    expect(problems('Write-Output 5q')).toEqual([]);
  });
});
