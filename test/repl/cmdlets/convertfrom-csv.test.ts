import { describe, expect, it } from 'vitest';
import { convertFromCsv } from '../../../src/repl/cmdlets/convertfrom-csv.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { runCmdlet } from './helpers.js';

const plain = (o: unknown) => Object.fromEntries((o as PSObject).properties().map((p) => [p.name, p.value]));

describe('ConvertFrom-Csv', () => {
  it('reads a header and rows into custom objects with string values', async () => {
    const r = await runCmdlet(convertFromCsv, { input: ['"Name","Size"', '"a","1"', 'b,2'] });
    expect(r.output.map(plain)).toEqual([{ Name: 'a', Size: '1' }, { Name: 'b', Size: '2' }]);
    expect((r.output[0] as PSObject).typeNames[0]).toBe('System.Management.Automation.PSCustomObject');
  });

  it('reads a multi-line string in one piece, with quoted delimiters, quotes and newlines', async () => {
    const r = await runCmdlet(convertFromCsv, { input: ['a,b\n"x,y","say ""hi"""\n"multi\nline",z\n'] });
    expect(r.output.map(plain)).toEqual([{ a: 'x,y', b: 'say "hi"' }, { a: 'multi\nline', b: 'z' }]);
  });

  it('-Header names the columns; missing fields are $null, extra ones dropped', async () => {
    const r = await runCmdlet(convertFromCsv, { params: { Header: ['A', 'B'] }, input: ['1', '1,2,3'] });
    expect(r.output.map(plain)).toEqual([{ A: '1', B: null }, { A: '1', B: '2' }]);
  });

  it('-Delimiter, blank lines skipped, blanks around unquoted fields trimmed', async () => {
    const r = await runCmdlet(convertFromCsv, { params: { Delimiter: ';' }, input: ['a;b', '', ' 1 ; 2'] });
    expect(r.output.map(plain)).toEqual([{ a: '1 ', b: '2' }]);
  });

  it('a #TYPE line sets the type names', async () => {
    const r = await runCmdlet(convertFromCsv, { input: ['#TYPE My.Type\na\n1'] });
    expect((r.output[0] as PSObject).typeNames).toEqual(['My.Type', 'CSV:My.Type']);
  });

  it('empty header names become H1, H2… with a warning', async () => {
    const r = await runCmdlet(convertFromCsv, { input: ['a,,\n1,2,3'] });
    expect(r.output.map(plain)).toEqual([{ a: '1' }]);
    const r2 = await runCmdlet(convertFromCsv, { input: ['a,,b\n1,2,3'] });
    expect(r2.output.map(plain)).toEqual([{ a: '1', H1: '2', b: '3' }]);
    expect(r2.warnings).toEqual(['One or more headers were not specified. Default names starting with "H" have been used in place of any missing headers.']);
  });

  it('duplicate header names are a terminating error', async () => {
    await expect(runCmdlet(convertFromCsv, { input: ['a,A\n1,2'] })).rejects.toThrow('The member "A" is already present.');
  });
});
