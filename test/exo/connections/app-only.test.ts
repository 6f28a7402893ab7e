import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import { pfx, selfSigned } from '../auth/helpers.js';
import { clearRequests, exchangeCalls, manage, requests, sandbox, shell } from './helpers.js';

const APP_ID = '5b1c2f3a-0d4e-4a7b-9c8d-112233445566';
const ORG = 'contoso.onmicrosoft.com';

let sb: RunningSandbox;
const cert = selfSigned('ExchangeOnlineAutomation');
beforeAll(async () => {
  sb = await sandbox();
  const reg = await manage(sb, 'POST', `/tenants/${ORG}/apps`, { appId: APP_ID, displayName: 'EXO automation', certificatePem: cert.certPem });
  expect(reg.status).toBe(201);
}, 60_000);
afterAll(async () => {
  await sb?.stop();
});

describe('app-only connections', () => {
  it('connects with -AppId -CertificateFilePath -CertificatePassword -Organization and reports it', async () => {
    const sh = shell(sb);
    const file = join(sh.configDir, 'automation.pfx');
    writeFileSync(file, pfx(cert, 'SecurePassword123!', 'modern'));
    const r = await sh.run(`$p = ConvertTo-SecureString -String "SecurePassword123!" -AsPlainText -Force
Connect-ExchangeOnline -AppId ${APP_ID} -CertificateFilePath '${file}' -CertificatePassword $p -Organization ${ORG} -ShowBanner:$false
$c = Get-ConnectionInformation
"$($c.CertificateAuthentication)|$($c.AppId)|$($c.Organization)|$($c.UserPrincipalName)"`);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe(`True|${APP_ID}|${ORG}|OAuthUser@${ORG}`);

    await clearRequests(sb);
    const m = await sh.run('Get-Mailbox -ResultSize 2 -WarningAction SilentlyContinue | Measure-Object | ForEach-Object Count');
    expect(m.stdout.trim()).toBe('2');
    const [call] = exchangeCalls(await requests(sb));
    expect(call!.headers['x-anchormailbox']).toMatch(/^APP:SystemMailbox\{bb558c35-97f1-4cb9-8ff7-d53741dc928c\}@/);
  }, 60_000);
});

describe('lazy paging through the cmdlets', () => {
  it('asks for no further pages once Select-Object -First has its objects', async () => {
    const sh = shell(sb);
    await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@pager.onmicrosoft.com -PageSize 4 -ShowBanner:$false');
    await clearRequests(sb);
    const r = await sh.run('Get-EXOMailbox -ResultSize Unlimited | Select-Object -First 2 | Measure-Object | ForEach-Object Count');
    expect(r.stdout.trim()).toBe('2');
    // The first page, and at most the one fetched ahead while it flowed downstream.
    expect(exchangeCalls(await requests(sb)).length).toBeLessThanOrEqual(2);
    await clearRequests(sb);
    const all = await sh.run('Get-EXOMailbox -ResultSize Unlimited | Measure-Object | ForEach-Object Count');
    const calls = exchangeCalls(await requests(sb));
    const pages = Math.ceil(Number(all.stdout.trim()) / 4);
    // A last full page may still carry a nextLink, which then answers empty.
    expect(calls.length).toBeGreaterThanOrEqual(pages);
    expect(calls.length).toBeLessThanOrEqual(pages + 1);
    expect(calls.every((c) => c.headers['prefer']?.includes('odata.maxpagesize=4'))).toBe(true);
  }, 60_000);

  it('sends no further requests after Ctrl+C during paging', async () => {
    const sh = shell(sb);
    await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@pager.onmicrosoft.com -PageSize 1 -ShowBanner:$false');
    await clearRequests(sb);
    const running = sh.session.run('Get-EXOMailbox -ResultSize Unlimited | ForEach-Object { Start-Sleep -Milliseconds 100; $_ }');
    setTimeout(() => sh.session.abort(), 250);
    const r = await running;
    expect(r.ok).toBe(false);
    expect(sh.host.stderr).toContain('The pipeline has been stopped.');
    const atStop = exchangeCalls(await requests(sb)).length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(exchangeCalls(await requests(sb)).length).toBe(atStop);
    expect(atStop).toBeLessThan(12);
  }, 60_000);
});
