import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import { clearRequests, exchangeCalls, manage, requests, sandbox, shell } from './helpers.js';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await sandbox();
  const c = await shell(sb).run('Connect-ExchangeOnline -UserPrincipalName admin@litware.onmicrosoft.com -ShowBanner:$false');
  expect(c.stderr).toBe('');
  const u = await manage(sb, 'POST', '/tenants/litware.onmicrosoft.com/users', { userPrincipalName: 'reader@litware.onmicrosoft.com', password: 'Reader#12345', exchangeRole: 'read-only' });
  expect(u.status).toBe(201);
}, 60_000);
afterAll(async () => {
  await sb?.stop();
});

describe('the cmdlets a connection gets', () => {
  it('are the ones the service exports for the caller: a read-only role gets no Set- cmdlets', async () => {
    const sh = shell(sb);
    const r = await sh.run(`$c = New-Object System.Management.Automation.PSCredential ('reader@litware.onmicrosoft.com', (ConvertTo-SecureString 'Reader#12345' -AsPlainText -Force))
Connect-ExchangeOnline -Credential $c -ShowBanner:$false
(Get-Command Get-Mailbox).Source
Set-Mailbox -Identity admin -CustomAttribute1 x`);
    expect(r.stdout.trim()).toMatch(/^tmpEXO_[a-z]{8}\.[a-z]{3}$/);
    expect(r.stderr).toContain("The term 'Set-Mailbox' is not recognized");
  }, 60_000);

  it('are limited by -CommandName, which is sent to the service', async () => {
    const sh = shell(sb);
    await clearRequests(sb);
    const r = await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@litware.onmicrosoft.com -CommandName Get-Mailbox,Get-Recipient -ShowBanner:$false; (Get-Command -Module tmpEXO*).Name | Sort-Object');
    expect(r.stdout.trim().split('\n').slice(1)).toEqual(['Get-Mailbox', 'Get-Recipient']);
    const moduleFile = exchangeCalls(await requests(sb)).find((c) => /EXOModuleFile/i.test(c.path));
    expect(moduleFile!.headers['commandname']).toBe('Get-Mailbox,Get-Recipient');
  }, 60_000);
});
