import { describe, expect, it } from 'vitest';
import { PSNumber } from '../../../src/repl/values/numbers.js';
import { binaryOperator as op, unaryOperator as un } from '../../../src/repl/values/operators.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { DateTime } from '../../../src/repl/values/datetime.js';
import { TimeSpan } from '../../../src/repl/values/timespan.js';
import { TYPES } from '../../../src/repl/values/types.js';

process.env.TZ = 'UTC';

describe('arithmetic (about_Arithmetic_Operators)', () => {
  it('numbers', () => {
    expect(op('+', 1, 2)).toBe(3);
    expect(op('/', 6, 2)).toBe(3);
    expect(op('/', 7, 2)).toBe(3.5);
    expect(op('%', 7, 2)).toBe(1);
    expect(op('%', -7, 2)).toBe(-1);
    // Int32 overflow widens to Double (an integral Double is boxed).
    expect(op('+', 2147483647, 1)).toEqual(new PSNumber('double', 2147483648));
    expect(() => op('/', 1, 0)).toThrow('Attempted to divide by zero.');
  });
  it('the left operand decides: strings', () => {
    expect(op('+', 'file', 16)).toBe('file16');
    expect(op('+', '4', 2)).toBe('42');
    expect(op('+', 2, '3')).toBe(5);
    expect(op('-', '10', 4)).toBe(6);
    expect(op('*', 'book', 3)).toBe('bookbookbook');
    expect(op('+', 'a', [1, 2])).toBe('a1 2');
    expect(() => op('+', 1, 'abc')).toThrow(`Cannot convert value "abc" to type "System.Int32". Error: "The input string 'abc' was not in a correct format."`);
  });
  it('arrays and hashtables', () => {
    expect(op('+', [1, 2], 3)).toEqual([1, 2, 3]);
    expect(op('+', [1, 2], [3, 4])).toEqual([1, 2, 3, 4]);
    expect(op('*', ['a', 'b'], 2)).toEqual(['a', 'b', 'a', 'b']);
    const h = op('+', PSHashtable.from({ a: 1 }), PSHashtable.from({ b: 2 })) as PSHashtable;
    expect(h.keys()).toEqual(['a', 'b']);
    expect(() => op('+', PSHashtable.from({ a: 1 }), PSHashtable.from({ A: 2 }))).toThrow("Item has already been added. Key in dictionary: 'a'  Key being added: 'A'");
    expect(() => op('-', [1], 1)).toThrow("Method invocation failed because [System.Object[]] does not contain a method named 'op_Subtraction'.");
  });
  it('$null on the left', () => {
    expect(op('+', null, 1)).toBe(1);
    expect(op('+', null, 'a')).toBe('a');
    expect(op('-', null, 1)).toBe(-1);
  });
  it('dates and timespans', () => {
    const d = DateTime.fromParts(2024, 1, 31);
    expect((op('+', d, TimeSpan.fromDays(1)) as DateTime).toString('d')).toBe('2/1/2024');
    expect((op('-', DateTime.fromParts(2024, 2, 2), d) as TimeSpan).days).toBe(2);
    expect((op('-', d, TimeSpan.fromHours(1)) as DateTime).toString('s')).toBe('2024-01-30T23:00:00');
  });
  it('bitwise (about_Arithmetic_Operators examples)', () => {
    expect(op('-band', 10, 3)).toBe(2);
    expect(op('-bor', 10, 3)).toBe(11);
    expect(op('-bxor', 10, 3)).toBe(9);
    expect(un('-bnot', 10)).toBe(-11);
    expect(op('-shl', 102, 2)).toBe(408);
    expect(op('-shr', 102, 2)).toBe(25);
    expect(op('-shr', -16, 2)).toBe(-4);
  });
  it('unary', () => {
    expect(un('-not', '')).toBe(true);
    expect(un('!', 1)).toBe(false);
    expect(un('-', '5')).toBe(-5);
    expect(un('-split', ' red  yellow blue ')).toEqual(['red', 'yellow', 'blue']);
    expect(un('-join', ['a', 'b', 'c'])).toBe('abc');
  });
});

