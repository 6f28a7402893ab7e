// Expectations from PowerShell/PowerShell test/powershell/Modules/Microsoft.PowerShell.Utility/ConvertTo-Csv.Tests.ps1.
import { describe, expect, it } from 'vitest';
import { convertToCsv } from '../../../src/repl/cmdlets/convertto-csv.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { runCmdlet } from './helpers.js';

const firstSecond = () => new PSObject({ First: 1, Second: 2 });
const hello = () => new PSObject({ FirstColumn: 'Hello', SecondColumn: 'World' });
const helloNull = () => new PSObject({ FirstColumn: 'Hello', SecondColumn: null });

describe('ConvertTo-Csv', () => {
  it('quotes every field and writes no type line by default', async () => {
    expect((await runCmdlet(convertToCsv, { input: [firstSecond()] })).output).toEqual(['"First","Second"', '"1","2"']);
  });

  it('-IncludeTypeInformation adds the #TYPE line', async () => {
    expect((await runCmdlet(convertToCsv, { params: { IncludeTypeInformation: true }, input: [firstSecond()] })).output)
      .toEqual(['#TYPE System.Management.Automation.PSCustomObject', '"First","Second"', '"1","2"']);
  });

  it('-Delimiter changes the separator', async () => {
    expect((await runCmdlet(convertToCsv, { params: { Delimiter: ';' }, input: [firstSecond()] })).output).toEqual(['"First";"Second"', '"1";"2"']);
  });

  it('-NoHeader writes only rows', async () => {
    expect((await runCmdlet(convertToCsv, { params: { NoHeader: true }, input: [hello()] })).output).toEqual(['"Hello","World"']);
  });

  it('-QuoteFields quotes only the named columns (case-insensitive)', async () => {
    expect((await runCmdlet(convertToCsv, { params: { QuoteFields: ['FiRstCoLumn'] }, input: [hello()] })).output).toEqual(['"FirstColumn",SecondColumn', '"Hello",World']);
  });

  it('-UseQuotes Always / Never, with $null as an empty unquoted field', async () => {
    expect((await runCmdlet(convertToCsv, { params: { UseQuotes: 'Always' }, input: [helloNull()] })).output).toEqual(['"FirstColumn","SecondColumn"', '"Hello",']);
    expect((await runCmdlet(convertToCsv, { params: { UseQuotes: 'Never' }, input: [helloNull()] })).output).toEqual(['FirstColumn,SecondColumn', 'Hello,']);
  });

  it('-UseQuotes AsNeeded quotes fields containing the delimiter', async () => {
    expect((await runCmdlet(convertToCsv, { params: { UseQuotes: 'AsNeeded', Delimiter: 'r' }, input: [hello()] })).output).toEqual(['"FirstColumn"rSecondColumn', 'Hellor"World"']);
  });

  it('-UseQuotes with -QuoteFields is an error', async () => {
    await expect(runCmdlet(convertToCsv, { params: { UseQuotes: 'Always', QuoteFields: ['x'] }, input: [hello()] })).rejects.toThrow('You must specify either the -UseQuotes or -QuoteFields parameters, but not both.');
  });

  it('doubles embedded quotes, writes arrays as System.Object[], and uses the first object\'s columns', async () => {
    const r = await runCmdlet(convertToCsv, { input: [new PSObject({ a: 'say "hi"', b: [1, 2] }), new PSObject({ b: 3, c: 4 })] });
    expect(r.output).toEqual(['"a","b"', '"say ""hi""","System.Object[]"', ',"3"']);
  });

  it('takes a hashtable\'s keys as columns', async () => {
    expect((await runCmdlet(convertToCsv, { input: [PSHashtable.from({ k: 'v', n: 1 }, true)] })).output).toEqual(['"k","n"', '"v","1"']);
  });
});
