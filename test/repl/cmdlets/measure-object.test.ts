import { describe, expect, it } from 'vitest';
import { measureObject } from '../../../src/repl/cmdlets/measure-object.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { runCmdlet } from './helpers.js';
import { PSNumber, unboxNumber } from '../../../src/repl/values/numbers.js';

// Sum and Average are Doubles (boxed when integral); compare their values here, their type below.
const plain = (o: unknown) => Object.fromEntries((o as PSObject).properties().map((p) => [p.name, unboxNumber(p.value)]));
const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

describe('Measure-Object', () => {
  it('counts objects and leaves the other statistics $null', async () => {
    const r = await runCmdlet(measureObject, { input: ['a', 'b', 'c'] });
    expect(r.output).toHaveLength(1);
    expect(plain(r.output[0])).toEqual({ Count: 3, Average: null, Sum: null, Maximum: null, Minimum: null, StandardDeviation: null, Property: null });
    expect((r.output[0] as PSObject).typeNames[0]).toBe('Microsoft.PowerShell.Commands.GenericMeasureInfo');
  });

  it('1..10 | ? odd | measure -Sum gives 25 (the issue\'s acceptance example)', async () => {
    const r = await runCmdlet(measureObject, { params: { Sum: true }, input: [1, 3, 5, 7, 9] });
    const sum = (r.output[0] as PSObject).get('Sum');
    expect(sum).toBeInstanceOf(PSNumber);
    expect(sum).toMatchObject({ kind: 'double', value: 25 });
  });

  it('-AllStats computes every statistic (sample standard deviation)', async () => {
    const r = await runCmdlet(measureObject, { params: { AllStats: true }, input: [2, 4, 4, 4, 5, 5, 7, 9] });
    const o = plain(r.output[0]);
    expect(o).toMatchObject({ Count: 8, Average: 5, Sum: 40, Maximum: 9, Minimum: 2 });
    expect(o.StandardDeviation as number).toBeCloseTo(Math.sqrt(32 / 7), 12);
  });

  it('zero input objects still gives Count 0', async () => {
    const r = await runCmdlet(measureObject, { params: { Sum: true }, input: [] });
    expect(plain(r.output[0])).toMatchObject({ Count: 0, Sum: 0 });
  });

  it('measures named properties, one result per property, Property set', async () => {
    const input = [new PSObject({ A: 1, B: 10 }), new PSObject({ A: 2, B: 20 })];
    const r = await runCmdlet(measureObject, { params: { Property: ['A', 'B'], Sum: true, Maximum: true }, input });
    expect(r.output.map(plain)).toEqual([
      { Count: 2, Average: null, Sum: 3, Maximum: 2, Minimum: null, StandardDeviation: null, Property: 'A' },
      { Count: 2, Average: null, Sum: 30, Maximum: 20, Minimum: null, StandardDeviation: null, Property: 'B' },
    ]);
  });

  it('measures hashtable keys, naming the key as stored (@{num=3},@{num=4},@{num=5} | measure -Maximum Num)', async () => {
    const input = [3, 4, 5].map((n) => PSHashtable.from({ num: n }));
    const r = await runCmdlet(measureObject, { params: { Property: ['Num'], Maximum: true }, input });
    expect(plain(r.output[0])).toMatchObject({ Count: 3, Maximum: 5, Property: 'num' });
  });

  it('skips a property that no object has', async () => {
    const r = await runCmdlet(measureObject, { params: { Property: ['Nope'], Sum: true }, input: [new PSObject({ A: 1 })] });
    expect(r.output).toEqual([]);
  });

  it('reports non-numeric input for -Sum and leaves Sum $null', async () => {
    const r = await runCmdlet(measureObject, { params: { Sum: true }, input: [1, 'abc'] });
    expect(r.errors.map((e) => e.error)).toEqual(['Input object "abc" is not numeric.']);
    expect(plain(r.output[0])).toMatchObject({ Count: 2, Sum: null });
  });

  it('numeric strings are summed as numbers', async () => {
    const r = await runCmdlet(measureObject, { params: { Sum: true, Average: true }, input: ['1', '2.5'] });
    expect(plain(r.output[0])).toMatchObject({ Sum: 3.5, Average: 1.75 });
  });

  it('-Maximum/-Minimum of strings compare as text (GenericObjectMeasureInfo)', async () => {
    const r = await runCmdlet(measureObject, { params: { Maximum: true, Minimum: true }, input: ['pear', 'apple', 'zoo'] });
    expect(plain(r.output[0])).toMatchObject({ Maximum: 'zoo', Minimum: 'apple' });
    expect((r.output[0] as PSObject).typeNames[0]).toBe('Microsoft.PowerShell.Commands.GenericObjectMeasureInfo');
  });

  it('counts lines, words and characters (TextMeasureInfo)', async () => {
    const r = await runCmdlet(measureObject, { params: { Line: true, Word: true, Character: true }, input: ['one two', 'three\nfour five'] });
    expect(plain(r.output[0])).toEqual({ Lines: 3, Words: 5, Characters: 22, Property: null });
    const ws = await runCmdlet(measureObject, { params: { Character: true, IgnoreWhiteSpace: true }, input: ['a b c'] });
    expect(plain(ws.output[0])).toEqual({ Lines: null, Words: null, Characters: 3, Property: null });
  });

  it('a trailing newline does not start a new line', async () => {
    const r = await runCmdlet(measureObject, { params: { Line: true }, input: ['abc\n', 'abc\nd'] });
    expect(plain(r.output[0]).Lines).toBe(3);
  });

  it('ignores $null input', async () => {
    const r = await runCmdlet(measureObject, { input: [1, null, 2] });
    expect(plain(r.output[0]).Count).toBe(2);
  });

  it('sums a large range', async () => {
    const r = await runCmdlet(measureObject, { params: { Sum: true }, input: range(1, 1000) });
    expect(plain(r.output[0]).Sum).toBe(500500);
  });
});
