import { describe, expect, it } from 'vitest';
import { sortObject } from '../../../src/repl/cmdlets/sort-object.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { runCmdlet } from './helpers.js';

const obj = (o: Record<string, unknown>) => new PSObject(o);
const get = (k: string) => (o: unknown) => (o as PSObject).get(k);

describe('Sort-Object', () => {
  it('sorts numbers numerically, not as text', async () => {
    expect((await runCmdlet(sortObject, { input: [10, 2, 33, 1] })).output).toEqual([1, 2, 10, 33]);
  });

  it('sorts strings case-insensitively in culture order, stably', async () => {
    expect((await runCmdlet(sortObject, { input: ['b', 'B', 'a', 'C', 'A'] })).output).toEqual(['a', 'A', 'b', 'B', 'C']);
  });

  it('-CaseSensitive puts lowercase before uppercase (en-US culture order)', async () => {
    expect((await runCmdlet(sortObject, { params: { CaseSensitive: true }, input: ['B', 'a', 'b', 'A'] })).output).toEqual(['a', 'A', 'b', 'B']);
  });

  it('$null sorts first ascending and last descending', async () => {
    expect((await runCmdlet(sortObject, { input: [2, null, 1] })).output).toEqual([null, 1, 2]);
    expect((await runCmdlet(sortObject, { params: { Descending: true }, input: [2, null, 1] })).output).toEqual([2, 1, null]);
  });

  it('sorts by several properties, stable on ties', async () => {
    const input = [obj({ D: 'x', N: 2, id: 1 }), obj({ D: 'y', N: 1, id: 2 }), obj({ D: 'x', N: 1, id: 3 }), obj({ D: 'x', N: 1, id: 4 })];
    const r = await runCmdlet(sortObject, { params: { Property: ['D', 'N'] }, input });
    expect(r.output.map(get('id'))).toEqual([3, 4, 1, 2]);
  });

  it('hashtable keys set direction per key', async () => {
    const input = [obj({ D: 'x', N: 1 }), obj({ D: 'y', N: 2 }), obj({ D: 'x', N: 3 })];
    const r = await runCmdlet(sortObject, { params: { Property: [PSHashtable.from({ Expression: 'D', Descending: true }), PSHashtable.from({ e: 'N', Ascending: true })] }, input });
    expect(r.output.map((o) => `${get('D')(o)}${get('N')(o)}`)).toEqual(['y2', 'x1', 'x3']);
  });

  it('sorts hashtables by key (Sort-Object.md example)', async () => {
    const input = [PSHashtable.from({ name: 'a', weight: 7 }), PSHashtable.from({ name: 'b', weight: 1 }), PSHashtable.from({ name: 'c', weight: 3 }), PSHashtable.from({ name: 'd', weight: 8 })];
    const r = await runCmdlet(sortObject, { params: { Property: ['weight'] }, input });
    expect(r.output.map((h) => (h as PSHashtable).get('name'))).toEqual(['b', 'c', 'a', 'd']);
  });

  it('sorts by a script block key', async () => {
    const r = await runCmdlet(sortObject, { params: { Property: [(s: string) => s.length] }, input: ['ccc', 'a', 'bb'] });
    expect(r.output).toEqual(['a', 'bb', 'ccc']);
  });

  it('-Unique drops equal keys (case-insensitively by default)', async () => {
    expect((await runCmdlet(sortObject, { params: { Unique: true }, input: ['b', 'a', 'B', 'a'] })).output).toEqual(['a', 'b']);
    expect((await runCmdlet(sortObject, { params: { Unique: true, CaseSensitive: true }, input: ['b', 'a', 'B', 'a'] })).output).toEqual(['a', 'b', 'B']);
  });

  it('-Top and -Bottom keep one end of the sorted order', async () => {
    expect((await runCmdlet(sortObject, { params: { Top: 2 }, input: [5, 3, 9, 1] })).output).toEqual([1, 3]);
    expect((await runCmdlet(sortObject, { params: { Bottom: 2 }, input: [5, 3, 9, 1] })).output).toEqual([5, 9]);
    expect((await runCmdlet(sortObject, { params: { Top: 2, Descending: true }, input: [5, 3, 9, 1] })).output).toEqual([9, 5]);
  });
});
