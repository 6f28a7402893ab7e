import { describe, expect, it } from 'vitest';
import { selectObject } from '../../../src/repl/cmdlets/select-object.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { runCmdlet } from './helpers.js';

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const obj = (o: Record<string, unknown>) => new PSObject(o);
const plain = (o: unknown) => Object.fromEntries((o as PSObject).properties().map((p) => [p.name, p.value]));

function* naturals(): Generator<number> {
  for (let i = 1; ; i++) yield i;
}

describe('Select-Object positions', () => {
  it('-First N takes N and stops upstream (inf | select -First 3)', async () => {
    const r = await runCmdlet(selectObject, { params: { First: 3 }, input: naturals() });
    expect(r.output).toEqual([1, 2, 3]);
    expect(r.stoppedUpstream).toBe(true);
    expect(r.pulled).toBe(3);
  });

  it('-Last N keeps the last N', async () => {
    expect((await runCmdlet(selectObject, { params: { Last: 2 }, input: range(1, 10) })).output).toEqual([9, 10]);
  });

  it('-Skip N drops the first N', async () => {
    expect((await runCmdlet(selectObject, { params: { Skip: 7 }, input: range(1, 10) })).output).toEqual([8, 9, 10]);
  });

  it('-First with -Skip skips then takes', async () => {
    expect((await runCmdlet(selectObject, { params: { First: 2, Skip: 3 }, input: range(1, 10) })).output).toEqual([4, 5]);
  });

  it('-Last with -Skip skips from the end, as pwsh does', async () => {
    expect((await runCmdlet(selectObject, { params: { Last: 3, Skip: 1 }, input: range(1, 10) })).output).toEqual([7, 8, 9]);
  });

  it('-First with -Last gives both ends', async () => {
    expect((await runCmdlet(selectObject, { params: { First: 2, Last: 2 }, input: range(1, 10) })).output).toEqual([1, 2, 9, 10]);
  });

  it('-SkipLast drops the last N', async () => {
    expect((await runCmdlet(selectObject, { params: { SkipLast: 8 }, input: range(1, 10) })).output).toEqual([1, 2]);
  });

  it('-Index picks positions and stops after the highest', async () => {
    const r = await runCmdlet(selectObject, { params: { Index: [3, 0, 3] }, input: naturals() });
    expect(r.output).toEqual([1, 4]);
    expect(r.pulled).toBe(4);
  });

  it('-SkipIndex drops positions', async () => {
    expect((await runCmdlet(selectObject, { params: { SkipIndex: [0, 2] }, input: range(1, 5) })).output).toEqual([2, 4, 5]);
  });

  it('-First 0 outputs nothing', async () => {
    expect((await runCmdlet(selectObject, { params: { First: 0 }, input: range(1, 5) })).output).toEqual([]);
  });

  it('drops $null input', async () => {
    expect((await runCmdlet(selectObject, { params: { First: 5 }, input: [null, 1] })).output).toEqual([1]);
  });
});

