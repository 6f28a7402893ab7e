/**
 * Cases ported from PowerShell's own tests,
 * test/powershell/Modules/Microsoft.PowerShell.Utility/Format-Table.Tests.ps1:
 * the same objects and views, the exact text pwsh asserts (`$x | Format-Table
 * | Out-String`, which in a test host has a 120-column table width).
 */
import { describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { formatTable } from '../../../src/repl/cmdlets/format-table.js';
import { outString } from '../../../src/repl/cmdlets/out-string.js';
import { registerView } from '../../../src/repl/format/views.js';
import type { ViewColumn } from '../../../src/repl/format/views.js';
import type { BoundParameters } from '../../../src/repl/cmdlets/types.js';
import { runCmdlet } from './helpers.js';
import { TextFormatter, formatLines } from '../../../src/repl/format/text-formatter.js';

const obj = (props: Record<string, unknown>, typeName?: string) =>
  new PSObject(props, typeName ? [typeName, 'System.Management.Automation.PSCustomObject', 'System.Object'] : undefined);

/** `$input | Format-Table @params | Out-String`, as one string. */
async function ftOutString(input: unknown[], params: BoundParameters = {}): Promise<string> {
  const formatted = (await runCmdlet(formatTable, params, input)).output;
  const text = (await runCmdlet(outString, {}, formatted, { width: 120 })).output;
  return text[0] as string;
}

/** pwsh's test encoding: spaces as '.', newlines as '^'. */
const dotted = (s: string) => s.replace(/ /g, '.').replace(/\n/g, '^');

describe('pwsh Format-Table.Tests.ps1', () => {
  it('Format-Table with array should work', async () => {
    const info = new PSHashtable(false, [['array', Array.from({ length: 256 }, (_, i) => i)]]);
    expect(await ftOutString([info])).toMatch(/array\s+\{0, 1, 2, 3\u2026\}/);
  });

  // "1\n2" in PowerShell is a backslash and an n, not a newline.
  it('Format-Table with new line should work', async () => {
    expect(await ftOutString([new PSHashtable(false, [['name', '1\\n2']])])).toMatch(/name\s+1.+2/);
  });

  it('Format-Table with Autosize should work', async () => {
    const rows = [obj({ name: 'Bob', size: 1234, booleanValue: true }), obj({ name: 'Jim', size: 5678, booleanValue: false })];
    const result = await ftOutString(rows, { AutoSize: true });
    expect(result).toMatch(/name size booleanValue/);
    expect(result).toMatch(/---- ---- ------------/);
    expect(result).toMatch(/Bob\s+1234\s+True/);
    expect(result).toMatch(/Jim\s+5678\s+False/);
  });

  it('Format-Table with empty input should return $null', async () => {
    expect(await ftOutString([new PSHashtable()], { Property: ['foo', 'bar'] })).toBe('');
    expect(await ftOutString([null], { Property: ['foo', 'bar'] })).toBe('');
  });

  for (const [name, input] of [['single line', ['single line string']], ['multi line', ['line1\nline2']], ['array', ['line1', 'line2']]] as const) {
    it(`Format-Table with '${name}' string and -Force should output table with requested properties`, async () => {
      const result = await ftOutString([...input], { Property: ['fox', 'bar'], Force: true });
      expect(result.replace(/ /g, '').replace(/\n/g, '')).toBe('foxbar------');
    });
  }

  it('Format-Table should not add trailing whitespace to the header', async () => {
    expect((await ftOutString(['hello'], { Property: ['foo'], Force: true })).replace(/\n/g, '')).toBe('foo---');
  });

  it('Format-Table should not add trailing whitespace to rows', async () => {
    expect((await ftOutString([obj({ a: 1, b: 2 })], { HideTableHeaders: true })).replace(/\n/g, '')).toBe('1 2');
  });

  it('Format-Table should have correct alignment', async () => {
    registerView('Test.Format.Align', {
      kind: 'table',
      columns: [{ label: 'Left', property: 'Left', align: 'left' }, { label: 'Center', property: 'Center', align: 'center' }, { label: 'Right', property: 'Right', align: 'right' }],
    });
    const out = await ftOutString([obj({ Left: 1, Center: 2, Right: 3 }, 'Test.Format.Align')]);
    expect(out.replace(/\n/g, '')).toBe('Left Center Right---- ------ -----1      2        3');
  });

  it('Format-Table should not have trailing whitespace if there is truncation', async () => {
    registerView('Test.Format.Left', { kind: 'table', columns: [{ label: 'Left', property: 'Left', align: 'left', width: 4 }] });
    registerView('Test.Format.Center', { kind: 'table', columns: [{ label: 'Center', property: 'Center', align: 'center', width: 6 }] });
    expect((await ftOutString([obj({ Left: '123\u{2B758}' }, 'Test.Format.Left')])).replace(/\n/g, '')).toBe('Left----123\u2026');
    expect((await ftOutString([obj({ Center: '12345\u{2B758}' }, 'Test.Format.Center')])).replace(/\n/g, '')).toBe('Center------12345\u2026');
  });

  const spanView = (widths: number[], one = false): ViewColumn[] => {
    const columns: ViewColumn[] = [
      { label: 'LongLongHeader', property: 'First', width: widths[0] },
      { label: 'Header2', property: 'Second', width: widths[1] },
      { label: 'Header3', property: 'Third', width: widths[2] },
    ];
    return one ? columns.slice(0, 1) : columns;
  };

  const spanCases: [string, number[], boolean, string][] = [
    ['2 row, 1 row, 1 row', [7, 7, 7], false, '\nLongLon Header2 Header3\ngHeader\n------- ------- -------\n1       2       3\n\n'],
    ['4 row, 1 row, 2 row', [4, 7, 4], false, '\nLong Header2 Head\nLong         er3\nHead\ner\n---- ------- ----\n1    2       3\n\n'],
    ['4 row, 2 row, 1 row', [4, 4, 7], false, '\nLong Head Header3\nLong er2\nHead\ner\n---- ---- -------\n1    2    3\n\n'],
    ['1 row, 1 row, 3 row', [14, 7, 3], false, '\nLongLongHeader Header2 Hea\n                       der\n                       3\n-------------- ------- ---\n1              2       3\n\n'],
    ['1 column', [4, 1, 1], true, '\nLong\nLong\nHead\ner\n----\n1\n\n'],
  ];
  for (const [variation, widths, one, expected] of spanCases) {
    it(`Format-Table should correctly render headers that span multiple rows: ${variation}`, async () => {
      registerView('Test.Format.Span', { kind: 'table', columns: spanView(widths, one) });
      expect(dotted(await ftOutString([obj({ First: 1, Second: 2, Third: 3 }, 'Test.Format.Span')]))).toBe(dotted(expected));
    });
  }

  const narrow = { First: 1, Second: 2, Third: 3 };
  const wide = { First: '12345', Second: '12345678', Third: '123456' };
  const rowCases: [string, number[], boolean, Record<string, unknown>, boolean, string][] = [
    ['narrow values', [4, 7, 5], false, narrow, false, '\nLong Header2 Heade\nLong          r3\nHead\ner\n---- ------- -----\n1          2   3\n\n'],
    ['narrow values with wrap', [4, 7, 5], false, narrow, true, '\nLong Header2 Heade\nLong          r3\nHead\ner\n---- ------- -----\n1          2   3\n\n'],
    ['wide values', [4, 7, 5], false, wide, false, '\nLong Header2 Heade\nLong          r3\nHead\ner\n---- ------- -----\n123\u2026 \u2026345678 1234\u2026\n\n'],
    ['wide values, 1 column', [3, 1, 1], true, wide, false, '\nLon\ngLo\nngH\nead\ner\n---\n12\u2026\n\n'],
    ['wide values with wrap, 1st column', [4, 8, 6], false, wide, true, '\nLong  Header2 Header\nLong            3\nHead\ner\n----  ------- ------\n1234 12345678 123456\n5\n\n'],
    ['wide values with wrap, 2nd column', [5, 7, 6], false, wide, true, '\nLongL Header2 Header\nongHe           3\nader\n----- ------- ------\n12345 1234567 123456\n            8\n\n'],
    ['wide values with wrap, 3rd column', [5, 8, 5], false, wide, true, '\nLongL  Header2 Heade\nongHe           r3\nader\n-----  ------- -----\n12345 12345678 12345\n                 6\n\n'],
    ['wide values with wrap, all 3 columns', [4, 7, 5], false, wide, true, '\nLong Header2 Heade\nLong          r3\nHead\ner\n---- ------- -----\n1234 1234567 12345\n5          8   6\n\n'],
    ['wide values with wrap, with 1 column', [3, 1, 1], true, wide, true, '\nLon\ngLo\nngH\nead\ner\n---\n123\n45\n\n'],
  ];
  for (const [variation, widths, one, values, wrap, expected] of rowCases) {
    it(`Format-Table should correctly render rows: ${variation}`, async () => {
      const columns: ViewColumn[] = [
        { label: 'LongLongHeader', property: 'First', width: widths[0], align: 'left' },
        { label: 'Header2', property: 'Second', width: widths[1], align: 'right' },
        { label: 'Header3', property: 'Third', width: widths[2], align: 'center' },
      ];
      registerView('Test.Format.Rows', { kind: 'table', columns: one ? [{ label: 'LongLongHeader', property: 'First', width: widths[0] }] : columns });
      expect(dotted(await ftOutString([obj(values, 'Test.Format.Rows')], { Wrap: wrap }))).toBe(dotted(expected));
    });
  }

  const autosizeCases: [string, Record<string, unknown>[], string][] = [
    ['first column', [{ abc: '1234', bcd: '123' }, { abc: '1', bcd: '1234' }], '\nabc  bcd\n---  ---\n1234 123\n1    1234\n\n'],
    ['both columns', [{ abc: '1234', bcd: '1234' }, { abc: '1', bcd: '1' }], '\nabc  bcd\n---  ---\n1234 1234\n1    1\n\n'],
    ['second column', [{ abc: '123', bcd: '1234' }, { abc: '1', bcd: '123' }], '\nabc bcd\n--- ---\n123 1234\n1   123\n\n'],
  ];
  for (const [variation, rows, expected] of autosizeCases) {
    it(`Should render header/row correctly where values are wider than header w/ implicit autosize: ${variation}`, async () => {
      expect(dotted(await ftOutString(rows.map((r) => obj(r))))).toBe(dotted(expected));
    });
  }

  const justifyCases: [string, Record<string, unknown>, string][] = [
    ['left/right', { a: 'abc', b: 123 }, '\na     b\n-     -\nabc 123\n\n'],
    ['left/left', { a: 'abc', b: 'abc' }, '\na   b\n-   -\nabc abc\n\n'],
    ['right/left', { a: 123, b: 'abc' }, '\n  a b\n  - -\n123 abc\n\n'],
    ['right/right', { a: 123, b: 123 }, '\n  a   b\n  -   -\n123 123\n\n'],
  ];
  for (const [variation, row, expected] of justifyCases) {
    it(`Should render header correctly where header is shorter than column width with justification: ${variation}`, async () => {
      expect(dotted(await ftOutString([obj(row)]))).toBe(dotted(expected));
    });
  }

  const multiline = 'This\nIs some random\nmultiline content';
  const wrapCases: [string, Record<string, unknown>, string][] = [
    ['right', { A: 1, B: 2, Name: multiline }, '\nA B Name\n- - ----\n1 2 This\n    Is some random\n    multiline content\n\n'],
    ['left', { Name: multiline, A: 1, B: 2 }, `\nName${' '.repeat(34)}A B\n----${' '.repeat(34)}- -\nThis${' '.repeat(34)}1 2\nIs some random\nmultiline content\n\n`],
    ['middle', { A: 1, Name: multiline, B: 2 }, `\nA Name${' '.repeat(34)}B\n- ----${' '.repeat(34)}-\n1 This${' '.repeat(34)}2\n  Is some random\n  multiline content\n\n`],
  ];
  for (const [variation, row, expected] of wrapCases) {
    it(`Should render rows correctly when wrapped: ${variation}`, async () => {
      expect(dotted(await ftOutString([obj(row)], { Wrap: true }))).toBe(dotted(expected));
    });
  }

  it('Should not return null when the Console width is equal to 0', async () => {
    const formatted = (await runCmdlet(formatTable, { InputObject: new PSHashtable(false, [['test', '1'.repeat(200)]]) })).output;
    const lines = (await runCmdlet(outString, { Stream: true }, formatted, { width: 0 })).output as string[];
    expect(Math.max(...lines.map((l) => l.length))).toBe(120);
  });

  it('Should be formatted correctly if width is declared and using center alignment', async () => {
    const spec = new PSHashtable(false, [['l', 'one'], ['e', 'one'], ['width', 10], ['alignment', 'center']]);
    expect(dotted(await ftOutString([obj({ one: 1 })], { Property: [spec] }))).toBe(dotted('\n   one\n   ---\n    1\n\n'));
  });

  it('Should be formatted correctly with double byte wide chars', async () => {
    const row = obj({ '\u54c7': '62', dbda: 'KM', '\u6d88\u606f': '\u5343' });
    expect(await ftOutString([row])).toBe('\n\u54c7 dbda \u6d88\u606f\n-- ---- ----\n62 KM   \u5343\n\n');
  });

  it('Table should format doubles with the culture\'s two decimals', async () => {
    const out = await ftOutString([obj({ double: 1234.56789, other: 9876.54321 })]);
    const line = out.split('\n').find((l) => l.startsWith('1234'));
    expect(line).toBe('1234.57 9876.54');
  });

  it('Table header should use TableHeader (colour)', () => {
    const lines = formatLines([obj({ foo: 1 })], { tableWidth: 120, listWidth: 120 });
    expect(lines).toEqual(['', 'foo', '---', '  1', '']);
    const colored: string[] = [];
    const f = new TextFormatter({ tableWidth: 120, listWidth: 120, writeLine: (l) => colored.push(l), color: true });
    f.push(obj({ foo: 1 }));
    f.flush();
    expect(colored).toEqual(['', '\x1b[32;1mfoo\x1b[0m', '\x1b[32;1m---\x1b[0m', '  1', '']);
  });

  it('styles a view label that names no property as a custom label (italic)', () => {
    registerView('Test.Format.Custom', { kind: 'table', columns: [{ label: 'Size', property: 'Length' }, { property: 'Name' }] });
    const colored: string[] = [];
    const f = new TextFormatter({ tableWidth: 120, listWidth: 120, writeLine: (l) => colored.push(l), color: true });
    f.push(obj({ Length: 1, Name: 'n' }, 'Test.Format.Custom'));
    f.flush();
    expect(colored[1]).toBe('\x1b[32;1;3mSize\x1b[0m\x1b[32;1m Name\x1b[0m');
    expect(colored[2]).toBe('\x1b[32;1m----\x1b[0m \x1b[32;1m----\x1b[0m');
  });

  describe('ExcludeProperty parameter', () => {
    it('Should exclude specified properties', async () => {
      const result = await ftOutString([obj({ Name: 'Test', Age: 30, City: 'Seattle' })], { ExcludeProperty: ['Age'] });
      expect(result).toMatch(/Name/);
      expect(result).toMatch(/City/);
      expect(result).not.toMatch(/Age/);
    });

    it('Should work with wildcard patterns', async () => {
      const result = await ftOutString([obj({ Prop1: 1, Prop2: 2, Other: 3 })], { ExcludeProperty: ['Prop*'] });
      expect(result).toMatch(/Other/);
      expect(result).not.toMatch(/Prop1|Prop2/);
    });

    it('Should work with Property parameter', async () => {
      const result = await ftOutString([obj({ Name: 'Test', Age: 30, City: 'Seattle', Country: 'USA' })],
        { Property: ['Name', 'Age', 'City', 'Country'], ExcludeProperty: ['Age'] });
      expect(result).toMatch(/Name/);
      expect(result).toMatch(/Country/);
      expect(result).not.toMatch(/Age/);
    });

    it('Should handle multiple excluded properties', async () => {
      const result = await ftOutString([obj({ A: 1, B: 2, C: 3, D: 4 })], { ExcludeProperty: ['B', 'D'] });
      expect(result).toMatch(/A/);
      expect(result).toMatch(/C/);
      expect(result).not.toMatch(/B|D/);
    });
  });
});

