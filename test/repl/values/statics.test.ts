import { describe, expect, it } from 'vitest';
import { getStaticMember as prop, invokeStaticMethod as call } from '../../../src/repl/values/statics.js';
import { invokeMethod, getMember } from '../../../src/repl/values/members.js';
import { DateTime } from '../../../src/repl/values/datetime.js';
import { TimeSpan } from '../../../src/repl/values/timespan.js';
import { PSGuid } from '../../../src/repl/values/guid.js';
import { PSList } from '../../../src/repl/values/list.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { SecureString } from '../../../src/repl/values/securestring.js';
import { PSReference } from '../../../src/repl/values/reference.js';
import { toPSString, convertTo } from '../../../src/repl/values/convert.js';

process.env.TZ = 'UTC';

describe('[math] (System.Math docs)', () => {
  it("Round is banker's by default and scales for digits", () => {
    expect(call('math', 'Round', [2.5])).toBe(2);
    expect(call('math', 'Round', [3.5])).toBe(4);
    expect(call('math', 'Round', [-2.5])).toBe(-2);
    expect(call('math', 'Round', [2.5, 'AwayFromZero'])).toBe(3);
    expect(call('math', 'Round', [3.45, 1])).toBe(3.4);
    expect(call('math', 'Round', [3.45, 1, 'AwayFromZero'])).toBe(3.5);
    expect(call('math', 'Round', [1.23456, 3])).toBe(1.235);
    expect(() => call('math', 'Round', [1, 16])).toThrow('Rounding digits must be between 0 and 15, inclusive.');
  });
  it('the rest', () => {
    expect(call('math', 'Max', [1, 5])).toBe(5);
    expect(call('math', 'Min', [1, 5])).toBe(1);
    expect(call('System.Math', 'Pow', [2, 10])).toBe(1024);
    expect(call('math', 'Sqrt', [16])).toBe(4);
    expect(call('math', 'Floor', [-2.5])).toBe(-3);
    expect(call('math', 'Ceiling', [2.1])).toBe(3);
    expect(call('math', 'Truncate', [-2.7])).toBe(-2);
    expect(call('math', 'Abs', [-5])).toBe(5);
    expect(prop('math', 'PI')).toBe(Math.PI);
    expect(prop('math', 'E')).toBe(Math.E);
    expect(() => call('math', 'Max', [1])).toThrow('Cannot find an overload for "Max" and the argument count: "1".');
    expect(() => call('math', 'Foo', [])).toThrow("Method invocation failed because [System.Math] does not contain a method named 'Foo'.");
  });
});

describe('[string]', () => {
  it('IsNullOrEmpty, Join, Format, Concat', () => {
    expect(call('string', 'IsNullOrEmpty', [null])).toBe(true);
    expect(call('string', 'IsNullOrEmpty', [''])).toBe(true);
    expect(call('string', 'IsNullOrEmpty', [' '])).toBe(false);
    expect(call('string', 'IsNullOrWhiteSpace', [' \t'])).toBe(true);
    expect(call('string', 'Join', [', ', ['a', 'b']])).toBe('a, b');
    expect(call('string', 'Join', ['-', 'a', 'b', 'c'])).toBe('a-b-c');
    expect(call('string', 'Format', ['{0}-{1}', 'a', 'b'])).toBe('a-b');
    expect(call('string', 'Concat', ['a', 'b', 1])).toBe('ab1');
    expect(prop('string', 'Empty')).toBe('');
  });
});

describe('[System.IO.Path] (POSIX host)', () => {
  it('works like .NET on Unix', () => {
    expect(call('System.IO.Path', 'Combine', ['/tmp', 'x.txt'])).toBe('/tmp/x.txt');
    expect(call('System.IO.Path', 'Combine', ['a', 'b', 'c'])).toBe('a/b/c');
    expect(call('System.IO.Path', 'Combine', ['a', '/b'])).toBe('/b');
    expect(call('IO.Path', 'GetFileName', ['/a/b/c.txt'])).toBe('c.txt');
    expect(call('System.IO.Path', 'GetExtension', ['/a/b/c.tar.gz'])).toBe('.gz');
    expect(call('System.IO.Path', 'GetExtension', ['/a/b/c'])).toBe('');
    expect(call('System.IO.Path', 'GetFileNameWithoutExtension', ['/a/b/c.txt'])).toBe('c');
    expect(call('System.IO.Path', 'GetDirectoryName', ['/a/b/c.txt'])).toBe('/a/b');
    expect(String(call('System.IO.Path', 'GetTempPath', [])).endsWith('/')).toBe(true);
  });
});

