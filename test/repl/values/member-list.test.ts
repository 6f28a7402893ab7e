import { describe, expect, it } from 'vitest';
import { listMembers } from '../../../src/repl/values/member-list.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { DateTimeOffset } from '../../../src/repl/values/datetime-offset.js';
import { DateTime } from '../../../src/repl/values/datetime.js';

describe('listMembers (Get-Member)', () => {
  it('a custom object: methods, then note properties with type and value', () => {
    const o = new PSObject({ a: 1, b: 'x', c: null });
    expect(listMembers(o).map((m) => `${m.name}|${m.memberType}|${m.definition}`)).toEqual([
      'Equals|Method|bool Equals(System.Object obj)',
      'GetHashCode|Method|int GetHashCode()',
      'GetType|Method|type GetType()',
      'ToString|Method|string ToString()',
      'a|NoteProperty|int a=1',
      'b|NoteProperty|string b=x',
      'c|NoteProperty|object c=null',
    ]);
  });
  it('a string has its methods and Length', () => {
    const names = listMembers('abc').map((m) => m.name);
    expect(names).toContain('ToUpper');
    expect(names).toContain('Split');
    expect(names[names.length - 1]).toBe('Length');
    expect(listMembers('abc').find((m) => m.name === 'Length')!.definition).toBe('int Length {get;}');
  });
  it('a DateTimeOffset lists its own properties and methods, without Kind', () => {
    const d = new DateTimeOffset(DateTime.fromParts(2009, 6, 15, 13, 45, 30, 0, 'Unspecified'), -7 * 3_600_000);
    const members = listMembers(d);
    const props = members.filter((m) => m.memberType === 'Property').map((m) => m.name);
    expect(props).toEqual([
      'Date', 'DateTime', 'Day', 'DayOfWeek', 'DayOfYear', 'Hour', 'LocalDateTime', 'Millisecond', 'Minute', 'Month',
      'Offset', 'Second', 'Ticks', 'TimeOfDay', 'UtcDateTime', 'UtcTicks', 'Year',
    ]);
    expect(members.find((m) => m.name === 'Offset')!.definition).toBe('timespan Offset {get;}');
    const methods = members.filter((m) => m.memberType === 'Method').map((m) => m.name);
    for (const m of ['AddHours', 'ToOffset', 'ToUnixTimeSeconds', 'ToUniversalTime', 'GetType']) expect(methods).toContain(m);
  });
});
