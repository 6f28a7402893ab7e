import { describe, expect, it } from 'vitest';
import { listMembers } from '../../../src/repl/values/member-list.js';
import { PSObject } from '../../../src/repl/values/psobject.js';

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
});
