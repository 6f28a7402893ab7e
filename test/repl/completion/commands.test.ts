import { describe, expect, it } from 'vitest';
import { at, sessionWith } from './helpers.js';

describe('complete: command names', () => {
  it('completes a cmdlet name by case-insensitive prefix and says what to replace', async () => {
    const s = await sessionWith('');
    const r = await at(s, 'get-chi');
    expect(r.texts).toEqual(['Get-ChildItem']);
    expect([r.replaceStart, r.replaceEnd]).toEqual([0, 7]);
    expect(r.candidates[0]!.kind).toBe('command');
    expect(r.candidates[0]!.description).toBeTruthy();
  });

  it('sorts candidates by name, case-insensitively', async () => {
    const r = await at(await sessionWith(''), 'Get-');
    expect(r.texts.length).toBeGreaterThan(5);
    expect(r.texts).toEqual([...r.texts].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    expect(r.texts).toContain('Get-Date');
  });

  it('expands Verb-* wildcards', async () => {
    const r = await at(await sessionWith(''), 'Get-*Item');
    expect(r.texts).toContain('Get-ChildItem');
    expect(r.texts).toContain('Get-Item');
    expect(r.texts).not.toContain('Get-Date');
    expect((await at(await sessionWith(''), '*-Csv')).texts).toEqual(expect.arrayContaining(['ConvertTo-Csv', 'Export-Csv', 'Import-Csv']));
  });

  it('offers functions defined in the session and aliases', async () => {
    const s = await sessionWith('function Get-Widget { 1 }');
    expect((await at(s, 'Get-Wi')).texts).toEqual(['Get-Widget']);
    const aliases = await at(s, 'gc');
    expect(aliases.texts).toEqual(expect.arrayContaining(['gc', 'gci']));
    expect(aliases.candidates.find((c) => c.text === 'gci')!.description).toBe('-> Get-ChildItem');
  });

  it('completes the command after a pipe, a semicolon, an assignment, inside blocks and sub-expressions', async () => {
    const s = await sessionWith('');
    for (const input of ['Get-Date | Sel', 'Get-Date; Sel', '$x = Sel', 'Get-Date | ForEach-Object { Sel', '$(Sel', '(Sel', '& Sel']) {
      const r = await at(s, input);
      expect(r.texts, input).toContain('Select-Object');
      expect(r.replaced, input).toBe('Sel');
    }
    const empty = await at(s, 'Get-Date | ');
    expect(empty.texts).toContain('Where-Object');
    expect(empty.replaceStart).toBe(empty.replaceEnd);
  });

  it('completes at a cursor in the middle of the line, from the text before it', async () => {
    const r = await at(await sessionWith(''), 'Get-Chi|^| | Sort-Object');
    expect(r.texts).toEqual(['Get-ChildItem']);
    expect([r.replaceStart, r.replaceEnd]).toEqual([0, 7]);
  });

  it('completes nothing inside a comment', async () => {
    const s = await sessionWith('');
    expect((await at(s, 'Get-Date # Get-Chi')).candidates).toEqual([]);
    expect((await at(s, '<# $PSVer')).candidates).toEqual([]);
    expect((await at(s, '<# x #> Get-Chi')).texts).toEqual(['Get-ChildItem']);
  });
});
