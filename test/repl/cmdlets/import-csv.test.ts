import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/repl/cmdlets/import-csv.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { runCmdlet } from './helpers.js';

const dir = () => mkdtempSync(join(tmpdir(), 'csv-'));
const plain = (o: unknown) => Object.fromEntries((o as PSObject).properties().map((p) => [p.name, p.value]));

describe('Import-Csv', () => {
  it('reads a header and rows; a #TYPE line sets the type names', async () => {
    const d = dir();
    writeFileSync(join(d, 't.csv'), '#TYPE My.Type\n"Name","N"\n"a","1"\n');
    const r = await runCmdlet(importCsv, { params: { Path: 't.csv' }, cwd: d });
    expect(r.output.map(plain)).toEqual([{ Name: 'a', N: '1' }]);
    expect((r.output[0] as PSObject).typeNames).toEqual(['My.Type', 'CSV:My.Type']);
  });

  it('reads files with -Delimiter and -Header', async () => {
    const d = dir();
    writeFileSync(join(d, 'h.csv'), '1;2\n3;4\n');
    const r = await runCmdlet(importCsv, { params: { Path: 'h.csv', Delimiter: ';', Header: ['A', 'B'] }, cwd: d });
    expect(r.output.map(plain)).toEqual([{ A: '1', B: '2' }, { A: '3', B: '4' }]);
  });

  it('reads a UTF-16 file with a BOM', async () => {
    const d = dir();
    writeFileSync(join(d, 'u.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\r\né\r\n', 'utf16le')]));
    const r = await runCmdlet(importCsv, { params: { Path: 'u.csv' }, cwd: d });
    expect(r.output.map(plain)).toEqual([{ a: 'é' }]);
  });

  it('a missing file is a non-terminating error', async () => {
    const d = dir();
    const r = await runCmdlet(importCsv, { params: { Path: 'missing.csv' }, cwd: d });
    expect(r.errors.map((e) => e.error)).toEqual([`Could not find file '${join(d, 'missing.csv')}'.`]);
  });
});
