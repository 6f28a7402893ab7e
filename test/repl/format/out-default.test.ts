/**
 * Out-Default text, with expectations from PowerShell-Docs examples and
 * pwsh's formatting rules (OutCommandInner, TableWriter, ListWriter).
 */
import { describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { DateTime } from '../../../src/repl/values/datetime.js';
import { TimeSpan } from '../../../src/repl/values/timespan.js';
import { OutDefault } from '../../../src/repl/format/out-default.js';
import { outDefaultLines } from './helpers.js';

const obj = (props: Record<string, unknown>, typeNames?: string[]) => new PSObject(props, typeNames);

describe('Out-Default: scalars', () => {
  it('prints strings, numbers and booleans one per line, $null as nothing', () => {
    expect(outDefaultLines(['hello', 42, 1.5, true, null, false])).toEqual(['hello', '42', '1.5', 'True', 'False']);
  });

  it('prints a string with embedded newlines as its lines', () => {
    expect(outDefaultLines(['a\nb'])).toEqual(['a', 'b']);
  });

  it('enumerates a nested array', () => {
    expect(outDefaultLines([[1, 2], 3])).toEqual(['1', '2', '3']);
  });
});

describe('Out-Default: tables', () => {
  // about_PSCustomObject: a [pscustomobject] with three properties.
  it('shows up to 4 properties as a table sized to its content', () => {
    expect(outDefaultLines([obj({ Name: 'Kevin', Language: 'PowerShell', State: 'Texas' })])).toEqual([
      '',
      'Name  Language   State',
      '----  --------   -----',
      'Kevin PowerShell Texas',
      '',
    ]);
  });

  it('right-aligns numbers and left-aligns strings; the dashes follow the header', () => {
    expect(outDefaultLines([obj({ a: 1, b: 'x' })])).toEqual(['', 'a b', '- -', '1 x', '']);
    expect(outDefaultLines([obj({ Count: 5, Name: 'x' }), obj({ Count: 12345678, Name: 'yy' })])).toEqual([
      '',
      '   Count Name',
      '   ----- ----',
      '       5 x',
      '12345678 yy',
      '',
    ]);
  });

  it('uses the first object\'s columns for later objects of other shapes', () => {
    // The missing value still pads to the right-aligned column's width.
    expect(outDefaultLines([obj({ a: 1 }), obj({ b: 2 }), obj({ a: 3 })])).toEqual(['', 'a', '-', '1', ' ', '3', '']);
  });

  it('prints scalars that arrive mid-table in order, out of band', () => {
    expect(outDefaultLines([1, obj({ a: 1 }), 2])).toEqual(['1', '', 'a', '-', '1', '2', '']);
  });

  it('shows doubles with two decimals in table cells, $null as empty', () => {
    expect(outDefaultLines([obj({ Value: 1.5, Other: null, Name: 'n' })])).toEqual([
      '',
      'Value Other Name',
      '----- ----- ----',
      ' 1.50       n',
      '',
    ]);
  });

  it('shows collections in a cell as {a, b, c, d…} up to $FormatEnumerationLimit', () => {
    expect(outDefaultLines([obj({ a: [1, 2, 3, 4, 5], b: ['x'] })])).toEqual([
      '',
      'a             b',
      '-             -',
      '{1, 2, 3, 4…} {x}',
      '',
    ]);
  });

  it('shows a nested object as @{...}, a date in en-US general form, a boolean as True', () => {
    const inner = obj({ x: 1, y: 'z' });
    const when = DateTime.fromParts(2026, 11, 26, 12, 46, 37);
    expect(outDefaultLines([obj({ In: inner, When: when, Ok: true })])).toEqual([
      '',
      'In          When                     Ok',
      '--          ----                     --',
      '@{x=1; y=z} 11/26/2026 12:46:37 PM True',
      '',
    ]);
  });

  it('truncates the last column with … to fit the width', () => {
    const lines = outDefaultLines([obj({ Name: 'a', Text: 'x'.repeat(100) })], 40);
    expect(lines).toEqual(['', 'Name Text', '---- ----', `a    ${'x'.repeat(33)}\u2026`, '']);
    expect(lines[3].length).toBe(39);
  });

  it('sizes columns from the rows that arrive within 300 ms, then streams', () => {
    let clock = 0;
    const lines: string[] = [];
    const out = new OutDefault({ width: 80, write: (l) => lines.push(l), now: () => clock });
    out.push(obj({ Name: 'a', Id: 1 }));
    out.push(obj({ Name: 'bb', Id: 2 }));
    // Only the blank line that opens the document; the rows wait for their widths.
    expect(lines).toEqual(['']);
    clock = 301;
    out.push(obj({ Name: 'cccc', Id: 3 }));
    // The group is released: the header and the first rows print now, sized from them.
    expect(lines).toEqual(['', 'Name Id', '---- --', 'a     1', 'bb    2', 'cccc  3']);
    out.push(obj({ Name: 'dddddd', Id: 4 }));
    expect(lines.at(-1)).toBe('ddd\u2026  4');
    out.flush();
    expect(lines.at(-1)).toBe('');
  });
});

describe('Out-Default: lists', () => {
  it('shows 5 or more properties as a list with aligned colons', () => {
    const o = obj({ Name: 'box1', Alias: 'b1', Database: 'DB01', Quota: 100, Enabled: true });
    expect(outDefaultLines([o, o])).toEqual([
      '',
      'Name     : box1',
      'Alias    : b1',
      'Database : DB01',
      'Quota    : 100',
      'Enabled  : True',
      '',
      'Name     : box1',
      'Alias    : b1',
      'Database : DB01',
      'Quota    : 100',
      'Enabled  : True',
      '',
    ]);
  });

  it('wraps long list values under the value column', () => {
    const o = obj({ A: 1, B: 2, C: 3, D: 4, Text: 'one two three four five' });
    expect(outDefaultLines([o], 21)).toEqual([
      '',
      'A    : 1',
      'B    : 2',
      'C    : 3',
      'D    : 4',
      'Text : one two ',
      '       three four ',
      '       five',
      '',
    ]);
  });
});

describe('Out-Default: built-in views', () => {
  // about_Hash_Tables: a hashtable prints as a Name/Value table, Name 30 wide.
  it('shows a hashtable as Name/Value rows', () => {
    const h = new PSHashtable(false, [['Number', 1], ['Shape', 'Square'], ['Color', 'Blue']]);
    expect(outDefaultLines([h])).toEqual([
      '',
      'Name                           Value',
      '----                           -----',
      'Number                         1',
      'Shape                          Square',
      'Color                          Blue',
      '',
    ]);
  });

  it('shows a date alone as its long date and time', () => {
    expect(outDefaultLines([DateTime.fromParts(2026, 11, 26, 12, 46, 37)])).toEqual(['', 'Thursday, November 26, 2026 12:46:37 PM', '']);
  });

  it('shows a TimeSpan as the TimeSpan list view', () => {
    expect(outDefaultLines([TimeSpan.fromParts(1, 2, 3, 4, 5)])).toEqual([
      '',
      'Days              : 1',
      'Hours             : 2',
      'Minutes           : 3',
      'Seconds           : 4',
      'Milliseconds      : 5',
      'Ticks             : 937840050000',
      'TotalDays         : 1.08546302083333',
      'TotalHours        : 26.0511125',
      'TotalMinutes      : 1563.06675',
      'TotalSeconds      : 93784.005',
      'TotalMilliseconds : 93784005',
      '',
    ]);
  });

  // Measure-Object's documented output shape.
  it('shows Measure-Object output as its list', () => {
    const m = obj({ Count: 10, Average: null, Sum: 55, Maximum: null, Minimum: null, StandardDeviation: null, Property: null },
      ['Microsoft.PowerShell.Commands.GenericMeasureInfo', 'System.Object']);
    expect(outDefaultLines([m])).toEqual([
      '',
      'Count             : 10',
      'Average           : ',
      'Sum               : 55',
      'Maximum           : ',
      'Minimum           : ',
      'StandardDeviation : ',
      'Property          : ',
      '',
    ]);
  });

  it('shows Group-Object output as Count (5, right), Name (25) and Group', () => {
    const g = (name: string, items: unknown[]) => obj({ Count: items.length, Name: name, Group: items, Values: [name] },
      ['Microsoft.PowerShell.Commands.GroupInfo', 'System.Object']);
    expect(outDefaultLines([g('a', [1, 2]), g('b', [3])])).toEqual([
      '',
      'Count Name                      Group',
      '----- ----                      -----',
      '    2 a                         {1, 2}',
      '    1 b                         {3}',
      '',
    ]);
  });

  it('shows Get-Member output grouped by TypeName in an autosized table', () => {
    const m = (name: string, type: string, def: string) => obj({ TypeName: 'System.String', Name: name, MemberType: type, Definition: def },
      ['Microsoft.PowerShell.Commands.MemberDefinition', 'System.Object']);
    expect(outDefaultLines([m('Clone', 'Method', 'System.Object Clone()'), m('Length', 'Property', 'int Length {get;}')])).toEqual([
      '',
      '   TypeName: System.String',
      '',
      'Name   MemberType Definition',
      '----   ---------- ----------',
      'Clone  Method     System.Object Clone()',
      'Length Property   int Length {get;}',
      '',
    ]);
  });

  it('prints an object of another view type mid-table as an out-of-band list', () => {
    const g = obj({ Count: 1, Name: 'a', Group: [1], Values: ['a'] }, ['Microsoft.PowerShell.Commands.GroupInfo', 'System.Object']);
    expect(outDefaultLines([g, obj({ x: 1 })])).toEqual([
      '',
      'Count Name                      Group',
      '----- ----                      -----',
      '    1 a                         {1}',
      '',
      'x : 1',
      '',
      '',
    ]);
  });
});
