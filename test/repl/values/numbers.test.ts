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
