import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublicClientApplication, type AuthError } from '@azure/msal-node';
import { ADMIN_PASSWORD, claims, EXO_SCOPE, invoke, manage, msalAuth, start } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof start>>;

describe('delegated partner access with msal-node', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await start();
  });
  afterAll(() => sb.stop());

  const signIn = (sb: Sandbox, authority: string, username = 'admin@partner.onmicrosoft.com', password = ADMIN_PASSWORD) =>
    new PublicClientApplication({ auth: msalAuth(sb, authority) }).acquireTokenByUsernamePassword({ scopes: [EXO_SCOPE], username, password });

  it("gives the seed scripts' partner admin a customer-tenant token (tenants and relationship auto-provisioned)", async () => {
    const r = await signIn(sb, 'customer1.onmicrosoft.com');
    const tenants = (await manage(sb, 'GET', '/tenants')).body.value as Array<{ tenantId: string; domain: string }>;
    const customer = tenants.find((t) => t.domain === 'customer1.onmicrosoft.com')!;
    const partner = tenants.find((t) => t.domain === 'partner.onmicrosoft.com')!;
    const c = claims(r!.accessToken);
    expect(c.tid).toBe(customer.tenantId);
    expect(c.upn).toBe('admin@partner.onmicrosoft.com');
    expect(c.idp).toBe(`https://sts.windows.net/${partner.tenantId}/`);

    const ok = (await (await invoke(sb, 'customer1.onmicrosoft.com', r!.accessToken)).json()) as any;
    expect(ok.caller).toMatchObject({ partnerTenantId: partner.tenantId, exchangeRole: 'admin', tenant: { tenantId: customer.tenantId } });
    // The customer token does not open the partner's own tenant.
    expect((await invoke(sb, 'partner.onmicrosoft.com', r!.accessToken)).status).toBe(403);
  });

  it('refuses a customer without a relationship with AADSTS50020, and admits it once one is created', async () => {
    expect((await manage(sb, 'POST', '/tenants', { domain: 'fabrikam.onmicrosoft.com' })).status).toBe(201);
    const refused = (await signIn(sb, 'fabrikam.onmicrosoft.com').catch((e: unknown) => e)) as AuthError & { errorNo?: string };
    expect(refused.errorCode).toBe('invalid_grant');
    expect(String(refused.errorNo)).toBe('50020');
    expect(refused.errorMessage).toContain("does not exist in tenant 'fabrikam.onmicrosoft.com'");

    const rel = await manage(sb, 'POST', '/partners', { partner: 'partner.onmicrosoft.com', customer: 'fabrikam.onmicrosoft.com', exchangeRole: 'read-only' });
    expect(rel.status).toBe(201);
    const r = await signIn(sb, 'fabrikam.onmicrosoft.com');
    const body = (await (await invoke(sb, 'fabrikam.onmicrosoft.com', r!.accessToken)).json()) as any;
    expect(body.caller.exchangeRole).toBe('read-only');

    expect((await manage(sb, 'DELETE', '/partners?partner=partner.onmicrosoft.com&customer=fabrikam.onmicrosoft.com')).status).toBe(204);
    const again = (await signIn(sb, 'fabrikam.onmicrosoft.com').catch((e: unknown) => e)) as AuthError & { errorNo?: string };
    expect(String(again.errorNo)).toBe('50020');
  });

  // msal-node serves a cached token by the account's home tenant, so the customer token needs forceRefresh.
  it('lets a partner admin signed in at home redeem the refresh token at the customer authority', async () => {
    const pca = new PublicClientApplication({ auth: msalAuth(sb, 'partner.onmicrosoft.com') });
    const home = await pca.acquireTokenByUsernamePassword({ scopes: [EXO_SCOPE], username: 'admin@partner.onmicrosoft.com', password: ADMIN_PASSWORD });
    const customer = await pca.acquireTokenSilent({ account: home!.account!, scopes: [EXO_SCOPE], authority: `${sb.origin}/customer2.onmicrosoft.com`, forceRefresh: true });
    expect(claims(customer.accessToken).tid).not.toBe(claims(home!.accessToken).tid);
    expect((await invoke(sb, 'customer2.onmicrosoft.com', customer.accessToken)).status).toBe(200);
  });

  it('gives only partner admins delegated access', async () => {
    await manage(sb, 'POST', '/tenants/partner.onmicrosoft.com/users', { userPrincipalName: 'helpdesk@partner.onmicrosoft.com', password: 'Secret#3', exchangeRole: 'none' });
    const e = (await signIn(sb, 'customer1.onmicrosoft.com', 'helpdesk@partner.onmicrosoft.com', 'Secret#3').catch((x: unknown) => x)) as AuthError & { errorNo?: string };
    expect(String(e.errorNo)).toBe('50020');
  });
});
