import { describe, expect, it } from 'vitest';
import { groupObject } from '../../../src/repl/cmdlets/group-object.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { PSList } from '../../../src/repl/values/list.js';
import { runCmdlet } from './helpers.js';

const obj = (o: Record<string, unknown>) => new PSObject(o);
const summary = (out: unknown[]) => out.map((g) => [(g as PSObject).get('Name'), (g as PSObject).get('Count')]);

describe('Group-Object', () => {
  it('groups by a property into GroupInfo objects sorted by key', async () => {
    const input = [obj({ T: 'b', n: 1 }), obj({ T: 'a', n: 2 }), obj({ T: 'B', n: 3 })];
    const r = await runCmdlet(groupObject, { params: { Property: ['T'] }, input });
    expect(summary(r.output)).toEqual([['a', 1], ['b', 2]]);
    const g = r.output[1] as PSObject;
    expect(g.typeNames).toEqual(['Microsoft.PowerShell.Commands.GroupInfo', 'System.Object']);
    expect(g.names()).toEqual(['Values', 'Count', 'Group', 'Name']);
    expect((g.get('Group') as PSList).items.map((o) => (o as PSObject).get('n'))).toEqual([1, 3]);
    expect(g.get('Values')).toEqual(['b']);
  });

  it('-CaseSensitive separates keys differing in case', async () => {
    const r = await runCmdlet(groupObject, { params: { CaseSensitive: true }, input: ['a', 'A', 'a'] });
    expect(summary(r.output)).toEqual([['a', 2], ['A', 1]]);
  });

  it('groups values themselves without -Property', async () => {
    const r = await runCmdlet(groupObject, { input: [3, 1, 3, 2, 3] });
    expect(summary(r.output)).toEqual([['1', 1], ['2', 1], ['3', 3]]);
  });

  it('keeps first-appearance order when key types differ', async () => {
    const r = await runCmdlet(groupObject, { input: ['x', 1, 'x', 2] });
    expect(summary(r.output)).toEqual([['x', 2], ['1', 1], ['2', 1]]);
  });

  it('names multi-key groups with ", " and groups by a script block', async () => {
    const input = [obj({ A: 1, B: 'x' }), obj({ A: 1, B: 'x' }), obj({ A: 2, B: 'y' })];
    expect(summary((await runCmdlet(groupObject, { params: { Property: ['A', 'B'] }, input })).output)).toEqual([['1, x', 2], ['2, y', 1]]);
    const byBlock = await runCmdlet(groupObject, { params: { Property: [(n: number) => n % 2] }, input: [1, 2, 3, 4, 5] });
    expect(summary(byBlock.output)).toEqual([['0', 2], ['1', 3]]);
  });

  it('-NoElement leaves Group empty', async () => {
    const r = await runCmdlet(groupObject, { params: { NoElement: true }, input: ['a', 'a'] });
    const g = r.output[0] as PSObject;
    expect(g.get('Count')).toBe(2);
    expect((g.get('Group') as PSList).items).toEqual([]);
    expect(g.typeNames[0]).toBe('Microsoft.PowerShell.Commands.GroupInfoNoElement');
  });

  it('-AsHashTable keys by the value; -AsString by the name', async () => {
    const r = await runCmdlet(groupObject, { params: { AsHashTable: true }, input: [1, 2, 1] });
    const table = r.output[0] as PSHashtable;
    expect(r.output).toHaveLength(1);
    expect((table.get(1) as PSList).items).toEqual([1, 1]);
    expect(table.keys()).toEqual([1, 2]);
    const s = await runCmdlet(groupObject, { params: { AsHashTable: true, AsString: true }, input: [1, 2, 1] });
    expect((s.output[0] as PSHashtable).keys()).toEqual(['1', '2']);
  });

  it('-AsString alone and -AsHashTable with two properties are errors', async () => {
    await expect(runCmdlet(groupObject, { params: { AsString: true }, input: [1] })).rejects.toThrow('The command cannot be run because the AsString parameter requires that you specify the AsHashtable parameter.');
    await expect(runCmdlet(groupObject, { params: { AsHashTable: true, Property: ['a', 'b'] }, input: [1] })).rejects.toThrow('The command cannot be run because using the AsHashTable parameter with more than one property requires adding the AsString parameter.');
  });
});
