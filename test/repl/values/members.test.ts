import { describe, expect, it } from 'vitest';
import { getMember, setMember, invokeMethod as call, indexValue, setIndex } from '../../../src/repl/values/members.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { PSList } from '../../../src/repl/values/list.js';
import { DateTime } from '../../../src/repl/values/datetime.js';
import { TimeSpan } from '../../../src/repl/values/timespan.js';
import { convertTo } from '../../../src/repl/values/convert.js';
import { PSRegex } from '../../../src/repl/values/psregex.js';
import type { PSTypeObject } from '../../../src/repl/values/type-object.js';

process.env.TZ = 'UTC';

describe('string methods (.NET String docs)', () => {
  it('case, trim, pad', () => {
    expect(call('Hello', 'ToUpper')).toBe('HELLO');
    expect(call('Hello', 'tolower')).toBe('hello');
    expect(call('  a b  ', 'Trim')).toBe('a b');
    expect(call('xxaxx', 'Trim', ['x'])).toBe('a');
    expect(call('  a', 'TrimStart')).toBe('a');
    expect(call('a.txt', 'TrimEnd', ['.txt'])).toBe('a');
    expect(call('Hello', 'PadLeft', [8])).toBe('   Hello');
    expect(call('Hello', 'PadRight', [8, '*'])).toBe('Hello***');
  });
  it('split', () => {
    expect(call('a,b,c', 'Split', [','])).toEqual(['a', 'b', 'c']);
    expect(call('a,b;c', 'Split', [',', ';'])).toEqual(['a', 'b', 'c']);
    expect(call('a,,b', 'Split', [',', 'RemoveEmptyEntries'])).toEqual(['a', 'b']);
    expect(call('a,b,c', 'Split', [',', 2])).toEqual(['a', 'b,c']);
    expect(call('a::b', 'Split', ['::'])).toEqual(['a', 'b']);
    expect(call('a b', 'Split')).toEqual(['a', 'b']);
  });
  it('search and edit', () => {
    expect(call('Hello', 'Replace', ['l', 'L'])).toBe('HeLLo');
    expect(call('Hello', 'Contains', ['ell'])).toBe(true);
    expect(call('Hello', 'Contains', ['ELL'])).toBe(false);
    expect(call('Hello', 'Contains', ['ELL', 'OrdinalIgnoreCase'])).toBe(true);
    expect(call('Hello', 'StartsWith', ['He'])).toBe(true);
    expect(call('Hello', 'EndsWith', ['LO', 'CurrentCultureIgnoreCase'])).toBe(true);
    expect(call('Hello', 'IndexOf', ['l'])).toBe(2);
    expect(call('Hello', 'LastIndexOf', ['l'])).toBe(3);
    expect(call('Hello', 'IndexOf', ['z'])).toBe(-1);
    expect(call('abc', 'Substring', [1])).toBe('bc');
    expect(call('abc', 'Substring', [1, 1])).toBe('b');
    expect(call('Hello', 'Insert', [5, '!'])).toBe('Hello!');
    expect(call('Hello', 'Remove', [1, 2])).toBe('Hlo');
    expect(call('abc', 'ToCharArray')).toEqual(['a', 'b', 'c'].map((c) => convertTo('char', c)));
    expect(call('abc', 'Equals', ['ABC'])).toBe(false);
  });
  it('errors read like PowerShell', () => {
    expect(() => call('abc', 'Substring', [5])).toThrow(`Exception calling "Substring" with "1" argument(s): "startIndex cannot be larger than length of string. (Parameter 'startIndex')"`);
    expect(() => call('abc', 'Substring', [1, 5])).toThrow(`Exception calling "Substring" with "2" argument(s): "Index and length must refer to a location within the string. (Parameter 'length')"`);
    expect(() => call('abc', 'Foo')).toThrow("Method invocation failed because [System.String] does not contain a method named 'Foo'.");
    expect(() => call('abc', 'Substring', [1, 2, 3])).toThrow('Cannot find an overload for "Substring" and the argument count: "3".');
    expect(() => call(null, 'Trim')).toThrow('You cannot call a method on a null-valued expression.');
  });
  it('Length and Count', () => {
    expect(getMember('abc', 'Length')).toBe(3);
    expect(getMember('abc', 'Count')).toBe(1);
    expect(getMember(5, 'Count')).toBe(1);
    expect(getMember(null, 'Count')).toBe(0);
    expect(getMember('abc', 'Nope')).toBeNull();
  });
});

