import { describe, expect, it } from 'vitest';
import { unboxNumber } from '../../../src/repl/values/numbers.js';
import { convertFromJson } from '../../../src/repl/cmdlets/convertfrom-json.js';
import { DateTime } from '../../../src/repl/values/datetime.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { messageOf, runCmdlet } from './helpers.js';

const plain = (o: unknown): unknown => {
  if (o instanceof PSObject) return Object.fromEntries(o.properties().map((p) => [p.name, plain(p.value)]));
  if (Array.isArray(o)) return o.map(plain);
  // JSON integers are Int64 (boxed when small); compare values here, the type in the conformance suite.
  return unboxNumber(o);
};

describe('ConvertFrom-Json', () => {
  it('makes custom objects, keeping property order (numeric-looking names too)', async () => {
    const r = await runCmdlet(convertFromJson, { input: ['{"b":1,"1":"x","a":{"n":[1,2.5,true,null]}}'] });
    const o = r.output[0] as PSObject;
    expect(o.names()).toEqual(['b', '1', 'a']);
    expect(plain(o)).toEqual({ b: 1, 1: 'x', a: { n: [1, 2.5, true, null] } });
    expect(o.typeNames[0]).toBe('System.Management.Automation.PSCustomObject');
  });

  it('enumerates a top-level array unless -NoEnumerate', async () => {
    expect(plain((await runCmdlet(convertFromJson, { input: ['[1,2,3]'] })).output)).toEqual([1, 2, 3]);
    expect(plain((await runCmdlet(convertFromJson, { input: ['[1,2,3]'], params: { NoEnumerate: true } })).output)).toEqual([[1, 2, 3]]);
  });

  it('joins lines that are not documents on their own (Get-Content | ConvertFrom-Json)', async () => {
    const r = await runCmdlet(convertFromJson, { input: ['{', '  "a": 1', '}'] });
    expect(plain(r.output[0])).toEqual({ a: 1 });
  });

  it('parses each line when each is a document', async () => {
    const r = await runCmdlet(convertFromJson, { input: ['1', '"x"'] });
    expect(plain(r.output)).toEqual([1, 'x']);
  });

  it('-AsHashtable gives ordered hashtables', async () => {
    const r = await runCmdlet(convertFromJson, { input: ['{"z":1,"a":{"b":2}}'], params: { AsHashtable: true } });
    const h = r.output[0] as PSHashtable;
    expect(h).toBeInstanceOf(PSHashtable);
    expect(h.keys()).toEqual(['z', 'a']);
    expect(plain((h.get('a') as PSHashtable).get('B'))).toBe(2);
  });

  it('turns ISO 8601 strings into DateTime by kind', async () => {
    const r = await runCmdlet(convertFromJson, { input: ['["2024-01-31T00:00:00","2024-01-31T10:20:30.5Z","2024-01-31"]'] });
    const [unspecified, utc, text] = r.output as [DateTime, DateTime, string];
    expect(unspecified).toBeInstanceOf(DateTime);
    expect(unspecified.kind).toBe('Unspecified');
    expect(unspecified.toString('yyyy-MM-dd HH:mm:ss')).toBe('2024-01-31 00:00:00');
    expect(utc.kind).toBe('Utc');
    expect(utc.toString('HH:mm:ss.fff')).toBe('10:20:30.500');
    expect(text).toBe('2024-01-31');
  });

  it('accepts what Newtonsoft accepts: comments, single quotes, trailing commas', async () => {
    const r = await runCmdlet(convertFromJson, { input: ["{ // note\n 'a': 'x', b: [1,2,], }"] });
    expect(plain(r.output[0])).toEqual({ a: 'x', b: [1, 2] });
  });

  it('keys differing only in case need -AsHashtable', async () => {
    const err = await runCmdlet(convertFromJson, { input: ['{"a":1,"A":2}'] }).catch(messageOf);
    expect(err).toBe("Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key 'a' was 'A'.");
  });

  it('invalid JSON is a terminating error; -Depth limits nesting', async () => {
    expect(await runCmdlet(convertFromJson, { input: ['{"a":'] }).catch(messageOf)).toMatch(/^Conversion from JSON failed with error: /);
    expect(await runCmdlet(convertFromJson, { input: ['{"a":{"b":1}}'], params: { Depth: 1 } }).catch(messageOf)).toMatch(/^Conversion from JSON failed with error: The reader's MaxDepth of 1 has been exceeded\./);
  });
});