describe('Select-Object properties', () => {
  const people = [obj({ Name: 'a', Age: 1, City: 'x' }), obj({ Name: 'b', Age: 2, City: 'y' })];

  it('builds new objects with the named properties, typed Selected.<type>', async () => {
    const r = await runCmdlet(selectObject, { params: { Property: ['Name', 'Age'] }, input: people });
    expect(r.output.map(plain)).toEqual([{ Name: 'a', Age: 1 }, { Name: 'b', Age: 2 }]);
    expect((r.output[0] as PSObject).typeNames).toEqual(['Selected.System.Management.Automation.PSCustomObject', 'System.Management.Automation.PSCustomObject', 'System.Object']);
    expect(r.output[0]).not.toBe(people[0]);
  });

  it('a missing name becomes a $null property; a wildcard that matches nothing adds none', async () => {
    const r = await runCmdlet(selectObject, { params: { Property: ['Nope', 'Zz*', 'Name'] }, input: [people[0]] });
    expect(plain(r.output[0])).toEqual({ Nope: null, Name: 'a' });
  });

  it('expands wildcards and * in property order, honouring -ExcludeProperty', async () => {
    const r = await runCmdlet(selectObject, { params: { Property: ['*'], ExcludeProperty: ['C*'] }, input: [people[0]] });
    expect(plain(r.output[0])).toEqual({ Name: 'a', Age: 1 });
  });

  it('reads hashtable keys as properties (Select-Object.md: @{ name = \'a\' ; weight = 7 } | Select-Object -Property name, weight)', async () => {
    const r = await runCmdlet(selectObject, { params: { Property: ['name', 'weight'] }, input: [PSHashtable.from({ name: 'a', weight: 7 })] });
    expect(plain(r.output[0])).toEqual({ name: 'a', weight: 7 });
  });

  it('-ExcludeProperty alone implies -Property *', async () => {
    const r = await runCmdlet(selectObject, { params: { ExcludeProperty: ['Age'] }, input: [people[0]] });
    expect(plain(r.output[0])).toEqual({ Name: 'a', City: 'x' });
  });

  it('a calculated name over a wildcard that matches several is an error', async () => {
    const r = await runCmdlet(selectObject, { params: { Property: [PSHashtable.from({ n: 'X', e: '*' })] }, input: [people[0]] });
    expect(r.errors.map((e) => e.error)).toEqual(['Cannot rename multiple results.']);
  });

  it('a repeated property name is reported once per object', async () => {
    const r = await runCmdlet(selectObject, { params: { Property: ['Name', 'name'] }, input: [people[0]] });
    expect(plain(r.output[0])).toEqual({ Name: 'a' });
    expect(r.errors.map((e) => e.error)).toEqual(['The property cannot be processed because the property "Name" already exists.']);
  });

  it('calculated properties with abbreviated keys (n/e, l/e, Name/Expression)', async () => {
    const r = await runCmdlet(selectObject, {
      params: { Property: ['Name', PSHashtable.from({ n: 'Twice', e: (o: PSObject) => (o.get('Age') as number) * 2 }), PSHashtable.from({ l: 'Town', e: 'City' })] },
      input: people,
    });
    expect(r.output.map(plain)).toEqual([{ Name: 'a', Twice: 2, Town: 'x' }, { Name: 'b', Twice: 4, Town: 'y' }]);
  });

  it('rejects an unknown hashtable key and a missing Expression', async () => {
    await expect(runCmdlet(selectObject, { params: { Property: [PSHashtable.from({ n: 'x', foo: 1 })] }, input: people })).rejects.toThrow('The foo key is not valid.');
    await expect(runCmdlet(selectObject, { params: { Property: [PSHashtable.from({ n: 'x' })] }, input: people })).rejects.toThrow('A mandatory entry for Expression is missing.');
  });

  it('-ExpandProperty outputs the value itself, unrolling arrays', async () => {
    const r = await runCmdlet(selectObject, { params: { ExpandProperty: 'Tags' }, input: [obj({ Tags: ['a', 'b'] }), obj({ Tags: 'c' }), obj({ Tags: null })] });
    expect(r.output).toEqual(['a', 'b', 'c']);
  });

  it('-ExpandProperty of a missing property is a non-terminating error', async () => {
    const r = await runCmdlet(selectObject, { params: { ExpandProperty: 'Nope' }, input: [people[0]] });
    expect(r.output).toEqual([]);
    expect(r.errors.map((e) => e.error)).toEqual(['Property "Nope" cannot be found.']);
    expect(r.errors[0]!.details?.errorId).toBe('ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand');
  });

  it('-ExpandProperty with -Property adds note properties to expanded objects', async () => {
    const inner = obj({ X: 1 });
    const r = await runCmdlet(selectObject, { params: { ExpandProperty: 'Inner', Property: ['Name'] }, input: [obj({ Name: 'n', Inner: inner })] });
    expect(plain(r.output[0])).toEqual({ X: 1, Name: 'n' });
  });

  it('-Unique keeps the first of equal values (case-sensitive by default) and writes them at the end', async () => {
    const r = await runCmdlet(selectObject, { params: { Unique: true }, input: ['a', 'b', 'a', 'A', 'b'] });
    expect(r.output).toEqual(['a', 'b', 'A']);
    const ci = await runCmdlet(selectObject, { params: { Unique: true, CaseInsensitive: true }, input: ['a', 'b', 'a', 'A', 'b'] });
    expect(ci.output).toEqual(['a', 'b']);
  });

  it('-Unique with -Property compares the selected values', async () => {
    const r = await runCmdlet(selectObject, { params: { Property: ['City'], Unique: true }, input: [...people, obj({ Name: 'c', City: 'x' })] });
    expect(r.output.map(plain)).toEqual([{ City: 'x' }, { City: 'y' }]);
  });

  it('-Last 1 over many objects holds constant memory (queue stays tiny)', async () => {
    const r = await runCmdlet(selectObject, { params: { Last: 1 }, input: range(1, 200000) });
    expect(r.output).toEqual([200000]);
  });
});