describe('arrays and member enumeration', () => {
  const people = [new PSObject({ Name: 'a', Tags: ['x', 'y'] }), new PSObject({ Name: 'b', Tags: ['z'] }), 'str'];
  it('Count, Contains, IndexOf', () => {
    expect(getMember([1, 2, 3], 'Count')).toBe(3);
    expect(getMember([1, 2, 3], 'Length')).toBe(3);
    expect(call([1, 2, 3], 'Contains', [2])).toBe(true);
    expect(call([1, 2, 3], 'IndexOf', [3])).toBe(2);
  });
  it('member enumeration collects and flattens', () => {
    expect(getMember(people, 'Name')).toEqual(['a', 'b']);
    expect(getMember(people, 'Tags')).toEqual(['x', 'y', 'z']);
    expect(getMember([new PSObject({ Name: 'only' })], 'Name')).toBe('only');
    expect(getMember(['ab', 'cde'], 'Length')).toBe(2);
  });
  it('method enumeration', () => {
    expect(call(['a', 'b'], 'ToUpper')).toEqual(['A', 'B']);
  });
  it('a custom object indexes as a one-element array (ArrayOps.GetNonIndexable)', () => {
    const o = new PSObject([['a', 1]]);
    expect(indexValue(o, 0)).toBe(o);
    expect(indexValue(o, -1)).toBe(o);
    expect(indexValue(o, 1)).toBeNull();
  });
  it('indexing and slices', () => {
    expect(indexValue([1, 2, 3], -1)).toBe(3);
    expect(indexValue([1, 2, 3], [0, 2])).toEqual([1, 3]);
    expect(indexValue([1, 2, 3], 5)).toBeNull();
    expect(indexValue('abc', 1)).toEqual(convertTo('char', 'b'));
    expect(indexValue(5, 0)).toBe(5);
    expect(() => indexValue(null, 0)).toThrow('Cannot index into a null array.');
    const arr = [1, 2];
    setIndex(arr, -1, 9);
    expect(arr).toEqual([1, 9]);
    expect(() => setIndex(arr, 5, 1)).toThrow('Index was outside the bounds of the array.');
  });
});

describe('hashtables', () => {
  it('keys as properties, methods', () => {
    const h = PSHashtable.from({ a: 1, b: 2 });
    expect(getMember(h, 'A')).toBe(1);
    expect(getMember(h, 'Count')).toBe(2);
    expect(getMember(h, 'Keys')).toEqual(['a', 'b']);
    expect(call(h, 'ContainsKey', ['B'])).toBe(true);
    expect(call(h, 'Add', ['c', 3])).toBeUndefined();
    expect(indexValue(h, 'c')).toBe(3);
    expect(() => call(h, 'Add', ['C', 4])).toThrow(`Exception calling "Add" with "2" argument(s): "Item has already been added. Key in dictionary: 'c'  Key being added: 'C'"`);
    setMember(h, 'd', 4);
    expect(h.get('d')).toBe(4);
    call(h, 'Remove', ['a']);
    expect(h.count).toBe(3);
    const entries = call(h, 'GetEnumerator') as PSObject[];
    expect(entries.map((e) => e.get('Key'))).toEqual(['b', 'c', 'd']);
  });
  it('integer keys by member name; [ordered] integer index is positional (about_Hash_Tables)', () => {
    const h = new PSHashtable(false, [[1, 'one'], [2, 'two'], ['three', 3]]);
    expect(getMember(h, '1')).toBe('one');
    expect(indexValue(h, 'three')).toBe(3);
    expect(indexValue(h, 2)).toBe('two');
    const d = new PSHashtable(true, [[1, 'one'], [2, 'two'], ['three', 3]]);
    expect(indexValue(d, 1)).toBe('two');
    expect(indexValue(d, 'three')).toBe(3);
    setIndex(d, 0, 'uno');
    expect(d.get(1)).toBe('uno');
  });
  it('.PSObject.Properties keeps property order', () => {
    const o = new PSObject({ zeta: 1, alpha: 2, mid: 3 });
    expect(getMember(getMember(getMember(o, 'PSObject'), 'Properties'), 'Name')).toEqual(['zeta', 'alpha', 'mid']);
    expect(getMember(getMember(o, 'psobject'), 'TypeNames')).toEqual(['System.Management.Automation.PSCustomObject', 'System.Object']);
  });
  it('a key named like a property wins', () => {
    expect(getMember(PSHashtable.from({ Count: 'k' }), 'Count')).toBe('k');
  });
});

describe('List[T]', () => {
  it('Add converts to the element type', () => {
    const l = convertTo('System.Collections.Generic.List[int]', []) as PSList;
    call(l, 'Add', ['5']);
    call(l, 'AddRange', [[6, 7]]);
    call(l, 'Insert', [0, 1]);
    expect(l.items).toEqual([1, 5, 6, 7]);
    expect(getMember(l, 'Count')).toBe(4);
    expect(call(l, 'Remove', [6])).toBe(true);
    expect(call(l, 'Contains', [7])).toBe(true);
    expect(call(l, 'ToArray')).toEqual([1, 5, 7]);
    expect(() => call(l, 'Add', ['x'])).toThrow('Cannot convert value "x" to type "System.Int32".');
  });
});

