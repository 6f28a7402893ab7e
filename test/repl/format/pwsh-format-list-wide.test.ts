/**
 * Cases ported from PowerShell's own tests in
 * test/powershell/Modules/Microsoft.PowerShell.Utility/: Format-List.Tests.ps1,
 * Format-Wide.Tests.ps1 and Out-String.Tests.ps1, with the text they assert.
 */
import { describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { formatList } from '../../../src/repl/cmdlets/format-list.js';
import { formatWide } from '../../../src/repl/cmdlets/format-wide.js';
import { outString } from '../../../src/repl/cmdlets/out-string.js';
import type { BoundParameters, CmdletDefinition } from '../../../src/repl/cmdlets/types.js';
import { TextFormatter } from '../../../src/repl/format/text-formatter.js';
import { runCmdlet } from './helpers.js';

const obj = (props: Record<string, unknown>, typeName?: string) =>
  new PSObject(props, typeName ? [typeName, 'System.Object'] : undefined);

async function outStringOf(cmdlet: CmdletDefinition, input: unknown[], params: BoundParameters = {}): Promise<string> {
  const formatted = (await runCmdlet(cmdlet, params, input)).output;
  return (await runCmdlet(outString, {}, formatted)).output[0] as string;
}

describe('pwsh Format-List.Tests.ps1', () => {
  it('Should produce the expected output', async () => {
    expect(await outStringOf(formatList, [obj({ testName: 'testValue' })])).toBe('\ntestName : testValue\n\n');
  });

  it('Format-List with array should work', async () => {
    const info = new PSHashtable(false, [['array', Array.from({ length: 256 }, (_, i) => i)]]);
    expect(await outStringOf(formatList, [info])).toMatch(/Name {2}: array\s+Value : \{0, 1, 2, 3\u2026\}/);
  });

  for (const [name, input] of [
    ['No Objects', [new PSHashtable()]], ['Null Objects', [null]], ['single line string', ['single line string']],
    ['multiple line string', ['Line1\\nLine2']], ['string sequence', ['Line1', 'Line2']],
  ] as const) {
    it(`Format-List with ${name} for End-To-End should work`, async () => {
      expect((await outStringOf(formatList, [...input], { Force: true, Property: ['foo', 'bar'] })).trim()).toBe('');
    });
  }

  it('Format-List with complex object for End-To-End should work', async () => {
    const info = new PSHashtable(false, [['intArray', [1, 2, 3, 4]], ['arrayList', ['string1', 'string2']]]);
    const result = await outStringOf(formatList, [info]);
    expect(result).toMatch(/Name {2}: arrayList/);
    expect(result).toMatch(/Value : \{string1, string2\}/);
    expect(result).toMatch(/Name {2}: intArray/);
    expect(result).toMatch(/Value : \{1, 2, 3, 4\}/);
  });

  it('Format-List with multiple different class object should work', async () => {
    const objects = [obj({ Name: 'name1', Length: 1 }, 'TestClass'), obj({ Name: 'name2', Value: 'value2', Length: 2 }, 'TestClass2'), obj({ Name: 'name3', Length: 3 }, 'TestClass')];
    const result = await outStringOf(formatList, objects);
    for (const line of ['Name   : name1', 'Length : 1', 'Name   : name2', 'Value  : value2', 'Length : 2', 'Name   : name3', 'Length : 3']) {
      expect(result).toContain(line);
    }
  });

  it('Format-List should work with double byte wide chars', async () => {
    const row = obj({ '\u54c7': '62', dbda: 'KM', '\u6d88\u606f': '\u5343' });
    expect(await outStringOf(formatList, [row])).toBe('\n\u54c7   : 62\ndbda : KM\n\u6d88\u606f : \u5343\n\n');
  });

  it('Float, double, and decimal should not be truncated to number of decimals from current culture', async () => {
    expect(await outStringOf(formatList, [obj({ double: 1234.56789, float: 9876.543 })])).toBe('\ndouble : 1234.56789\nfloat  : 9876.543\n\n');
  });

  it('Property names should use FormatAccent', async () => {
    const lines: string[] = [];
    const f = new TextFormatter({ tableWidth: 120, listWidth: 120, writeLine: (l) => lines.push(l), color: true });
    for (const o of (await runCmdlet(formatList, {}, [obj({ a: 'Hello', b: '\x1b[36mworld' })])).output) f.push(o);
    f.flush();
    // A value's own colour is closed with a reset so it does not leak.
    expect(lines).toEqual(['', '\x1b[32;1ma : \x1b[0mHello', '\x1b[32;1mb : \x1b[0m\x1b[36mworld\x1b[0m', '']);
  });

  describe('ExcludeProperty parameter', () => {
    it('Should work without Property parameter (implies -Property *)', async () => {
      const result = await outStringOf(formatList, [obj({ A: 1, B: 2, C: 3 })], { ExcludeProperty: ['B'] });
      expect(result).toBe('\nA : 1\nC : 3\n\n');
    });

    it('Should work with wildcard patterns', async () => {
      const result = await outStringOf(formatList, [obj({ Prop1: 1, Prop2: 2, Other: 3 })], { ExcludeProperty: ['Prop*'] });
      expect(result).toBe('\nOther : 3\n\n');
    });
  });
});

describe('pwsh Format-Wide.Tests.ps1', () => {
  it('Format-Wide with array should work', async () => {
    expect(await outStringOf(formatWide, [new PSHashtable(false, [['array', [0, 1, 2]]])])).toMatch(/array/);
  });

  it('Format-Wide with No Objects / Null Objects for End-To-End should work', async () => {
    expect(await outStringOf(formatWide, [new PSHashtable()])).toBe('');
    expect(await outStringOf(formatWide, [null])).toBe('');
  });

  it('Format-Wide with strings for End-To-End should work', async () => {
    expect(await outStringOf(formatWide, ['single line string'])).toMatch(/single line string/);
    const result = await outStringOf(formatWide, ['Line1', 'Line2']);
    expect(result).toMatch(/Line1/);
    expect(result).toMatch(/Line2/);
  });

  it('Format-Wide with complex object for End-To-End should work', async () => {
    const info = new PSHashtable(false, [['intArray', [1, 2, 3, 4]], ['arrayList', ['a']], ['enumerable', 'Sun'], ['enumerableTestObject', 'Sun']]);
    const result = await outStringOf(formatWide, [info]);
    for (const key of ['intArray', 'arrayList', 'enumerable', 'enumerableTestObject']) expect(result).toMatch(key);
  });

  it('Format-Wide with multiple same class object with grouping should work', async () => {
    const objects = [
      obj({ Name: 'name1', Length: 1, GroupingKey: 'bar' }, 'TestGroupingClass'),
      obj({ Name: 'name2', Length: 2, GroupingKey: null }, 'TestGroupingClass'),
      obj({ Name: 'name3', Length: 3, GroupingKey: null }, 'TestGroupingClass'),
    ];
    const result = await outStringOf(formatWide, objects, { GroupBy: 'GroupingKey' });
    expect(result).toMatch(/GroupingKey: bar/);
    expect(result).toMatch(/name1/);
    expect(result).toMatch(/ GroupingKey:/);
    expect(result).toMatch(/name2\s+name3/);
  });

  describe('ExcludeProperty parameter', () => {
    it('Should exclude specified property and display first remaining', async () => {
      const result = await outStringOf(formatWide, [obj({ Name: 'Test', Age: 30, City: 'Seattle' })], { ExcludeProperty: ['Name'] });
      expect(result).toMatch(/30/);
      expect(result).not.toMatch(/Test/);
    });

    it('Should display first remaining property after exclusion', async () => {
      const result = await outStringOf(formatWide, [obj({ Name: 'Test', Age: 30, City: 'Seattle', Country: 'USA' })], { ExcludeProperty: ['Name', 'Age'] });
      expect(result).toMatch(/Seattle/);
      expect(result).not.toMatch(/Test|30/);
    });
  });
});

describe('pwsh Out-String.Tests.ps1', () => {
  it('check display of properties with names containing wildcard characters', async () => {
    const result = (await runCmdlet(outString, {}, [obj({ 'name with square brackets: [0]': 'myvalue' })])).output[0] as string;
    expect(result).toContain('myvalue');
    expect(result).toContain('name with square brackets: [0]');
  });

  it('Should accumulate the strings and returns them as a single string', async () => {
    expect((await runCmdlet(outString, {}, ['a', ' b'])).output).toEqual(['a\n b\n']);
  });

  it('Should be able to return an array of strings using the stream switch', async () => {
    expect((await runCmdlet(outString, { Stream: true }, ['a', 'b'])).output).toEqual(['a', 'b']);
  });

  it('Should not print a newline when the nonewline switch is used', async () => {
    expect((await runCmdlet(outString, { NoNewline: true }, ['a', 'b'])).output).toEqual(['ab']);
  });

  it('Should preserve embedded newline when the nonewline switch is used', async () => {
    expect((await runCmdlet(outString, { NoNewline: true }, ['a\n', 'b'])).output).toEqual(['a\nb']);
  });

  it('declares -Stream and -NoNewline in different parameter sets', () => {
    const sets = (name: string) => outString.parameters.find((p) => p.name === name)?.parameterSets;
    expect(sets('Stream')).toEqual(['StreamFormatting']);
    expect(sets('NoNewline')).toEqual(['NoNewLineFormatting']);
  });
});
