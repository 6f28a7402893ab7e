/**
 * Boxed numbers (PSNumber: integral doubles, Int64 that fits Int32, decimals,
 * the small integral types, Single and Char) at the places outside the
 * arithmetic core that used to accept only plain JS numbers.
 */
import { describe, expect, it } from 'vitest';
import { out, run } from '../engine/run.js';
import { ByteQuantifiedSize } from '../../../src/exo/types/byte-quantified-size.js';
import '../../../src/exo/types/exchange-object.js';
import { compositeFormat } from '../../../src/repl/values/composite-format.js';
import { convertTo } from '../../../src/repl/values/convert.js';
import { makeDouble, makeLong, makeDecimal } from '../../../src/repl/values/numbers.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { invokeMethod } from '../../../src/repl/values/members.js';
import { unaryOperator } from '../../../src/repl/values/operators.js';
import { typeOf } from '../../../src/repl/values/types.js';

const typeName = (v: unknown) => typeOf(v)!.name;

describe('boxed numbers in the value layer', () => {
  it('-f applies numeric formats to boxed numbers and keeps their own text without one', () => {
    expect(compositeFormat('{0:N2}', [makeDouble(2)])).toBe('2.00');
    expect(compositeFormat('{0:N1}|{1:D3}', [makeDouble(3), makeLong(4)])).toBe('3.0|004');
    expect(compositeFormat('{0}|{1}', [makeDecimal(1.5, 2), convertTo('char', 'x')])).toBe('1.50|x');
  });
  it('GetTypeCode names the boxed type', () => {
    expect(invokeMethod(makeDouble(2), 'GetTypeCode', [])).toBe('Double');
    expect(invokeMethod(convertTo('byte', 2), 'GetTypeCode', [])).toBe('Byte');
  });
  it('Equals compares a boxed argument by value', () => {
    expect(invokeMethod(makeDouble(2), 'Equals', [makeDouble(2)])).toBe(true);
    expect(invokeMethod(2, 'Equals', [3])).toBe(false);
  });
  it('unary + and - keep the operand type (pwsh computes them as 0 + x and 0 - x)', () => {
    expect(typeName(unaryOperator('+', makeDouble(2)))).toBe('Double');
    expect(typeName(unaryOperator('-', makeDouble(2)))).toBe('Double');
    expect(typeName(unaryOperator('-', makeLong(5)))).toBe('Int64');
    expect(typeName(unaryOperator('-', convertTo('uint32', 5)))).toBe('Double');
    expect(unaryOperator('+', convertTo('char', 'a'))).toBe(97);
  });
  it('a ByteQuantifiedSize compares with a boxed byte count', () => {
    expect(invokeMethod(new ByteQuantifiedSize(1024), 'CompareTo', [makeLong(1024)])).toBe(0);
    expect(invokeMethod(new ByteQuantifiedSize(1024), 'CompareTo', [makeDouble(2048)])).toBe(-1);
  });
  it('hashtable keys: equal boxed numbers find one slot, and an Int64 key is not an Int32 key', () => {
    const h = new PSHashtable();
    h.set(makeLong(1), 'long');
    expect(h.get(makeLong(1))).toBe('long');
    expect(h.get(1)).toBeNull();
  });
});

describe('boxed numbers in cmdlets', () => {
  it('Sort-Object orders boxed and plain numbers numerically', async () => {
    expect(await out('10, 2.0, 3 | Sort-Object')).toEqual(['2', '3', '10']);
  });
  it('Get-Random with a Double bound gives a Double', async () => {
    expect(await out('(Get-Random -Minimum 1.0 -Maximum 2.0).GetType().Name')).toEqual(['Double']);
  });
  it('a calculated property with a non-script expression names its real type', async () => {
    const r = await run('1 | Select-Object @{n="a"; e=2.0}');
    expect(r.stderr).toContain('The "e" key has a type, System.Double, that is not valid');
  });
  it('$FormatEnumerationLimit may be a boxed number', async () => {
    expect(await out('$FormatEnumerationLimit = [long]2; [pscustomobject]@{ a = 1, 2, 3 } | Format-List | Out-String -Stream | Where-Object { $_ }')).toEqual(['a : {1, 2…}']);
  });
});

describe('Get-Member of boxed numbers', () => {
  it('lists the numeric methods of the boxed type', async () => {
    expect(await out('2.0 | Get-Member -MemberType Method | Select-Object -First 2 -ExpandProperty Definition')).toEqual([
      'int CompareTo(System.Object value), int CompareTo(double value)',
      'bool Equals(System.Object obj), bool Equals(double obj)',
    ]);
  });
});

describe('ConvertTo-Json of the boxed types', () => {
  it('writes a char as a string and a Single with its printed digits', async () => {
    expect(await out("[pscustomobject]@{ c = [char]'x'; f = [float]1.1; b = [byte]7 } | ConvertTo-Json -Compress")).toEqual(['{"c":"x","f":1.1,"b":7}']);
  });
});

describe('a string on the left of + concatenates any boxed number (about_Arithmetic_Operators)', () => {
  it('chars, longs, decimals and uint32 join as text', async () => {
    expect(await out('"" + [char]"b"; "x" + [long]5; "1" + 2.5d; "v" + [uint32]3')).toEqual(['b', 'x5', '12.5', 'v3']);
    expect(await out('$t = ""; foreach ($c in "a".."e") { $t += $c }; $t')).toEqual(['abcde']);
  });
});