describe('PSObject', () => {
  it('properties, methods and errors', () => {
    const o = new PSObject({ Name: 'a' });
    o.addMethod('Greet', (self, args) => `hi ${String(self.get('Name'))}${String(args[0] ?? '')}`);
    expect(getMember(o, 'name')).toBe('a');
    expect(call(o, 'greet', ['!'])).toBe('hi a!');
    setMember(o, 'NAME', 'b');
    expect(o.get('Name')).toBe('b');
    expect(() => setMember(o, 'Missing', 1)).toThrow("The property 'Missing' cannot be found on this object. Verify that the property exists and can be set.");
    expect(call(o, 'ToString')).toBe('@{Name=b}');
  });
});

describe('dates', () => {
  const d = DateTime.fromParts(2024, 1, 31, 10, 30, 0);
  it('properties', () => {
    expect(getMember(d, 'Year')).toBe(2024);
    expect(String(getMember(d, 'DayOfWeek'))).toBe('Wednesday');
    expect((getMember(d, 'Date') as DateTime).toString('s')).toBe('2024-01-31T00:00:00');
    expect(getMember(TimeSpan.fromMinutes(90), 'TotalHours')).toBe(1.5);
  });
  it('methods', () => {
    expect((call(d, 'AddDays', [-30]) as DateTime).toString('yyyy-MM-dd')).toBe('2024-01-01');
    expect((call(d, 'AddMonths', [1]) as DateTime).toString('yyyy-MM-dd')).toBe('2024-02-29');
    expect(call(d, 'ToString', ['yyyy-MM-dd'])).toBe('2024-01-31');
    expect(call(d, 'ToShortDateString')).toBe('1/31/2024');
    expect(call(d, 'ToLongDateString')).toBe('Wednesday, January 31, 2024');
    expect((call(d, 'Subtract', [DateTime.fromParts(2024, 1, 1)]) as TimeSpan).days).toBe(30);
    expect(call(d, 'CompareTo', [DateTime.fromParts(2025, 1, 1)])).toBe(-1);
    expect(call(TimeSpan.fromParts(1, 2, 3, 4), 'ToString')).toBe('1.02:03:04');
  });
});

describe('numbers and GetType()', () => {
  it('ToString(format)', () => {
    expect(call(1234.5, 'ToString', ['N2'])).toBe('1,234.50');
    expect(call(255, 'ToString', ['X'])).toBe('FF');
    expect(call(0.5, 'ToString')).toBe('0.5');
  });
  it('GetType', () => {
    const t = (v: unknown): PSTypeObject => call(v, 'GetType') as PSTypeObject;
    expect(getMember(t(1), 'Name')).toBe('Int32');
    expect(getMember(t(1.5), 'FullName')).toBe('System.Double');
    expect(getMember(t(3000000000), 'Name')).toBe('Int64');
    expect(getMember(t('a'), 'FullName')).toBe('System.String');
    expect(getMember(t([]), 'Name')).toBe('Object[]');
    expect(getMember(getMember(t([]), 'BaseType'), 'Name')).toBe('Array');
    expect(getMember(t(new PSHashtable()), 'Name')).toBe('Hashtable');
    expect(getMember(t(new PSObject()), 'Name')).toBe('PSCustomObject');
    expect(getMember(t(DateTime.now()), 'Name')).toBe('DateTime');
    expect(getMember(getMember(t(1), 'BaseType'), 'FullName')).toBe('System.ValueType');
    expect(String(t(true))).toBe('System.Boolean');
  });
});

describe('[regex] instances', () => {
  it('Match, Groups by number and name, Matches, Replace', () => {
    const r = new PSRegex('(?<user>\\w+)@(\\w+)');
    const m = call(r, 'Match', ['mail alice@contoso now']) as PSObject;
    expect(m.get('Success')).toBe(true);
    expect(m.get('Value')).toBe('alice@contoso');
    const groups = m.get('Groups');
    expect(getMember(indexValue(groups, 1), 'Value')).toBe('contoso');
    expect(getMember(indexValue(groups, 'user'), 'Value')).toBe('alice');
    expect((call(r, 'Matches', ['a@b c@d']) as unknown[]).length).toBe(2);
    expect(call(r, 'Replace', ['a@b', '${user} at $1'])).toBe('a at b');
    expect(call(r, 'IsMatch', ['nothing'])).toBe(false);
  });
});
