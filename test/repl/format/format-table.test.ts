/**
 * Format-Table, with expectations from the Format-Table reference and
 * about_Calculated_Properties examples, rebuilt on PSObjects.
 */
import { describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { DateTime } from '../../../src/repl/values/datetime.js';
import { TimeSpan } from '../../../src/repl/values/timespan.js';
import { formatTable } from '../../../src/repl/cmdlets/format-table.js';
import { FormatOutput } from '../../../src/repl/format/packets.js';
import { typeNamesOf } from '../../../src/repl/values/types.js';
import { CmdletFailure, FakeScriptBlock, runCmdlet, textOf } from './helpers.js';

const obj = (props: Record<string, unknown>) => new PSObject(props);
const calc = (entries: [string, unknown][]) => new PSHashtable(false, entries);

describe('Format-Table', () => {
  it('emits format objects that print as a table', async () => {
    const { output } = await runCmdlet(formatTable, {}, [obj({ a: 1, b: 'x' })]);
    expect(output.every((o) => o instanceof FormatOutput)).toBe(true);
    expect((output[0] as FormatOutput).typeName).toBe('Microsoft.PowerShell.Commands.Internal.Format.FormatStartData');
    // What Get-Member and -is see (pwsh's Format-Table.Tests.ps1: "Should return a format object data type").
    expect(typeNamesOf(output[1])[0]).toBe('Microsoft.PowerShell.Commands.Internal.Format.GroupStartData');
    expect(typeNamesOf(output.at(-1))[0]).toBe('Microsoft.PowerShell.Commands.Internal.Format.FormatEndData');
    expect(textOf(output)).toEqual(['', 'a b', '- -', '1 x', '']);
  });

  // Format-Table example 6: a calculated TotalRunningTime column.
  it('shows a calculated property under its Label', async () => {
    const procs = [
      obj({ ProcessName: 'notepad', Id: 1, Elapsed: new TimeSpan(120002751767) }),
      obj({ ProcessName: 'notepad', Id: 2, Elapsed: new TimeSpan(167710520) }),
    ];
    const property = ['ProcessName', calc([['Label', 'TotalRunningTime'], ['Expression', new FakeScriptBlock('$_.Elapsed', (o) => (o as PSObject).get('Elapsed'))]])];
    const { output } = await runCmdlet(formatTable, { Property: property }, procs);
    expect(textOf(output)).toEqual([
      '',
      'ProcessName TotalRunningTime',
      '----------- ----------------',
      'notepad     03:20:00.2751767',
      'notepad     00:00:16.7710520',
      '',
    ]);
  });

  // Format-Table example 8: a bare script block is labelled by its text; a failing one leaves the cell empty.
  it('labels a script-block column with its text and leaves failed values empty', async () => {
    const block = new FakeScriptBlock(' $_ / $null ', () => {
      throw new Error('Cannot divide');
    });
    const { output } = await runCmdlet(formatTable, { Property: ['DayOfWeek', block] }, [DateTime.fromParts(2026, 11, 25, 9, 0, 0)]);
    expect(textOf(output)).toEqual(['', 'DayOfWeek  $_ / $null ', '--------- ------------', 'Wednesday ', '']);
  });

  it('right-aligns a calculated number, judged on the first object', async () => {
    const count = new FakeScriptBlock('$_.Items.Count', (o) => ((o as PSObject).get('Items') as unknown[]).length);
    const { output } = await runCmdlet(formatTable, { Property: ['Name', calc([['n', 'Count'], ['e', count]]), 'Items'] },
      [obj({ Name: 'x', Items: [1, 2, 3, 4, 5, 6] })]);
    expect(textOf(output)).toEqual(['', 'Name Count Items', '---- ----- -----', 'x        6 {1, 2, 3, 4\u2026}', '']);
  });

  // Format-Table example 8: -DisplayError and -ShowError.
  it('shows #ERR with -DisplayError and the error with -ShowError', async () => {
    const block = new FakeScriptBlock(' $_ / $null ', () => {
      throw new Error('Cannot divide');
    });
    const date = DateTime.fromParts(2026, 11, 25, 9, 0, 0);
    const shown = await runCmdlet(formatTable, { Property: ['DayOfWeek', block], DisplayError: true }, [date]);
    expect(textOf(shown.output)).toEqual(['', 'DayOfWeek  $_ / $null ', '--------- ------------', 'Wednesday #ERR', '']);
    const reported = await runCmdlet(formatTable, { Property: ['DayOfWeek', block], ShowError: true }, [date]);
    expect(textOf(reported.output)).toEqual(['', 'DayOfWeek  $_ / $null ', '--------- ------------', 'Wednesday ', '',
      'InvalidArgument: Failed to evaluate expression " $_ / $null ".', '']);
  });

  it('expands wildcards against the first object', async () => {
    const { output } = await runCmdlet(formatTable, { Property: ['N*', 'Id'] }, [obj({ Name: 'a', Note: 'n', Id: 7, Other: 0 })]);
    expect(textOf(output)).toEqual(['', 'Name Note Id', '---- ---- --', 'a    n     7', '']);
  });

  // A first column with a Width turns off sizing from the rows: the others share the rest of the line.
  it('honours Width and Alignment of a calculated property', async () => {
    const property = [calc([['n', 'N'], ['e', 'Name'], ['Width', 6], ['Alignment', 'Right']]), 'Id'];
    const { output } = await runCmdlet(formatTable, { Property: property }, [obj({ Name: 'ab', Id: 1 })]);
    expect(textOf(output, 20)).toEqual(['', '     N            Id', '     -            --', '    ab             1', '']);
  });

  // about_Calculated_Properties: -GroupBy with a calculated property, each group sized on its own.
  it('starts a labelled table per group', async () => {
    const files = [
      obj({ Name: 'ThirdPartyNotices', Length: 1229, Extension: '' }),
      obj({ Name: 'LICENSE', Length: 19047, Extension: '' }),
      obj({ Name: '.openpublishing.publish.config.json', Length: 2304, Extension: '.json' }),
    ];
    const type = new FakeScriptBlock('...', (o) => ((o as PSObject).get('Extension') === '' ? 'Metacontent' : 'Configuration'));
    const { output } = await runCmdlet(formatTable, { Property: ['Name', 'Length'], GroupBy: calc([['Name', 'Type'], ['Expression', type]]) }, files);
    expect(textOf(output)).toEqual([
      '',
      '   Type: Metacontent',
      '',
      'Name              Length',
      '----              ------',
      'ThirdPartyNotices   1229',
      'LICENSE            19047',
      '',
      '   Type: Configuration',
      '',
      'Name                                Length',
      '----                                ------',
      '.openpublishing.publish.config.json   2304',
      '',
    ]);
  });

  it('wraps long values onto more lines with -Wrap', async () => {
    const { output } = await runCmdlet(formatTable, { Wrap: true }, [obj({ Name: 'a', Text: 'one two three four five six' })]);
    expect(textOf(output, 20)).toEqual(['', 'Name Text', '---- ----', 'a    one two three', '     four five six', '']);
  });

  it('truncates with … without -Wrap', async () => {
    const { output } = await runCmdlet(formatTable, {}, [obj({ Name: 'a', Text: 'one two three four five six' })]);
    expect(textOf(output, 20)).toEqual(['', 'Name Text', '---- ----', 'a    one two three \u2026', '']);
  });

  it('omits the header with -HideTableHeaders', async () => {
    const { output } = await runCmdlet(formatTable, { HideTableHeaders: true }, [obj({ a: 1, b: 'x' }), obj({ a: 22, b: 'y' })]);
    expect(textOf(output)).toEqual(['', ' 1 x', '22 y', '']);
  });

  it('sizes columns over every row with -AutoSize', async () => {
    const { output } = await runCmdlet(formatTable, { AutoSize: true }, [obj({ a: 'x', b: 1 }), obj({ a: 'longer', b: 2 })]);
    expect(textOf(output)).toEqual(['', 'a      b', '-      -', 'x      1', 'longer 2', '']);
  });

  // A hashtable is shown as its entries: about_Hash_Tables.
  it('formats a hashtable as Name/Value', async () => {
    const { output } = await runCmdlet(formatTable, {}, [new PSHashtable(false, [['a', 1]])]);
    expect(textOf(output)).toEqual(['', 'Name                           Value', '----                           -----', 'a                              1', '']);
  });

  it('prints strings as they are', async () => {
    const { output } = await runCmdlet(formatTable, {}, ['abc', 'd']);
    expect(textOf(output)).toEqual(['abc', 'd']);
  });

  it('rejects a calculated property with an unknown key', async () => {
    await expect(runCmdlet(formatTable, { Property: [calc([['Expression', 'a'], ['Colour', 'red']])] }, [])).rejects.toThrow(
      new CmdletFailure('The Colour key is not valid.'));
  });

  it('requires an Expression in a calculated property', async () => {
    await expect(runCmdlet(formatTable, { Property: [calc([['Name', 'x']])] }, [])).rejects.toThrow('A mandatory entry for Expression is missing.');
  });
});
