import { describe, expect, it } from 'vitest';
import { at, sessionWith } from './helpers.js';

describe('complete: variables and members', () => {
  it('completes variable names after $, keeping the $', async () => {
    const s = await sessionWith('$mailboxCount = 3; $mailboxes = @()');
    const r = await at(s, 'Write-Output $mailb');
    expect(r.texts).toEqual(['$mailboxCount', '$mailboxes']);
    expect(r.replaced).toBe('$mailb');
    expect(r.candidates[0]!.kind).toBe('variable');
    expect((await at(s, '$PSVer')).texts).toEqual(['$PSVersionTable']);
  });

  it('completes $env: names, scope qualifiers, braced names and splats', async () => {
    process.env['EXOSH_COMPLETION_TEST'] = '1';
    const s = await sessionWith('${odd name} = 1; $params = @{}');
    expect((await at(s, '$env:EXOSH_COMPLETION_T')).texts).toEqual(['$env:EXOSH_COMPLETION_TEST']);
    expect((await at(s, '$glo')).texts).toContain('$global:');
    expect((await at(s, '$global:para')).texts).toEqual(['$global:params']);
    expect((await at(s, '${odd')).texts).toEqual(['${odd name}']);
    expect((await at(s, 'Get-Date @par')).texts).toEqual(['@params']);
  });

  it('lists a value\'s properties before its methods, methods with an open parenthesis', async () => {
    const s = await sessionWith('$s = "hello"; $d = Get-Date; $h = @{ Zone = 1; Alpha = 2 }');
    const str = await at(s, '$s.');
    expect(str.texts[0]).toBe('Length');
    expect(str.texts).toContain('ToUpper(');
    expect(str.candidates.find((c) => c.text === 'ToUpper(')!.kind).toBe('member');
    expect(str.replaceStart).toBe(3);
    expect((await at(s, '$s.St')).texts).toEqual(['StartsWith(']);
    expect((await at(s, '$d.Ye')).texts).toEqual(['Year']);
    expect((await at(s, '$h.')).texts.slice(0, 2)).toEqual(['Alpha', 'Count']);
    expect((await at(s, '$h.Zo')).texts).toEqual(['Zone']);
  });

  it('follows a property path to the value to complete', async () => {
    const s = await sessionWith("$o = [pscustomobject]@{ Inner = [pscustomobject]@{ Leaf = 'x' } }");
    expect((await at(s, '$o.Inner.Le')).texts).toEqual(['Leaf']);
    expect((await at(s, '$o.Missing.')).texts).toEqual([]);
  });

  it('reaches the properties of an array\'s elements, as member enumeration does', async () => {
    const s = await sessionWith("$list = @([pscustomobject]@{ DisplayName = 'Ann' }, [pscustomobject]@{ DisplayName = 'Bob' })");
    const r = await at(s, '$list.');
    expect(r.texts).toEqual(expect.arrayContaining(['Count', 'DisplayName', 'Length']));
    expect((await at(s, '$list.Disp')).texts).toEqual(['DisplayName']);
  });

  it('treats $_ as the last output\'s first object', async () => {
    const s = await sessionWith("[pscustomobject]@{ DisplayName = 'Ann' }");
    expect((await at(s, 'Get-Thing | Where-Object { $_.Disp')).texts).toEqual(['DisplayName']);
  });
});

describe('complete: type names', () => {
  it('completes accelerators and System names after [', async () => {
    const s = await sessionWith('');
    const r = await at(s, '[str');
    expect(r.texts).toEqual(expect.arrayContaining(['string', 'System.String']));
    expect(r.replaced).toBe('str');
    expect(r.candidates[0]!.kind).toBe('type');
    expect((await at(s, '$x = [System.Text.')).texts).toEqual(expect.arrayContaining(['System.Text.Encoding', 'System.Text.StringBuilder']));
    // An index is not a type.
    expect((await at(s, '$a = 1,2; $a[')).candidates.every((c) => c.kind !== 'type')).toBe(true);
  });
});
