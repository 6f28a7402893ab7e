import { describe, expect, it } from 'vitest';
import { PSNumber, literalNumber, makeDouble, makeLong, numericOperation } from '../../../src/repl/values/numbers.js';
import { typeOf } from '../../../src/repl/values/types.js';
import { toPSString, convertTo, toBoolean } from '../../../src/repl/values/convert.js';
import { binaryOperator } from '../../../src/repl/values/operators.js';
import { valueEquals, compareValues } from '../../../src/repl/values/comparison.js';

const typeName = (v: unknown) => typeOf(v)!.name;

describe('number model (about_Numeric_Literals, about_Arithmetic_Operators)', () => {
  it('boxes only values whose type differs from the inferred one', () => {
    expect(makeDouble(1.5)).toBe(1.5);
    expect(makeDouble(3)).toEqual(new PSNumber('double', 3));
    expect(makeLong(5_000_000_000)).toBe(5_000_000_000);
    expect(typeName(makeLong(100))).toBe('Int64');
  });
  it('literals keep their type: 1e2 is Double, 100l Int64, 1.30d keeps its scale', () => {
    expect(typeName(literalNumber('double', 100, '1e2'))).toBe('Double');
    expect(toPSString(literalNumber('double', 100, '1e2'))).toBe('100');
    expect(typeName(literalNumber('long', 100, '100l'))).toBe('Int64');
    expect(toPSString(literalNumber('decimal', 1.3, '1.30d'))).toBe('1.30');
    expect(toPSString(binaryOperator('*', literalNumber('decimal', 1.3, '1.30d'), 1048576))).toBe('1363148.80');
  });
  it('Int32 overflow widens to Double, Int64 overflow too', () => {
    expect(typeName(binaryOperator('+', 2147483647, 1))).toBe('Double');
    expect(typeName(binaryOperator('+', -2147483648, 4294967295))).toBe('Int64');
    expect(typeName(binaryOperator('+', 9223372036854775807, 2))).toBe('Double');
    expect(toPSString(binaryOperator('*', makeDouble(1e15), 1000))).toBe('1E+18');
    expect(typeName(binaryOperator('+', 0.5, 0.5))).toBe('Double');
  });
  it('keeps Int32 results plain and exact division Int32', () => {
    expect(binaryOperator('+', 2, 3)).toBe(5);
    expect(binaryOperator('/', 6, 3)).toBe(2);
    expect(binaryOperator('/', 7, 2)).toBe(3.5);
    expect(typeName(numericOperation('/', makeDouble(6), 3))).toBe('Double');
  });
  it('boxed numbers compare, convert and test as their value', () => {
    expect(valueEquals(makeDouble(3), 3)).toBe(true);
    expect(compareValues(makeLong(2), 3)).toBe(-1);
    expect(convertTo('int', makeDouble(3))).toBe(3);
    expect(typeName(convertTo('double', 3))).toBe('Double');
    expect(toBoolean(makeDouble(0))).toBe(false);
    expect(binaryOperator('+', 'n', makeDouble(2))).toBe('n2');
  });
});

describe('decimal edge (about_Arithmetic_Operators)', () => {
  it('[decimal]::MaxValue prints exactly and adding to it overflows', async () => {
    const { getStaticMember } = await import('../../../src/repl/values/statics.js');
    const max = getStaticMember('decimal', 'MaxValue');
    expect(toPSString(max)).toBe('79228162514264337593543950335');
    expect(() => binaryOperator('+', max, 1)).toThrow('Value was either too large or too small for a Decimal.');
    expect(toPSString(binaryOperator('-', max, 1))).toBe('79228162514264337593543950335');
  });
});

