import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCsv } from '../../../src/repl/cmdlets/export-csv.js';
import { importCsv } from '../../../src/repl/cmdlets/import-csv.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { messageOf, runCmdlet } from './helpers.js';

const dir = () => mkdtempSync(join(tmpdir(), 'csv-'));
const plain = (o: unknown) => Object.fromEntries((o as PSObject).properties().map((p) => [p.name, p.value]));

describe('Export-Csv', () => {
  it('writes header and rows relative to the current location, UTF-8 without BOM', async () => {
    const d = dir();
    await runCmdlet(exportCsv, { params: { Path: 'out.csv' }, cwd: d, input: [new PSObject({ Name: 'a', N: 1 }), new PSObject({ Name: 'b', N: 2 })] });
    expect(readFileSync(join(d, 'out.csv'), 'utf8')).toBe('"Name","N"\n"a","1"\n"b","2"\n');
  });

  it('-Append uses the existing file\'s columns and writes no new header', async () => {
    const d = dir();
    writeFileSync(join(d, 'x.csv'), '"N","Name"\n"1","a"\n');
    await runCmdlet(exportCsv, { params: { Path: 'x.csv', Append: true }, cwd: d, input: [new PSObject({ Name: 'b', N: 2 })] });
    expect(readFileSync(join(d, 'x.csv'), 'utf8')).toBe('"N","Name"\n"1","a"\n"2","b"\n');
  });

  it('-Append refuses objects missing a column unless -Force', async () => {
    const d = dir();
    writeFileSync(join(d, 'x.csv'), '"N","Other"\n"1","a"\n');
    const err = await runCmdlet(exportCsv, { params: { Path: 'x.csv', Append: true }, cwd: d, input: [new PSObject({ N: 2 })] }).catch((e) => messageOf(e));
    expect(err).toBe('Cannot append CSV content to the following file: x.csv. The appended object does not have a property that corresponds to the following column: Other. To continue with mismatched properties, add the -Force parameter, and then retry the command.');
    await runCmdlet(exportCsv, { params: { Path: 'x.csv', Append: true, Force: true }, cwd: d, input: [new PSObject({ N: 2 })] });
    expect(readFileSync(join(d, 'x.csv'), 'utf8')).toBe('"N","Other"\n"1","a"\n"2",\n');
  });

  it('a missing parent directory is pwsh\'s DirectoryNotFound error', async () => {
    const d = dir();
    const err = await runCmdlet(exportCsv, { params: { Path: 'nope/x.csv' }, cwd: d, input: [1] }).catch((e) => messageOf(e));
    expect(err).toBe(`Could not find a part of the path '${join(d, 'nope', 'x.csv')}'.`);
  });

  it('creates the file even with no input; -IncludeTypeInformation and -Encoding utf8BOM', async () => {
    const d = dir();
    await runCmdlet(exportCsv, { params: { Path: 'empty.csv' }, cwd: d, input: [] });
    expect(existsSync(join(d, 'empty.csv'))).toBe(true);
    expect(readFileSync(join(d, 'empty.csv'), 'utf8')).toBe('');
    await runCmdlet(exportCsv, { params: { Path: 'bom.csv', Encoding: 'utf8BOM', IncludeTypeInformation: true }, cwd: d, input: [new PSObject({ a: 1 })] });
    const bytes = readFileSync(join(d, 'bom.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8')).toBe('#TYPE System.Management.Automation.PSCustomObject\n"a"\n"1"\n');
  });

  it('round-trips through Import-Csv', async () => {
    const d = dir();
    const input = [new PSObject({ Name: 'x, "y"', Note: 'line1\nline2' }), new PSObject({ Name: 'z', Note: null })];
    await runCmdlet(exportCsv, { params: { Path: 'rt.csv' }, cwd: d, input });
    const r = await runCmdlet(importCsv, { params: { Path: 'rt.csv' }, cwd: d });
    expect(r.output.map(plain)).toEqual([{ Name: 'x, "y"', Note: 'line1\nline2' }, { Name: 'z', Note: '' }]);
  });
});
