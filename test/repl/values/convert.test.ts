import { describe, expect, it } from 'vitest';
import { PSNumber } from '../../../src/repl/values/numbers.js';
import { toBoolean, convertTo, tryConvertTo, toPSString, roundHalfEven, parseNumber } from '../../../src/repl/values/convert.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { DateTime } from '../../../src/repl/values/datetime.js';
import { TimeSpan } from '../../../src/repl/values/timespan.js';
import { PSGuid } from '../../../src/repl/values/guid.js';
import { PSList } from '../../../src/repl/values/list.js';
import { SecureString } from '../../../src/repl/values/securestring.js';
import { typeOf } from '../../../src/repl/values/types.js';

process.env.TZ = 'UTC';

describe('toBoolean (about_Booleans)', () => {
  it.each([
    [null, false], ['', false], ['False', true], ['0', true], [0, false], [1, true], [-1, true], [0.0, false],
    [[], false], [[0], false], [[1], true], [[0, 0], true], [[''], false], [new PSHashtable(), true],
    [new PSObject(), true], [true, true], [false, false], [[[]], false],
  ])('%j -> %s', (value, expected) => {
    expect(toBoolean(value)).toBe(expected);
  });
});

describe('toPSString', () => {
  it('scalars and arrays', () => {
    expect(toPSString(null)).toBe('');
    expect(toPSString(true)).toBe('True');
    expect(toPSString([1, 2, 3])).toBe('1 2 3');
    expect(toPSString([1, 2, 3], ',')).toBe('1,2,3');
    expect(toPSString([1, [2, 3]])).toBe('1 System.Object[]');
    expect(toPSString(new PSHashtable())).toBe('System.Collections.Hashtable');
  });
  it('doubles use 15 significant digits (PowerShell/PowerShell#9893, #15789)', () => {
    expect(toPSString(0.1 + 0.2)).toBe('0.3');
    expect(toPSString(11111.11 - 11110.01)).toBe('1.10000000000036');
    expect(toPSString(1.1 + 1.1 + 1.1)).toBe('3.3');
    expect(toPSString(2.5)).toBe('2.5');
    expect(toPSString(1e15 + 0.5)).toBe('1E+15');
    expect(toPSString(0.00001)).toBe('1E-05');
    expect(toPSString(0.0001)).toBe('0.0001');
    expect(toPSString(1 / 3)).toBe('0.333333333333333');
  });
  it('Int64 extremes print in full', () => {
    expect(toPSString(9223372036854775807)).toBe('9223372036854775807');
    expect(toPSString(3000000000)).toBe('3000000000');
    expect(typeOf(9223372036854775807)!.name).toBe('Int64');
    expect(toPSString(1e20)).toBe('1E+20');
  });
  it('custom objects print as @{…}', () => {
    const o = new PSObject({ a: 1, b: 'x', c: [1, 2], d: null });
    expect(toPSString(o)).toBe('@{a=1; b=x; c=System.Object[]; d=}');
  });
  it('dates use the invariant culture', () => {
    expect(toPSString(DateTime.fromParts(2026, 11, 26, 12, 46, 37))).toBe('11/26/2026 12:46:37');
  });
  it('a SecureString never shows its content', () => {
    const s = new SecureString('hunter2');
    expect(toPSString(s)).toBe('System.Security.SecureString');
    expect(`${s}`).toBe('System.Security.SecureString');
    expect(JSON.stringify({ s })).not.toContain('hunter2');
  });
});

