import { describe, expect, it } from 'vitest';
import { at, sessionWith } from './helpers.js';

describe('complete: static members after [type]::', () => {
  it('completes methods with an open parenthesis and properties in their .NET spelling', async () => {
    const s = await sessionWith('');
    const round = await at(s, '[math]::Ro');
    expect(round.texts).toEqual(['Round(']);
    expect(round.replaced).toBe('Ro');
    expect(round.candidates[0]!.kind).toBe('member');
    expect((await at(s, '[datetime]::No')).texts).toEqual(['Now']);
    expect((await at(s, '[datetime]::Utc')).texts).toEqual(['UtcNow']);
    expect((await at(s, '[string]::IsN')).texts).toEqual(['IsNullOrEmpty(', 'IsNullOrWhiteSpace(']);
    expect((await at(s, '[math]::P')).texts).toEqual(['PI', 'Pow(']);
    expect((await at(s, '[int]::M')).texts).toEqual(['MaxValue', 'MinValue']);
  });

  it('lists properties before methods, resolves full names, and spells enum members as defined', async () => {
    const s = await sessionWith('');
    const all = await at(s, '$x = [System.Math]::');
    expect(all.texts.slice(0, 3)).toEqual(['E', 'PI', 'Tau']);
    expect(all.texts).toContain('Abs(');
    expect((await at(s, '[System.DayOfWeek]::T')).texts).toEqual(['Thursday', 'Tuesday']);
    expect((await at(s, '[guid]::NewG')).texts).toEqual(['NewGuid()']);
  });

  it('offers nothing for unknown types or types without statics', async () => {
    const s = await sessionWith('');
    expect((await at(s, '[NoSuchType]::')).texts).toEqual([]);
    expect((await at(s, '[math]::Zzz')).texts).toEqual([]);
  });
});
