import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublicClientApplication } from '@azure/msal-node';
import { startSandbox } from '../../src/sandbox/index.js';
import { ADMIN_PASSWORD, EXO_SCOPE, manage, msalAuth, tempDir, trustCa } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof startSandbox>>;

/** The identity side and the real Exchange admin API together, over HTTPS, with msal-node tokens. */
describe('end to end: msal-node sign-in, then the Exchange admin API', () => {
  let sb: Sandbox;
  let token = '';
  beforeAll(async () => {
    sb = await startSandbox({ dataDir: tempDir(), mailboxes: 25 });
    trustCa(sb.caPem);
    expect((await manage(sb, 'POST', '/tenants', { domain: 'bigcorp.onmicrosoft.com', mailboxes: 10_000, seed: 5 })).status).toBe(201);
    const pca = new PublicClientApplication({ auth: msalAuth(sb, 'bigcorp.onmicrosoft.com') });
    token = (await pca.acquireTokenByUsernamePassword({ scopes: [EXO_SCOPE], username: 'admin@bigcorp.onmicrosoft.com', password: ADMIN_PASSWORD }))!.accessToken;
  }, 120_000);
  afterAll(() => sb.stop());

  const post = (url: string, cmdlet: string, parameters: object, bearer = token) =>
    fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json', prefer: 'odata.maxpagesize=1000', 'x-cmdletname': cmdlet },
      body: JSON.stringify({ CmdletInput: { CmdletName: cmdlet, Parameters: parameters } }),
    });

  it('pages through 10,000 mailboxes by @odata.nextLink', async () => {
    let url: string | undefined = `${sb.origin}/adminapi/beta/bigcorp.onmicrosoft.com/InvokeCommand?$select=Name,ExchangeGuid`;
    let count = 0;
    let pages = 0;
    const guids = new Set<string>();
    while (url) {
      const res = await post(url, 'Get-Mailbox', { ResultSize: 'Unlimited' });
      expect(res.status).toBe(200);
      const body = (await res.json()) as any;
      for (const m of body.value) {
        expect(Object.keys(m).filter((k) => !k.includes('@')).sort()).toEqual(['ExchangeGuid', 'Name']);
        guids.add(m.ExchangeGuid);
      }
      count += body.value.length;
      pages++;
      url = body['@odata.nextLink'];
    }
    expect(count).toBe(10_000);
    expect(guids.size).toBe(10_000);
    expect(pages).toBe(10);
  }, 120_000);

  it('serves a Get-EXO* entity set to the same token', async () => {
    const res = await fetch(`${sb.origin}/adminapi/beta/bigcorp.onmicrosoft.com/Mailbox?PropertySet=Minimum`, { headers: { authorization: `Bearer ${token}`, prefer: 'odata.maxpagesize=5' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.value).toHaveLength(5);
    expect(body['@odata.nextLink']).toBeDefined();
  });

  it("refuses a read-only user's write", async () => {
    await manage(sb, 'POST', '/tenants/contoso.onmicrosoft.com/users', { userPrincipalName: 'auditor@contoso.onmicrosoft.com', password: 'Audit#1', exchangeRole: 'read-only' });
    const pca = new PublicClientApplication({ auth: msalAuth(sb, 'contoso.onmicrosoft.com') });
    const reader = (await pca.acquireTokenByUsernamePassword({ scopes: [EXO_SCOPE], username: 'auditor@contoso.onmicrosoft.com', password: 'Audit#1' }))!.accessToken;
    const url = `${sb.origin}/adminapi/beta/contoso.onmicrosoft.com/InvokeCommand`;
    expect((await post(url, 'Get-Mailbox', { ResultSize: 1 }, reader)).status).toBe(200);
    const write = await post(url, 'Set-Mailbox', { Identity: 'admin', CustomAttribute1: 'x' }, reader);
    expect(write.status).toBe(403);
  });
});