describe('integral types beyond Int32/Int64 (Binders.cs BinaryNumericOp, NumericOps.cs)', () => {
  const uint = (n: number) => convertTo('uint32', n);
  it('casts give the named type and check its range', () => {
    for (const [type, name] of [['byte', 'Byte'], ['sbyte', 'SByte'], ['int16', 'Int16'], ['uint16', 'UInt16'], ['uint32', 'UInt32'], ['uint64', 'UInt64'], ['float', 'Single']]) {
      expect(typeName(convertTo(type, 5))).toBe(name);
    }
    expect(() => convertTo('byte', 300)).toThrow('Value was either too large or too small for an unsigned byte.');
    expect(() => convertTo('sbyte', 128)).toThrow('Value was either too large or too small for a signed byte.');
    expect(() => convertTo('uint32', -1)).toThrow('Value was either too large or too small for a UInt32.');
    expect(toPSString(convertTo('uint32', 4294967295))).toBe('4294967295');
  });
  it('operands up to Int32 compute as Int32', () => {
    expect(binaryOperator('+', convertTo('byte', 200), convertTo('byte', 100))).toBe(300);
    expect(typeName(binaryOperator('*', convertTo('int16', 2), convertTo('sbyte', 3)))).toBe('Int32');
  });
  it('UInt32 stays UInt32 in range, widens to Double past it, and to Int64 with a negative signed operand', () => {
    expect(typeName(binaryOperator('+', uint(5), 1))).toBe('UInt32');
    expect(typeName(binaryOperator('+', uint(4294967295), 1))).toBe('Double');
    expect(typeName(binaryOperator('-', uint(5), uint(6)))).toBe('Double');
    expect(typeName(binaryOperator('+', -2147483648, uint(4294967295)))).toBe('Int64');
    expect(typeName(binaryOperator('/', uint(7), 2))).toBe('Double');
    expect(typeName(binaryOperator('/', uint(8), 2))).toBe('UInt32');
  });
  it('UInt64 with a negative signed operand computes as Decimal; Single computes as Double', () => {
    expect(typeName(binaryOperator('+', convertTo('uint64', 5), -1))).toBe('Decimal');
    expect(typeName(binaryOperator('+', convertTo('uint64', 5), 1))).toBe('UInt64');
    expect(typeName(binaryOperator('+', convertTo('float', 1.5), 1))).toBe('Double');
  });
  it('a Single prints with 7 significant digits (LanguagePrimitives.SinglePrecision "G7")', () => {
    expect(toPSString(convertTo('float', 1.1))).toBe('1.1');
    expect(toPSString(convertTo('float', 12345678))).toBe('1.234568E+07');
  });
  it('[single] statics give Singles', async () => {
    const { getStaticMember } = await import('../../../src/repl/values/statics.js');
    expect(toPSString(getStaticMember('single', 'MaxValue'))).toBe('3.402823E+38');
    expect(typeName(getStaticMember('float', 'MinValue'))).toBe('Single');
  });
});

describe('[char] (Binders.cs BinaryAdd, BinaryEqualityComparison; NumericOps.cs CharOps)', () => {
  const ch = (s: string) => convertTo('char', s);
  it('is its own type that prints as the character', () => {
    expect(typeName(ch('a'))).toBe('Char');
    expect(toPSString(ch('a'))).toBe('a');
    expect(toPSString(convertTo('char', 65))).toBe('A');
    expect(convertTo('int', ch('A'))).toBe(65);
    expect(convertTo('string', ch('A'))).toBe('A');
  });
  it('concatenates on the left of + and is numeric on the right', () => {
    expect(binaryOperator('+', ch('a'), 1)).toBe('a1');
    expect(binaryOperator('+', 1, ch('a'))).toBe(98);
    expect(binaryOperator('-', ch('b'), ch('a'))).toBe(1);
    expect(() => binaryOperator('*', ch('a'), 2)).toThrow("The operation '[System.Char] * [System.Int32]' is not defined.");
  });
  it('-eq ignores case against a char or one-character string, -ceq does not', () => {
    expect(valueEquals(ch('a'), 'A')).toBe(true);
    expect(valueEquals(ch('a'), 'A', true)).toBe(false);
    expect(valueEquals(ch('a'), ch('A'))).toBe(true);
    expect(valueEquals(ch('a'), 'ab')).toBe(false);
    expect(valueEquals(ch('A'), 65)).toBe(true);
    expect(valueEquals('a', ch('a'))).toBe(true);
    expect(compareValues(ch('a'), 'b')).toBe(-1);
  });
});
