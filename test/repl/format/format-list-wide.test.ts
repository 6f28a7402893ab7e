/**
 * Format-List and Format-Wide, with expectations from their reference pages
 * and about_Calculated_Properties, rebuilt on PSObjects.
 */
import { describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { DateTime } from '../../../src/repl/values/datetime.js';
import { TimeSpan } from '../../../src/repl/values/timespan.js';
import { formatList } from '../../../src/repl/cmdlets/format-list.js';
import { formatWide } from '../../../src/repl/cmdlets/format-wide.js';
import { FakeScriptBlock, runCmdlet, textOf } from './helpers.js';

const obj = (props: Record<string, unknown>) => new PSObject(props);
const calc = (entries: [string, unknown][]) => new PSHashtable(false, entries);

describe('Format-List', () => {
  it('lists every property of a small object', async () => {
    const { output } = await runCmdlet(formatList, {}, [obj({ a: 1, bb: 'x' }), obj({ a: 2, bb: 'y' })]);
    expect(textOf(output)).toEqual(['', 'a  : 1', 'bb : x', '', 'a  : 2', 'bb : y', '']);
  });

  it('lists the properties -Property * matches, per object', async () => {
    const { output } = await runCmdlet(formatList, { Property: ['*'] }, [obj({ a: 1 }), obj({ b: 2, c: 3 })]);
    expect(textOf(output)).toEqual(['', 'a : 1', '', 'b : 2', 'c : 3', '']);
  });

  // about_Calculated_Properties: Format-List with a renamed, computed Size.
  it('shows calculated properties under their names', async () => {
    const size = new FakeScriptBlock('$_.Length/1KB', (o) => ((o as PSObject).get('Length') as number) / 1024);
    const { output } = await runCmdlet(formatList, { Property: ['FullName', calc([['Name', 'Size'], ['Expression', size]])] },
      [obj({ FullName: 'C:\\x.json', Length: 2560 })]);
    expect(textOf(output)).toEqual(['', 'FullName : C:\\x.json', 'Size     : 2.5', '']);
  });

  // about_Calculated_Properties: FormatString 'N2' and 'O' on calculated properties.
  it('applies a FormatString', async () => {
    const size = new FakeScriptBlock('$_.Length/1KB', (o) => ((o as PSObject).get('Length') as number) / 1024);
    const modified = new FakeScriptBlock('$_.LastWriteTime', (o) => (o as PSObject).get('LastWriteTime'));
    const property = [
      calc([['Name', 'Modified'], ['Expression', modified], ['FormatString', 'O']]),
      calc([['Name', 'Size'], ['Expression', size], ['FormatString', 'N2']]),
    ];
    const file = obj({ Length: 2458, LastWriteTime: DateTime.fromParts(2020, 7, 23, 10, 26, 28, 409) });
    const { output } = await runCmdlet(formatList, { Property: property }, [file]);
    expect(textOf(output)).toEqual(['', 'Modified : 2020-07-23T10:26:28.4090000', 'Size     : 2.40', '']);
  });

  it('uses the TimeSpan list view', async () => {
    const { output } = await runCmdlet(formatList, {}, [TimeSpan.fromParts(0, 0, 1, 30)]);
    expect(textOf(output).slice(0, 7)).toEqual(['', 'Days              : 0', 'Hours             : 0', 'Minutes           : 1', 'Seconds           : 30',
      'Milliseconds      : 0', 'Ticks             : 900000000']);
  });

  // Get-Date | Format-List shows the date's properties, DateTime last.
  it('lists a date\'s properties', async () => {
    const { output } = await runCmdlet(formatList, {}, [DateTime.fromParts(2026, 11, 26, 12, 46, 37)]);
    const text = textOf(output);
    expect(text[1]).toBe('Date        : 11/26/2026 12:00:00 AM');
    expect(text).toContain('DayOfWeek   : Thursday');
    expect(text).toContain('TimeOfDay   : 12:46:37');
    expect(text.at(-2)).toBe('DateTime    : Thursday, November 26, 2026 12:46:37 PM');
  });

  it('groups with -GroupBy', async () => {
    const { output } = await runCmdlet(formatList, { Property: ['Name'], GroupBy: 'Kind' },
      [obj({ Name: 'a', Kind: 'x' }), obj({ Name: 'b', Kind: 'x' }), obj({ Name: 'c', Kind: 'y' })]);
    expect(textOf(output)).toEqual(['', '   Kind: x', '', 'Name : a', '', 'Name : b', '', '', '   Kind: y', '', 'Name : c', '']);
  });
});

describe('Format-Wide', () => {
  const names = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'].map((Name) => obj({ Name, Length: 1 }));

  it('shows the Name property in two columns sharing the width', async () => {
    const { output } = await runCmdlet(formatWide, {}, names);
    expect(textOf(output, 20)).toEqual(['', 'alpha      beta', 'gamma      delta', 'epsilon    ', '']);
  });

  it('uses -Column columns', async () => {
    const { output } = await runCmdlet(formatWide, { Column: 3 }, names);
    expect(textOf(output, 30)).toEqual(['', 'alpha      beta      gamma', 'delta      epsilon   ', '']);
  });

  it('fits as many columns as the widest value allows with -AutoSize', async () => {
    const { output } = await runCmdlet(formatWide, { AutoSize: true }, names);
    // 'epsilon' is 7 cells: three fit (7*3 + 2 = 23 < 30), four do not (7*4 + 3 = 31).
    expect(textOf(output, 30)).toEqual(['', 'alpha      beta      gamma', 'delta      epsilon   ', '']);
  });

  // about_Calculated_Properties: Format-Wide with an Expression.
  it('shows a calculated value', async () => {
    const e = new FakeScriptBlock("'{0} ({1})' -f $_.Name,$_.Length", (o) => `${(o as PSObject).get('Name')} (${(o as PSObject).get('Length')})`);
    const { output } = await runCmdlet(formatWide, { Property: calc([['e', e]]) }, names.slice(0, 2));
    expect(textOf(output, 30)).toEqual(['', 'alpha (1)       beta (1)', '']);
  });

  it('refuses -AutoSize with -Column', async () => {
    await expect(runCmdlet(formatWide, { AutoSize: true, Column: 2 }, [])).rejects.toThrow('Cmdlet parameters AutoSize and Column are mutually exclusive.');
  });
});