describe('comparison (about_Comparison_Operators)', () => {
  it('equality, case-insensitive by default', () => {
    expect(op('-eq', 2, 2)).toBe(true);
    expect(op('-eq', 'abc', 'ABC')).toBe(true);
    expect(op('-ceq', 'abc', 'ABC')).toBe(false);
    expect(op('-ieq', 'abc', 'ABC')).toBe(true);
    expect(op('-eq', 'abc', ['abc', 'def'])).toBe(false);
    expect(op('-ne', 'abc', 'def')).toBe(true);
  });
  it('an array on the left filters', () => {
    expect(op('-eq', ['abc', 'def'], 'abc')).toEqual(['abc']);
    expect(op('-ne', ['abc', 'def'], 'abc')).toEqual(['def']);
    expect(op('-eq', ['zzz', 'def', 'zzz'], 'zzz')).toEqual(['zzz', 'zzz']);
    expect(op('-gt', [7, 8, 9], 8)).toEqual([9]);
    expect(op('-ceq', ['a', 'b'], 'A')).toEqual([]);
    expect(op('-eq', [1, null], null)).toEqual([null]);
  });
  it('the right operand is converted to the left type', () => {
    expect(op('-eq', 1, '1.0')).toBe(true);
    expect(op('-eq', '1.0', 1)).toBe(false);
    expect(op('-eq', 1, 'abc')).toBe(false);
    expect(op('-eq', true, 'false')).toBe(true);
    expect(op('-eq', null, 0)).toBe(false);
    expect(op('-eq', DateTime.fromParts(2024, 1, 31), '2024-01-31')).toBe(true);
    expect(op('-gt', '10', 9)).toBe(false); // string comparison: "10" < "9"
    expect(op('-gt', 10, '9')).toBe(true);
  });
  it('ordering', () => {
    expect(op('-lt', 'a', 'b')).toBe(true);
    expect(op('-lt', 'a', 'B')).toBe(true);
    expect(op('-clt', 'a', 'A')).toBe(true);
    expect(op('-ge', 8, 8)).toBe(true);
    expect(op('-lt', null, 1)).toBe(true);
    expect(op('-gt', 1, null)).toBe(true);
    expect(() => op('-gt', 5, 'abc')).toThrow('Could not compare "5" to "abc".');
  });
  it('-like wildcards', () => {
    expect(op('-like', 'PowerShell', '*shell')).toBe(true);
    expect(op('-clike', 'PowerShell', '*shell')).toBe(false);
    expect(op('-like', ['PowerShell', 'Server'], '*shell')).toEqual(['PowerShell']);
    expect(op('-notlike', 'PowerShell', '*shell')).toBe(false);
    expect(op('-like', 'abc', 'a?c')).toBe(true);
    expect(op('-like', 'abc', '[a-c]bc')).toBe(true);
    expect(op('-like', 'dbc', '[a-c]bc')).toBe(false);
    expect(op('-like', 'a*c', 'a`*c')).toBe(true);
    expect(op('-like', 'abc', 'a`*c')).toBe(false);
    expect(op('-like', 'a.c', 'a.c')).toBe(true);
    expect(op('-like', 'abc', 'a.c')).toBe(false);
  });
  it('-contains and -in', () => {
    expect(op('-contains', ['abc', 'def'], 'def')).toBe(true);
    expect(op('-contains', ['Windows', 'PowerShell'], 'Shell')).toBe(false);
    expect(op('-contains', ['abc', 'def', 'ghi'], ['abc', 'def'])).toBe(false);
    expect(op('-contains', 'abc', 'ABC')).toBe(true);
    expect(op('-ccontains', ['abc'], 'ABC')).toBe(false);
    expect(op('-in', 'def', ['abc', 'def'])).toBe(true);
    expect(op('-notin', 'x', ['abc', 'def'])).toBe(true);
    expect(op('-contains', [1, 2, 3], '2')).toBe(true);
  });
});

