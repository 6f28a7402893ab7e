import { describe, expect, it } from 'vitest';
import { whereObject } from '../../../src/repl/cmdlets/where-object.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { messageOf, runCmdlet } from './helpers.js';

const people = [
  new PSObject({ Name: 'alice', Age: 30, Admin: true }),
  new PSObject({ Name: 'Bob', Age: 25, Admin: false }),
  new PSObject({ Name: 'carol', Age: 41, Admin: true }),
];
const names = (out: unknown[]) => out.map((o) => (o as PSObject).get('Name'));

describe('Where-Object', () => {
  it('filters with a script block on $_ (1..10 | ? { $_ % 2 })', async () => {
    const r = await runCmdlet(whereObject, { params: { FilterScript: (n: number) => n % 2 }, input: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] });
    expect(r.output).toEqual([1, 3, 5, 7, 9]);
  });

  it('treats a block returning several values as true and none as false', async () => {
    const r = await runCmdlet(whereObject, { params: { FilterScript: (n: number) => (n > 1 ? [0, 0] : []) }, input: [1, 2] });
    expect(r.output).toEqual([2]);
  });

  it('simplified -eq compares case-insensitively', async () => {
    const r = await runCmdlet(whereObject, { params: { Property: 'Name', Value: 'BOB', EQ: true }, input: people });
    expect(names(r.output)).toEqual(['Bob']);
  });

  it('-ceq is case-sensitive', async () => {
    const r = await runCmdlet(whereObject, { params: { Property: 'Name', Value: 'BOB', CEQ: true }, input: people });
    expect(r.output).toEqual([]);
  });

  it('-gt converts the value to the property type (number vs string)', async () => {
    const r = await runCmdlet(whereObject, { params: { Property: 'Age', Value: '29', GT: true }, input: people });
    expect(names(r.output)).toEqual(['alice', 'carol']);
  });

  it('-like and -notlike use wildcards', async () => {
    const like = await runCmdlet(whereObject, { params: { Property: 'Name', Value: '*o*', Like: true }, input: people });
    expect(names(like.output)).toEqual(['Bob', 'carol']);
    const notLike = await runCmdlet(whereObject, { params: { Property: 'Name', Value: 'a*', NotLike: true }, input: people });
    expect(names(notLike.output)).toEqual(['Bob', 'carol']);
  });

  it('-match uses a regular expression', async () => {
    const r = await runCmdlet(whereObject, { params: { Property: 'Name', Value: '^[ab]', Match: true }, input: people });
    expect(names(r.output)).toEqual(['alice', 'Bob']);
  });

  it('-in and -notin test membership of the property value', async () => {
    const r = await runCmdlet(whereObject, { params: { Property: 'Age', Value: [25, 41], In: true }, input: people });
    expect(names(r.output)).toEqual(['Bob', 'carol']);
    const n = await runCmdlet(whereObject, { params: { Property: 'Age', Value: [25, 41], NotIn: true }, input: people });
    expect(names(n.output)).toEqual(['alice']);
  });

  it('-contains tests a collection-valued property', async () => {
    const input = [new PSObject({ Tags: ['a', 'b'] }), new PSObject({ Tags: ['c'] })];
    const r = await runCmdlet(whereObject, { params: { Property: 'Tags', Value: 'B', Contains: true }, input });
    expect(r.output).toEqual([input[0]]);
  });

  it('a bare property name tests its truth, -Not its falsehood', async () => {
    const r = await runCmdlet(whereObject, { params: { Property: 'Admin' }, input: people });
    expect(names(r.output)).toEqual(['alice', 'carol']);
    const n = await runCmdlet(whereObject, { params: { Property: 'Admin', Not: true }, input: people });
    expect(names(n.output)).toEqual(['Bob']);
  });

  it('a missing property is $null', async () => {
    const r = await runCmdlet(whereObject, { params: { Property: 'Nope', Value: null, EQ: true }, input: people });
    expect(r.output).toHaveLength(3);
  });

  it('an operator without -Value is a terminating error with pwsh\'s text', async () => {
    await expect(runCmdlet(whereObject, { params: { Property: 'Age', GT: true }, input: people }).catch((e) => { throw new Error(messageOf(e)); }))
      .rejects.toThrow('The specified operator requires both the -Property and -Value parameters. Provide values for both parameters, and then try the command again.');
  });

  it('an explicit -EQ without -Value is also that error', async () => {
    await expect(runCmdlet(whereObject, { params: { Property: 'Age', EQ: true }, input: people }).catch((e) => { throw new Error(messageOf(e)); }))
      .rejects.toThrow(/^The specified operator requires both the -Property and -Value parameters/);
  });

  it('-Value without an operator is a terminating error', async () => {
    await expect(runCmdlet(whereObject, { params: { Property: 'Age', Value: 3 }, input: people }).catch((e) => { throw new Error(messageOf(e)); }))
      .rejects.toThrow(/^An operator is required to compare the two specified values/);
  });

  it('reads hashtable-like keys as properties', async () => {
    const r = await runCmdlet(whereObject, { params: { Property: 'k', Value: 1, EQ: true }, input: [PSHashtable.from({ K: 1 }), PSHashtable.from({ K: 2 })] });
    expect(r.output).toHaveLength(1);
  });

  it('-Is and -IsNot test the property value\'s type ([int] or int)', async () => {
    const input = [new PSObject({ V: 1 }), new PSObject({ V: 'x' })];
    const r = await runCmdlet(whereObject, { params: { Property: 'V', Value: '[int]', Is: true }, input });
    expect(r.output).toEqual([input[0]]);
    const n = await runCmdlet(whereObject, { params: { Property: 'V', Value: 'string', IsNot: true }, input });
    expect(n.output).toEqual([input[0]]);
  });

  it('-InputObject without pipeline input tests that one object (an array as a whole)', async () => {
    const r = await runCmdlet(whereObject, { params: { InputObject: [1, 2], FilterScript: (x: unknown) => Array.isArray(x) } });
    expect(r.output).toEqual([[1, 2]]);
  });

  it('is registered with its aliases', () => {
    expect(whereObject.aliases).toEqual(['?', 'where']);
  });
});