describe('[datetime], [timespan], [guid]', () => {
  it('datetime statics', () => {
    expect((call('datetime', 'new', [2024, 1, 31]) as DateTime).toString('s')).toBe('2024-01-31T00:00:00');
    expect((call('datetime', 'new', [2024, 1, 31, 10, 20, 30]) as DateTime).toString('s')).toBe('2024-01-31T10:20:30');
    expect((call('datetime', 'Parse', ['2024-01-31']) as DateTime).day).toBe(31);
    expect((call('datetime', 'ParseExact', ['31.01.2024', 'dd.MM.yyyy', null]) as DateTime).month).toBe(1);
    expect(() => call('datetime', 'Parse', ['nope'])).toThrow(`Exception calling "Parse" with "1" argument(s): "String 'nope' was not recognized as a valid DateTime."`);
    expect(call('datetime', 'DaysInMonth', [2024, 2])).toBe(29);
    expect(call('datetime', 'IsLeapYear', [2023])).toBe(false);
    expect((prop('datetime', 'MinValue') as DateTime).toString('s')).toBe('0001-01-01T00:00:00');
    expect(prop('datetime', 'Now')).toBeInstanceOf(DateTime);
    expect((prop('datetime', 'UtcNow') as DateTime).kind).toBe('Utc');
    expect((prop('datetime', 'Today') as DateTime).hour).toBe(0);
  });
  it('timespan statics', () => {
    expect((call('timespan', 'FromMinutes', [90]) as TimeSpan).totalHours).toBe(1.5);
    expect((call('timespan', 'new', [1, 2, 3]) as TimeSpan).toString()).toBe('01:02:03');
    expect((call('timespan', 'new', [1, 2, 3, 4]) as TimeSpan).toString()).toBe('1.02:03:04');
    expect((call('timespan', 'Parse', ['1:30']) as TimeSpan).totalMinutes).toBe(90);
  });
  it('guid statics', () => {
    expect(String(call('guid', 'NewGuid', []))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(String(prop('guid', 'Empty'))).toBe('00000000-0000-0000-0000-000000000000');
    expect((call('guid', 'Parse', ['0f8fad5bd9cb469fa16570867728950e']) as PSGuid).toString('B')).toBe('{0f8fad5b-d9cb-469f-a165-70867728950e}');
  });
});

describe('numeric types, [char], [convert], encodings', () => {
  it('Int32/Int64/Double', () => {
    expect(prop('int', 'MaxValue')).toBe(2147483647);
    expect(prop('int', 'MinValue')).toBe(-2147483648);
    expect(call('int', 'Parse', ['42'])).toBe(42);
    expect(() => call('int', 'Parse', ['x'])).toThrow(`Exception calling "Parse" with "1" argument(s): "The input string 'x' was not in a correct format."`);
    expect(call('double', 'Parse', ['1.5'])).toBe(1.5);
    expect(call('double', 'IsNaN', [NaN])).toBe(true);
  });
  it('TryParse writes through [ref]', () => {
    const ref = PSReference.box(5);
    expect(call('int', 'TryParse', ['x12', ref])).toBe(false);
    expect(ref.value).toBe(0);
    expect(call('int', 'TryParse', ['42', ref])).toBe(true);
    expect(getMember(ref, 'Value')).toBe(42);
    expect(call('datetime', 'TryParse', ['2024-01-31', ref])).toBe(true);
    expect(String((ref.value as DateTime).toString('d'))).toBe('1/31/2024');
  });
  it('[char]', () => {
    expect(call('char', 'IsDigit', ['5'])).toBe(true);
    expect(call('char', 'IsLetter', ['5'])).toBe(false);
    expect(call('char', 'IsWhiteSpace', [' '])).toBe(true);
  });
  it('[convert] and UTF8 (Convert.ToBase64String docs)', () => {
    const bytes = invokeMethod(prop('System.Text.Encoding', 'UTF8'), 'GetBytes', ['hello']);
    expect(bytes).toEqual([104, 101, 108, 108, 111]);
    expect(call('convert', 'ToBase64String', [bytes])).toBe('aGVsbG8=');
    const back = call('convert', 'FromBase64String', ['aGVsbG8=']);
    expect(invokeMethod(prop('System.Text.Encoding', 'UTF8'), 'GetString', [back])).toBe('hello');
    expect(call('convert', 'ToInt32', ['ff', 16])).toBe(255);
    expect(call('convert', 'ToInt32', [2.5])).toBe(2);
    expect(() => call('convert', 'FromBase64String', ['***'])).toThrow('The input is not a valid Base-64 string');
  });
  it('[environment]', () => {
    expect(prop('environment', 'NewLine')).toBe('\n');
    process.env.EXOSH_TEST_VAR = 'v1';
    expect(call('environment', 'GetEnvironmentVariable', ['EXOSH_TEST_VAR'])).toBe('v1');
    expect(call('environment', 'GetEnvironmentVariable', ['EXOSH_NOPE'])).toBeNull();
    expect(typeof prop('environment', 'MachineName')).toBe('string');
  });
});

describe('[regex] statics', () => {
  it('Escape, Match, Matches, Replace, Split', () => {
    expect(call('regex', 'Escape', ['a.b*c (d)'])).toBe('a\\.b\\*c\\ \\(d\\)');
    const m = call('regex', 'Match', ['abc123', '\\d+']) as PSObject;
    expect(m.get('Value')).toBe('123');
    expect(m.get('Index')).toBe(3);
    expect((call('regex', 'Matches', ['a1b22c333', '\\d+']) as PSObject[]).map((x) => x.get('Value'))).toEqual(['1', '22', '333']);
    expect(call('regex', 'Replace', ['abc', 'B', 'x'])).toBe('abc');
    expect(call('regex', 'Replace', ['abc', 'B', 'x', 'IgnoreCase'])).toBe('axc');
    expect(call('regex', 'Split', ['a1b2c', '\\d'])).toEqual(['a', 'b', 'c']);
    expect(call('regex', 'IsMatch', ['abc', '^a'])).toBe(true);
  });
});

describe('constructors', () => {
  it('List[string], hashtable, pscredential', () => {
    const l = call('System.Collections.Generic.List[string]', 'new', []) as PSList;
    invokeMethod(l, 'Add', [5]);
    expect(l.items).toEqual(['5']);
    const cred = call('pscredential', 'new', ['CONTOSO\\admin', new SecureString('P@ss')]) as PSObject;
    expect(getMember(cred, 'UserName')).toBe('CONTOSO\\admin');
    expect(toPSString(getMember(cred, 'Password'))).toBe('System.Security.SecureString');
    const net = invokeMethod(cred, 'GetNetworkCredential', []) as PSObject;
    expect(getMember(net, 'Password')).toBe('P@ss');
    expect(getMember(net, 'Domain')).toBe('CONTOSO');
    expect(() => call('pscredential', 'new', ['u', 'plain'])).toThrow('Cannot convert argument "password"');
  });
  it('[array] statics (about_Arrays, System.Array docs)', () => {
    const a = ['x', 'y', 'z'];
    expect(call('array', 'IndexOf', [a, 'z'])).toBe(2);
    expect(call('array', 'Reverse', [a])).toBeUndefined();
    expect(a.join('')).toBe('zyx');
    const ints = convertTo('int[]', [1, 2, 3]) as unknown[];
    invokeMethod(ints, 'Clear');
    expect([...ints]).toEqual([0, 0, 0]);
  });
  it('StringBuilder', () => {
    const sb = call('System.Text.StringBuilder', 'new', []) as PSObject;
    expect(invokeMethod(sb, 'Append', ['a'])).toBe(sb);
    invokeMethod(sb, 'AppendLine', ['b']);
    invokeMethod(sb, 'AppendFormat', ['{0}-{1}', 1, 2]);
    expect(toPSString(sb)).toBe('ab\n1-2');
    expect(getMember(sb, 'Length')).toBe(6);
  });
  it('enums give names', () => {
    expect(String(prop('System.DayOfWeek', 'Monday'))).toBe('Monday');
    expect(String(prop('MidpointRounding', 'AwayFromZero'))).toBe('AwayFromZero');
    expect(call('math', 'Round', [2.5, prop('MidpointRounding', 'AwayFromZero')])).toBe(3);
    expect(call('string', 'Equals', ['abc', 'ABC', prop('StringComparison', 'OrdinalIgnoreCase')])).toBe(true);
    expect(invokeMethod('a,,b', 'Split', [',', prop('StringSplitOptions', 'RemoveEmptyEntries')])).toEqual(['a', 'b']);
  });
});
