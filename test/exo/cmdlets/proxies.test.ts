import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import { clearRequests, exchangeCalls, requests, sandbox, shell, type Shell } from '../connections/helpers.js';

let sb: RunningSandbox;
let sh: Shell;
beforeAll(async () => {
  sb = await sandbox(30);
  sh = shell(sb);
  const r = await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@woodgrove.onmicrosoft.com -ShowBanner:$false');
  expect(r.stderr).toBe('');
}, 60_000);
afterAll(async () => {
  await sb?.stop();
});

describe('proxied cmdlets (InvokeCommand)', () => {
  it('sends the cmdlet, its parameters and the connection headers', async () => {
    await clearRequests(sb);
    const r = await sh.run('Get-Mailbox -ResultSize 10 -WarningAction SilentlyContinue | Measure-Object | ForEach-Object Count');
    expect(r.stdout.trim()).toBe('10');
    const [call, ...rest] = exchangeCalls(await requests(sb));
    expect(rest).toEqual([]);
    const c = sh.registry.all()[0]!.settings;
    expect(call!.method).toBe('POST');
    expect(call!.path).toBe(`/adminapi/beta/${c.tenantId}/InvokeCommand`);
    expect(JSON.parse(call!.body)).toEqual({ CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { ResultSize: 10 } } });
    expect(call!.headers['connection-id']).toBe(c.connectionId);
    expect(call!.headers['x-anchormailbox']).toBe('UPN:admin@woodgrove.onmicrosoft.com');
    expect(call!.headers['authorization']).toMatch(/^Bearer /);
  });

  it('shows mailboxes in the Exchange default view', async () => {
    const r = await sh.run('Get-Mailbox -Identity admin');
    expect(r.stdout.split('\n').find((l) => l.trim())!.trim().split(/\s+/)).toEqual(['Name', 'Alias', 'Database', 'ProhibitSendQuota', 'ExternalDirectoryObjectId']);
    expect(r.stdout).toMatch(/^admin\s+admin\s+\S+\s+99 GB/m);
  });

  it('validates parameters locally: unknown name, wrong type, missing mandatory value — no request', async () => {
    await clearRequests(sb);
    const unknown = await sh.run('Get-Mailbox -Bogus 1');
    expect(unknown.stderr).toContain("A parameter cannot be found that matches parameter name 'Bogus'.");
    const wrongType = await sh.run('Get-Mailbox -ResultSize lots');
    expect(wrongType.stderr).toContain("Cannot bind parameter 'ResultSize'");
    const missing = await sh.run('Get-MailboxStatistics');
    expect(missing.stderr).toContain('missing mandatory parameters: Identity');
    expect(exchangeCalls(await requests(sb))).toEqual([]);
  });

  it('reports a not-found identity as a non-terminating Exchange error and carries on', async () => {
    const r = await sh.run("Get-Mailbox -Identity nobody@woodgrove.onmicrosoft.com; 'after'; $Error[0].CategoryInfo.Reason; $Error[0].FullyQualifiedErrorId");
    expect(r.stderr).toContain("couldn't be found");
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('after');
    expect(lines[1]).toBe('ManagementObjectNotFoundException');
    expect(lines[2]).toMatch(/^\[Server=.*,RequestId=.*,TimeStamp=.*\],Write-ErrorMessage$/);
  });

  it('stops on a service error with -ErrorAction Stop, catchable by try/catch', async () => {
    const r = await sh.run("try { Get-Mailbox -Identity nobody@woodgrove.onmicrosoft.com -ErrorAction Stop; 'not here' } catch { 'caught' }");
    expect(r.stdout.trim()).toBe('caught');
  });
});

describe('-WhatIf and -Confirm on proxied cmdlets (two-phase)', () => {
  it('-WhatIf sends only the validation call and prints the service text', async () => {
    await clearRequests(sb);
    const r = await sh.run('Set-Mailbox -Identity admin -CustomAttribute1 whatif -WhatIf; (Get-Mailbox -Identity admin).CustomAttribute1');
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe('What if: Performing the operation "Set-Mailbox" on target "admin".');
    expect(lines[1] ?? '').not.toBe('whatif');
    const sets = exchangeCalls(await requests(sb)).map((c) => JSON.parse(c.body).CmdletInput).filter((i) => i.CmdletName === 'Set-Mailbox');
    expect(sets).toHaveLength(1);
    expect(sets[0].Parameters.Confirm).toBe(true);
  });

  it('-Confirm asks with the service text and runs only when accepted', async () => {
    const ish = shell(sb, { interactive: true, answers: ['N', 'Y'] });
    await ish.run('Connect-ExchangeOnline -UserPrincipalName admin@woodgrove.onmicrosoft.com -ShowBanner:$false');
    await ish.run('Set-Mailbox -Identity admin -CustomAttribute2 first -Confirm');
    expect(ish.host.prompts.at(-1)).toContain('Performing the operation "Set-Mailbox" on target "admin".');
    expect((await ish.run('(Get-Mailbox -Identity admin).CustomAttribute2')).stdout.trim()).not.toBe('first');
    await clearRequests(sb);
    await ish.run('Set-Mailbox -Identity admin -CustomAttribute2 second -Confirm');
    const sets = exchangeCalls(await requests(sb)).map((c) => JSON.parse(c.body).CmdletInput.Parameters.Confirm);
    expect(sets).toEqual([true, false]);
    expect((await ish.run('(Get-Mailbox -Identity admin).CustomAttribute2')).stdout.trim()).toBe('second');
  }, 60_000);
});
