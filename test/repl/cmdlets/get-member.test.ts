import { describe, expect, it } from 'vitest';
import { getMember } from '../../../src/repl/cmdlets/get-member.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { TimeSpan } from '../../../src/repl/values/timespan.js';
import { DateTime } from '../../../src/repl/values/datetime.js';
import { DateTimeOffset } from '../../../src/repl/values/datetime-offset.js';
import { runCmdlet } from './helpers.js';

const rows = (out: unknown[]) => out.map((o) => [(o as PSObject).get('Name'), (o as PSObject).get('MemberType'), (o as PSObject).get('Definition')]);

describe('Get-Member', () => {
  it('lists a custom object\'s methods then note properties (pwsh\'s [pscustomobject]@{a=1;b=\'x\'} | gm)', async () => {
    const r = await runCmdlet(getMember, { input: [new PSObject({ a: 1, b: 'x' })] });
    expect(rows(r.output)).toEqual([
      ['Equals', 'Method', 'bool Equals(System.Object obj)'],
      ['GetHashCode', 'Method', 'int GetHashCode()'],
      ['GetType', 'Method', 'type GetType()'],
      ['ToString', 'Method', 'string ToString()'],
      ['a', 'NoteProperty', 'int a=1'],
      ['b', 'NoteProperty', 'string b=x'],
    ]);
    const first = r.output[0] as PSObject;
    expect(first.get('TypeName')).toBe('System.Management.Automation.PSCustomObject');
    expect(first.typeNames[0]).toBe('Microsoft.PowerShell.Commands.MemberDefinition');
  });

  it('lists each distinct input type once', async () => {
    const r = await runCmdlet(getMember, { params: { MemberType: ['Property'] }, input: ['a', 'b', 1, 'c'] });
    expect(r.output.map((o) => [(o as PSObject).get('TypeName'), (o as PSObject).get('Name')])).toEqual([['System.String', 'Length']]);
  });

  it('sorts by member type then name: Method < NoteProperty < ParameterizedProperty < Property', async () => {
    const r = await runCmdlet(getMember, { params: { Name: ['L*', 'C*', 'Tr*'] }, input: ['s'] });
    expect(rows(r.output).map((x) => `${x[1]}:${x[0]}`)).toEqual(['Method:Clone', 'Method:CompareTo', 'Method:Contains', 'Method:LastIndexOf', 'Method:Trim', 'Method:TrimEnd', 'Method:TrimStart', 'ParameterizedProperty:Chars', 'Property:Length']);
  });

  it('-MemberType Properties covers note and .NET properties; -Name takes wildcards', async () => {
    const r = await runCmdlet(getMember, { params: { MemberType: ['Properties'], Name: ['K*', 'C*'] }, input: [PSHashtable.from({ a: 1 })] });
    expect(rows(r.output).map((x) => x[0])).toEqual(['Count', 'Keys']);
  });

  it('shows null and array note property values as pwsh does', async () => {
    const r = await runCmdlet(getMember, { params: { MemberType: ['NoteProperty'] }, input: [new PSObject({ n: null, list: [1, 2] })] });
    expect(rows(r.output)).toEqual([['list', 'NoteProperty', 'Object[] list=System.Object[]'], ['n', 'NoteProperty', 'object n=null']]);
  });

  it('-InputObject with an array describes the array itself', async () => {
    const r = await runCmdlet(getMember, { params: { InputObject: [1, 2], MemberType: ['Properties'] } });
    expect((r.output[0] as PSObject).get('TypeName')).toBe('System.Object[]');
    expect(rows(r.output).map((x) => `${x[1]}:${x[0]}`)).toEqual(['AliasProperty:Count', 'Property:IsFixedSize', 'Property:IsReadOnly', 'Property:IsSynchronized', 'Property:Length', 'Property:LongLength', 'Property:Rank', 'Property:SyncRoot']);
  });

  it('describes a TimeSpan with its properties', async () => {
    const r = await runCmdlet(getMember, { params: { Name: ['TotalDays', 'Days'] }, input: [new TimeSpan(0)] });
    expect(rows(r.output)).toEqual([['Days', 'Property', 'int Days {get;}'], ['TotalDays', 'Property', 'double TotalDays {get;}']]);
    expect((r.output[0] as PSObject).get('TypeName')).toBe('System.TimeSpan');
  });

  it('describes a DateTimeOffset with its offset properties and methods', async () => {
    const d = new DateTimeOffset(DateTime.fromParts(2009, 6, 15, 13, 45, 30, 0, 'Unspecified'), -7 * 3_600_000);
    const r = await runCmdlet(getMember, { params: { Name: ['Offset', 'Utc*', 'ToOffset', 'Kind'] }, input: [d] });
    expect(rows(r.output).map((x) => `${x[1]}:${x[0]}`)).toEqual(['Method:ToOffset', 'Property:Offset', 'Property:UtcDateTime', 'Property:UtcTicks']);
    expect((r.output[0] as PSObject).get('TypeName')).toBe('System.DateTimeOffset');
  });

  it('without input it is an error', async () => {
    const r = await runCmdlet(getMember, { input: [] });
    expect(r.errors.map((e) => e.error)).toEqual(['You must specify an object for the Get-Member cmdlet.']);
  });
});
