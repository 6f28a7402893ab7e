import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import { clearRequests, exchangeCalls, requests, sandbox, shell, type Shell } from '../connections/helpers.js';

let sb: RunningSandbox;
let sh: Shell;
beforeAll(async () => {
  sb = await sandbox(30);
  sh = shell(sb);
  await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@woodgrove.onmicrosoft.com -ShowBanner:$false');
}, 60_000);
afterAll(async () => {
  await sb?.stop();
});

describe('Get-EXO* cmdlets', () => {
  it('refuses to run before Connect-ExchangeOnline', async () => {
    const r = await shell(sb).run('Get-EXOMailbox -ResultSize 1');
    expect(r.stderr).toContain('Create a session using Connect-ExchangeOnline or Connect-IPPSSession');
  });

  it('reads the Mailbox entity set with the Minimum property set and the page size', async () => {
    await clearRequests(sb);
    const r = await sh.run('$m = Get-EXOMailbox -ResultSize 3; $m.Count; $m[0].PSObject.TypeNames[0]; $m[0].UserPrincipalName');
    expect(r.stderr).toBe('');
    const [count, type, upn] = r.stdout.trim().split('\n');
    expect(count).toBe('3');
    expect(type).toBe('Microsoft.Exchange.Management.RestApiClient.ExoMailbox');
    expect(upn).toMatch(/@woodgrove\.onmicrosoft\.com$/);
    const [call, ...rest] = exchangeCalls(await requests(sb));
    expect(rest).toEqual([]);
    expect(call!.method).toBe('GET');
    expect(call!.path).toBe(`/adminapi/beta/${sh.registry.all()[0]!.settings.tenantId}/Mailbox`);
    expect(new URLSearchParams(call!.query).get('PropertySet')).toBe('Minimum');
    expect(call!.headers['prefer']).toContain('odata.maxpagesize=3');
  });

  it('adds -Properties and -PropertySets to the request', async () => {
    await clearRequests(sb);
    const r = await sh.run('Get-EXOMailbox -Identity admin@woodgrove.onmicrosoft.com -PropertySets Quota -Properties DisplayName | ForEach-Object { $_.ProhibitSendQuota -ne $null; $_.DisplayName }');
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(['True', 'MOD Administrator']);
    const q = new URLSearchParams(exchangeCalls(await requests(sb))[0]!.query);
    expect(q.get('PropertySet')?.split(',').sort()).toEqual(['Minimum', 'Quota']);
    expect(q.get('$select')).toContain('DisplayName');
  });

  it('rejects a property set the cmdlet does not have, before any request', async () => {
    await clearRequests(sb);
    const r = await sh.run('Get-EXOMailbox -PropertySets Nonsense');
    expect(r.stderr).toContain("Cannot validate argument on parameter 'PropertySets'");
    expect(exchangeCalls(await requests(sb))).toEqual([]);
  });

  it('binds piped mailboxes by property name (UserPrincipalName) and positional identities', async () => {
    const piped = await sh.run('Get-EXOMailbox -ResultSize 2 | Get-EXOMailboxStatistics | Measure-Object | ForEach-Object Count');
    expect(piped.stderr).toBe('');
    expect(piped.stdout.trim()).toBe('2');
    const positional = await sh.run('(Get-EXOMailboxStatistics admin@woodgrove.onmicrosoft.com).TotalItemSize.Value.ToMB() -ge 0');
    expect(positional.stderr).toBe('');
    expect(positional.stdout.trim()).toBe('True');
  });

  it('filters with OPATH, resolves ANR, and reads recipients and CAS mailboxes', async () => {
    const r = await sh.run(`@(Get-EXOMailbox -Filter "Alias -eq 'admin'").Count; @(Get-EXOMailbox -Anr admin).Count -ge 1; @(Get-EXORecipient -ResultSize 4).Count; @(Get-EXOCasMailbox -ResultSize 2).Count`);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(['1', 'True', '4', '2']);
  });

  it('reports an unknown identity as a non-terminating error', async () => {
    const r = await sh.run("Get-EXOMailbox -Identity ghost@woodgrove.onmicrosoft.com; 'next'");
    expect(r.stderr).not.toBe('');
    expect(r.stdout.trim()).toBe('next');
  });
});
