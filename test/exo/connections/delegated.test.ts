import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import { clearRequests, exchangeCalls, manage, requests, sandbox, shell } from './helpers.js';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await sandbox();
  for (const domain of ['partner.onmicrosoft.com', 'customer1.onmicrosoft.com']) expect((await manage(sb, 'POST', '/tenants', { domain, mailboxes: 7 })).status).toBe(201);
  expect((await manage(sb, 'POST', '/partners', { partner: 'partner.onmicrosoft.com', customer: 'customer1.onmicrosoft.com', exchangeRole: 'admin' })).status).toBe(201);
}, 60_000);
afterAll(async () => {
  await sb?.stop();
});

describe('-DelegatedOrganization', () => {
  it('signs the partner admin in at home and runs the cmdlets in the customer tenant', async () => {
    const sh = shell(sb);
    const c = await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@partner.onmicrosoft.com -DelegatedOrganization customer1.onmicrosoft.com -ShowBanner:$false; (Get-ConnectionInformation).DelegatedOrganization');
    expect(c.stderr).toBe('');
    expect(c.stdout.trim().split('\n').at(-1)).toBe('customer1.onmicrosoft.com');
    await clearRequests(sb);
    const r = await sh.run('(Get-EXOMailbox -ResultSize Unlimited).Count; (Get-EXOMailbox -ResultSize 1).UserPrincipalName');
    expect(r.stderr).toBe('');
    const [count, upn] = r.stdout.trim().split('\n');
    expect(Number(count)).toBeGreaterThan(0);
    expect(upn).toMatch(/@customer1\.onmicrosoft\.com$/);
    expect(exchangeCalls(await requests(sb)).every((x) => x.path.split('/')[3] === 'customer1.onmicrosoft.com')).toBe(true);
  }, 60_000);
});