describe('-match and $Matches', () => {
  it('scalar match sets $Matches with numbered and named groups', () => {
    let m: PSHashtable | undefined;
    const r = op('-match', 'The last logged on user was CONTOSO\\jsmith', 'was (?<domain>.+)\\\\(?<user>.+)', { onMatches: (x) => { m = x; } });
    expect(r).toBe(true);
    expect(m!.get('domain')).toBe('CONTOSO');
    expect(m!.get('user')).toBe('jsmith');
    expect(m!.get(0)).toBe('was CONTOSO\\jsmith');
  });
  it('array left filters and does not set $Matches', () => {
    let called = false;
    expect(op('-match', ['Rhell', 'Chell', 'Mel', 'Smell', 'Shell'], 'hell', { onMatches: () => { called = true; } })).toEqual(['Rhell', 'Chell', 'Shell']);
    expect(op('-match', ['Bag', 'Beg', 'Big', 'Bog', 'Bug'], 'b[iou]g')).toEqual(['Big', 'Bog', 'Bug']);
    expect(called).toBe(false);
  });
  it('.NET group numbering: unnamed groups first', () => {
    let m: PSHashtable | undefined;
    op('-match', '12-34', '(?<a>\\d+)-(\\d+)', { onMatches: (x) => { m = x; } });
    expect(m!.get(1)).toBe('34');
    expect(m!.get('a')).toBe('12');
    expect(m!.containsKey(2)).toBe(false);
  });
  it('case and anchors', () => {
    expect(op('-cmatch', 'ABC', 'abc')).toBe(false);
    expect(op('-match', "line1\n", 'line1$')).toBe(true);
    expect(op('-match', 'abc', '\\Aabc\\z')).toBe(true);
    expect(op('-match', 'ABC', '(?-i)abc')).toBe(false);
    expect(op('-notmatch', 'abc', 'x')).toBe(true);
  });
});

describe('-replace', () => {
  it('docs examples', () => {
    expect(op('-replace', 'book', ['B', 'C'])).toBe('Cook');
    expect(op('-creplace', 'book', ['B', 'C'])).toBe('book');
    expect(op('-replace', 'CONTOSO\\Administrator', ['\\w+\\\\(?<user>\\w+)', 'FABRIKAM\\${user}'])).toBe('FABRIKAM\\Administrator');
    expect(op('-replace', 'Hello World', ['(\\w+) \\w+', '$1 Universe'])).toBe('Hello Universe');
    expect(op('-replace', '5.72', ['(.+)', '$$$1'])).toBe('$5.72');
    expect(op('-replace', 'abc', ['b', '[$0]'])).toBe('a[b]c');
    expect(op('-replace', 'abcabc', 'b')).toBe('acac');
    expect(op('-replace', ['ab', 'cb'], ['b', 'x'])).toEqual(['ax', 'cx']);
  });
  it('too many operands', () => {
    expect(() => op('-replace', 'a', ['a', 'b', 'c'])).toThrow('The -replace operator allows only two elements to follow it, not 3.');
  });
});