describe('convertTo', () => {
  it("[int] uses banker's rounding", () => {
    expect(convertTo('int', 2.5)).toBe(2);
    expect(convertTo('int', 3.5)).toBe(4);
    expect(convertTo('int', -2.5)).toBe(-2);
    expect(convertTo('int', '2.5')).toBe(2);
    expect(convertTo('int', ' 12 ')).toBe(12);
    expect(convertTo('int', '0x10')).toBe(16);
    expect(convertTo('int', '1e3')).toBe(1000);
    expect(convertTo('int', '')).toBe(0);
    expect(convertTo('int', null)).toBe(0);
    expect(convertTo('int', true)).toBe(1);
    expect(roundHalfEven(0.5)).toBe(0);
    expect(roundHalfEven(1.5)).toBe(2);
  });
  it('[int] errors read like PowerShell', () => {
    expect(() => convertTo('int', 'abc')).toThrow(`Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."`);
    expect(() => convertTo('int', 3000000000)).toThrow('Cannot convert value "3000000000" to type "System.Int32". Error: "Value was either too large or too small for an Int32."');
    expect(() => convertTo('int', [1, 2])).toThrow('Cannot convert the "System.Object[]" value of type "System.Object[]" to type "System.Int32".');
    expect(() => convertTo('Foo', 1)).toThrow('Unable to find type [Foo].');
  });
  it('[long], [double], [string], [bool], [char]', () => {
    expect(convertTo('long', '3000000000')).toBe(3000000000);
    expect(convertTo('double', '1.5')).toBe(1.5);
    expect(convertTo('string', 42)).toBe('42');
    expect(convertTo('string', null)).toBe('');
    expect(convertTo('bool', 'False')).toBe(true);
    expect(convertTo('bool', 0)).toBe(false);
    expect(convertTo('char', 65)).toEqual(new PSNumber('char', 65));
    expect(toPSString(convertTo('char', 65))).toBe('A');
    expect(() => convertTo('char', 'ab')).toThrow('String must be exactly one character long.');
  });
  it('[datetime] and [timespan]', () => {
    expect((convertTo('datetime', '2024-01-31') as DateTime).toString('s')).toBe('2024-01-31T00:00:00');
    expect(() => convertTo('datetime', 'abc')).toThrow('Cannot convert value "abc" to type "System.DateTime". Error: "String \'abc\' was not recognized as a valid DateTime."');
    expect((convertTo('timespan', '1.02:03:04') as TimeSpan).totalSeconds).toBe(93784);
    expect((convertTo('timespan', '00:30') as TimeSpan).totalMinutes).toBe(30);
  });
  it('$null becomes the default of a value type', () => {
    expect(convertTo('datetime', null)).toBe(DateTime.MinValue);
    expect((convertTo('timespan', null) as TimeSpan).ticks).toBe(0);
    expect(String(convertTo('guid', null))).toBe('00000000-0000-0000-0000-000000000000');
    expect(convertTo('bool', null)).toBe(false);
    expect(convertTo('double', null)).toEqual(new PSNumber('double', 0));
  });
  it('arrays and typed arrays', () => {
    expect(convertTo('array', 5)).toEqual([5]);
    expect(convertTo('array', null)).toBeNull();
    const strings = convertTo('string[]', [1, 2]) as unknown[];
    expect([...strings]).toEqual(['1', '2']);
    expect(typeOf(strings)!.fullName).toBe('System.String[]');
    expect([...(convertTo('int[]', '7') as unknown[])]).toEqual([7]);
  });
  it('[pscustomobject] keeps hashtable order', () => {
    const h = new PSHashtable(true, [['Name', 'a'], ['Size', 2]]);
    const o = convertTo('pscustomobject', h) as PSObject;
    expect(o).toBeInstanceOf(PSObject);
    expect(o.names()).toEqual(['Name', 'Size']);
    expect(typeOf(o)!.fullName).toBe('System.Management.Automation.PSCustomObject');
    expect(typeOf(convertTo('hashtable', h))!.name).toBe('Hashtable');
  });
  it('[guid], [regex], List[string]', () => {
    const g = convertTo('guid', '{0F8FAD5B-D9CB-469F-A165-70867728950E}') as PSGuid;
    expect(g.toString()).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(() => convertTo('guid', 'nope')).toThrow('Guid should contain 32 digits');
    const list = convertTo('System.Collections.Generic.List[string]', [1, 'b']) as PSList;
    expect(list.items).toEqual(['1', 'b']);
    expect(typeOf(list)!.name).toBe('List`1');
  });
  it('-as returns $null on failure', () => {
    expect(tryConvertTo('int', 'abc')).toBeNull();
    expect(tryConvertTo('int', '42')).toBe(42);
    expect(tryConvertTo('datetime', 'not a date')).toBeNull();
  });
  it('enum names', () => {
    expect(String(convertTo('System.DayOfWeek', 'monday'))).toBe('Monday');
    expect(String(convertTo('System.DayOfWeek', 0))).toBe('Sunday');
    expect(String(convertTo('System.Text.RegularExpressions.RegexOptions', 'ignorecase, multiline'))).toBe('IgnoreCase, Multiline');
    expect(() => convertTo('System.DayOfWeek', 'Funday')).toThrow('Unable to match the identifier name Funday to a valid enumerator name.');
  });
  it('parseNumber', () => {
    expect(parseNumber('0xFFFFFFFF')).toBe(-1);
    expect(parseNumber('&hF')).toBe(15);
    expect(parseNumber('#F')).toBe(15);
    expect(parseNumber('-0x10')).toBe(-16);
    expect(parseNumber('1,000')).toBe(1000);
    expect(parseNumber('12abc')).toBeNull();
    expect(parseNumber('0b1111')).toBe(15);
  });
});

describe('PSHashtable', () => {
  it('keys are case-insensitive and keep first spelling and order', () => {
    const h = new PSHashtable();
    h.set('Name', 1);
    h.set('name', 2);
    h.set('Other', 3);
    expect(h.count).toBe(2);
    expect(h.get('NAME')).toBe(2);
    expect(h.keys()).toEqual(['Name', 'Other']);
    expect(h.containsKey('other')).toBe(true);
    expect(h.containsValue(3)).toBe(true);
  });
  it('Add refuses duplicates with .NET message', () => {
    const h = new PSHashtable();
    h.add('a', 1);
    expect(() => h.add('A', 2)).toThrow("Item has already been added. Key in dictionary: 'a'  Key being added: 'A'");
  });
  it('numbers and strings are different keys; Clone is shallow', () => {
    const h = new PSHashtable(false, [[1, 'int'], ['1', 'str']]);
    expect(h.get(1)).toBe('int');
    expect(h.get('1')).toBe('str');
    const c = h.clone();
    c.set(1, 'changed');
    expect(h.get(1)).toBe('int');
    expect(h.remove('1')).toBe(true);
    expect(h.count).toBe(1);
  });
});
