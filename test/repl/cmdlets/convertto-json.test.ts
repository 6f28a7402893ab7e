// Expectations from PowerShell/PowerShell test/powershell/Modules/Microsoft.PowerShell.Utility/ConvertTo-Json.Tests.ps1
// and the ConvertTo-Json reference page.
import { describe, expect, it } from 'vitest';
import { convertToJson } from '../../../src/repl/cmdlets/convertto-json.js';
import { DateTime } from '../../../src/repl/values/datetime.js';
import { DateTimeOffset } from '../../../src/repl/values/datetime-offset.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { TimeSpan } from '../../../src/repl/values/timespan.js';
import { runCmdlet } from './helpers.js';

const json = async (input: unknown[], params: Record<string, unknown> = {}) => (await runCmdlet(convertToJson, { input, params })).output;

describe('ConvertTo-Json', () => {
  it('cuts off at -Depth 0, writing nested hashtables as their type name', async () => {
    const complex = new PSObject({
      FirstLevel1: PSHashtable.from({ Child1_1: 0, Bool: true }),
      FirstLevel2: PSHashtable.from({ Child2_1: 'Child_2_1_Value' }),
      Integer: 10,
      Bool: false,
    });
    const r = await runCmdlet(convertToJson, { input: [complex], params: { Depth: 0 } });
    expect(r.output).toEqual(['{\n  "FirstLevel1": "System.Collections.Hashtable",\n  "FirstLevel2": "System.Collections.Hashtable",\n  "Integer": 10,\n  "Bool": false\n}']);
    expect(r.warnings).toEqual(['Resulting JSON is truncated as serialization has exceeded the set depth of 0.']);
  });

  it('one input is itself, several become an array, -AsArray always an array', async () => {
    expect(await json([1])).toEqual(['1']);
    expect(await json([1, null, 2], { Compress: true })).toEqual(['[1,null,2]']);
    expect(await json([1], { AsArray: true, Compress: true })).toEqual(['[1]']);
    expect(await json([])).toEqual([]);
  });

  it('indents nested objects and arrays by two spaces', async () => {
    const r = await json([PSHashtable.from({ a: 1, b: [1, 2], c: PSHashtable.from({}), d: [] }, true)]);
    expect(r).toEqual(['{\n  "a": 1,\n  "b": [\n    1,\n    2\n  ],\n  "c": {},\n  "d": []\n}']);
  });

  it('does not escape quotes-in-text beyond JSON, unless -EscapeHandling EscapeHtml', async () => {
    expect(await json([PSHashtable.from({ abc: "'def'" })])).toEqual(['{\n  "abc": "\'def\'"\n}']);
    expect(await json([PSHashtable.from({ abc: "'def'" })], { EscapeHandling: 'EscapeHtml' })).toEqual(['{\n  "abc": "\\u0027def\\u0027"\n}']);
  });

  it('escapes strings as Newtonsoft does', async () => {
    expect(await json(['line1\nline2'], { Compress: true })).toEqual(['"line1\\nline2"']);
    expect(await json(['say "hello"'], { Compress: true })).toEqual(['"say \\"hello\\""']);
    expect(await json(['c:\\path'], { Compress: true })).toEqual(['"c:\\\\path"']);
    expect(await json(['\u0001'], { Compress: true })).toEqual(['"\\u0001"']);
    expect(await json(['é'], { Compress: true, EscapeHandling: 'EscapeNonAscii' })).toEqual(['"\\u00e9"']);
  });

  it('writes null properties, NaN and infinities as pwsh does', async () => {
    expect(await json([new PSObject({ prop: null })], { Compress: true })).toEqual(['{"prop":null}']);
    expect(await json([NaN, Infinity, -Infinity], { Compress: true })).toEqual(['["NaN","Infinity","-Infinity"]']);
    expect(await json([3.14159], { Compress: true })).toEqual(['3.14159']);
  });

  it('writes dates in ISO 8601 by kind', async () => {
    expect(await json([DateTime.fromParts(2024, 6, 15, 10, 30, 0, 0, 'Utc')], { Compress: true })).toEqual(['"2024-06-15T10:30:00Z"']);
    expect(await json([DateTime.fromParts(2024, 6, 15, 10, 30, 0, 0, 'Unspecified')], { Compress: true })).toEqual(['"2024-06-15T10:30:00"']);
  });

  it('writes a DateTimeOffset in ISO 8601 with its offset, +00:00 rather than Z', async () => {
    const clock = DateTime.fromParts(2009, 6, 15, 13, 45, 30, 0, 'Unspecified');
    expect(await json([new DateTimeOffset(clock, -7 * 3_600_000)])).toEqual(['"2009-06-15T13:45:30-07:00"']);
    expect(await json([new DateTimeOffset(clock.addMilliseconds(250), 0)], { Compress: true })).toEqual(['"2009-06-15T13:45:30.25+00:00"']);
    const inObject = new PSObject({ When: new DateTimeOffset(clock, 330 * 60_000) });
    expect(await json([inObject], { Compress: true })).toEqual(['{"When":"2009-06-15T13:45:30+05:30"}']);
  });

  it('writes a TimeSpan as an object of its properties', async () => {
    const ts = new TimeSpan(937840050000);
    expect(await json([ts], { Compress: true })).toEqual(['{"Ticks":937840050000,"Days":1,"Hours":2,"Milliseconds":5,"Microseconds":0,"Nanoseconds":0,"Minutes":3,"Seconds":4,"TotalDays":1.0854630208333333,"TotalHours":26.0511125,"TotalMilliseconds":93784005.0,"TotalMicroseconds":93784005000.0,"TotalNanoseconds":93784005000000.0,"TotalMinutes":1563.06675,"TotalSeconds":93784.005}']);
  });

  it('default depth 2 turns the third level of nesting into a string, warning once', async () => {
    const deep = PSHashtable.from({ a: PSHashtable.from({ b: PSHashtable.from({ c: PSHashtable.from({ d: 1 }) }), e: PSHashtable.from({ f: PSHashtable.from({ g: 1 }) }) }) }, true);
    const r = await runCmdlet(convertToJson, { input: [deep], params: { Compress: true } });
    expect(r.output).toEqual(['{"a":{"b":{"c":"System.Collections.Hashtable"},"e":{"f":"System.Collections.Hashtable"}}}']);
    expect(r.warnings).toHaveLength(1);
  });

  it('rejects -Depth above 100', async () => {
    await expect(runCmdlet(convertToJson, { input: [1], params: { Depth: 101 } })).rejects.toThrow("Cannot validate argument on parameter 'Depth'. The 101 argument is greater than the maximum allowed range of 100.");
  });
});