describe('-split (about_Split)', () => {
  const planets = 'Mercury,Venus,Earth,Mars,Jupiter,Saturn,Uranus,Neptune';
  it('basic and max-substrings', () => {
    expect(op('-split', 'Lastname:FirstName:Address', ':')).toEqual(['Lastname', 'FirstName', 'Address']);
    expect(op('-split', planets, [',', 5])).toEqual(['Mercury', 'Venus', 'Earth', 'Mars', 'Jupiter,Saturn,Uranus,Neptune']);
    expect(op('-split', planets, [',', -5])).toEqual(['Mercury,Venus,Earth,Mars', 'Jupiter', 'Saturn', 'Uranus', 'Neptune']);
  });
  it('captures are kept, empties are kept, case-insensitive default', () => {
    expect(op('-split', 'abc-def', '(-)')).toEqual(['abc', '-', 'def']);
    expect(op('-split', 'a1b2c3', '\\d')).toEqual(['a', 'b', 'c', '']);
    expect(op('-split', 'aXbxc', 'x')).toEqual(['a', 'b', 'c']);
    expect(op('-csplit', 'aXbxc', 'x')).toEqual(['aXb', 'c']);
    expect(op('-split', 'a,,b', ',')).toEqual(['a', '', 'b']);
  });
  it('SimpleMatch and arrays', () => {
    expect(op('-split', 'a.b.c', ['.', 0, 'SimpleMatch'])).toEqual(['a', 'b', 'c']);
    expect(op('-split', ['a b', 'c d'], ' ')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('-join and -f', () => {
  it('-join', () => {
    expect(op('-join', ['a', 'b', 'c'], '-')).toBe('a-b-c');
    expect(op('-join', [1, 2, 3], ', ')).toBe('1, 2, 3');
    expect(op('-join', 'abc', '-')).toBe('abc');
  });
  it('-f composite format (about_Operators, .NET docs)', () => {
    expect(op('-f', '{0} {1,-10} {2:N}', [1, 'hello', Math.PI])).toBe('1 hello      3.14');
    expect(op('-f', '{0:X4}', 255)).toBe('00FF');
    expect(op('-f', '{0:P1}', 0.1234)).toBe('12.3%');
    expect(op('-f', '{0,5}|', 42)).toBe('   42|');
    expect(op('-f', '{0:yyyy-MM-dd}', DateTime.fromParts(2024, 1, 31))).toBe('2024-01-31');
    expect(op('-f', '{{0}} {0}', 1)).toBe('{0} 1');
    expect(op('-f', '{0:0.00}', 3.14159)).toBe('3.14');
    expect(op('-f', '{0:#,##0}', 1234567)).toBe('1,234,567');
    expect(op('-f', '{0:C}', 1234.5)).toBe('$1,234.50');
    expect(op('-f', '{0}', null)).toBe('');
    expect(op('-f', '{1}{0}', ['a', 'b'])).toBe('ba');
  });
  it('-f errors', () => {
    expect(() => op('-f', '{1}', 'a')).toThrow('Error formatting a string: Index (zero based) must be greater than or equal to zero and less than the size of the argument list..');
    expect(() => op('-f', '{0', 'a')).toThrow('Error formatting a string: Input string was not in a correct format..');
  });
});

describe('-is, -as, logical', () => {
  it('-is / -isnot', () => {
    expect(op('-is', 1, TYPES.int)).toBe(true);
    expect(op('-is', 'abc', 'string')).toBe(true);
    expect(op('-is', [], 'array')).toBe(true);
    expect(op('-is', 1.5, 'double')).toBe(true);
    expect(op('-isnot', 1, 'string')).toBe(true);
    expect(op('-is', null, 'object')).toBe(false);
    expect(op('-is', new PSHashtable(), 'hashtable')).toBe(true);
    expect(op('-is', 1, 'System.ValueType')).toBe(true);
    expect(op('-is', 'abc', 'System.ValueType')).toBe(false);
    expect(op('-is', 'abc', 'System.Collections.IEnumerable')).toBe(true);
  });
  it('-as', () => {
    expect(op('-as', '12', 'int')).toBe(12);
    expect(op('-as', 'abc', 'int')).toBeNull();
    expect(() => op('-as', 'abc', 'NoSuchType')).toThrow('Unable to find type [NoSuchType].');
  });
  it('-and -or -xor', () => {
    expect(op('-and', 1, '')).toBe(false);
    expect(op('-or', 0, 'x')).toBe(true);
    expect(op('-xor', true, true)).toBe(false);
    expect(op('-xor', true, 0)).toBe(true);
  });
});
