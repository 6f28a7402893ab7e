import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../src/exo/auth/token-provider.js';
import { ADMIN_PASSWORD, claims, failure, invoke, manage, sandboxEnv, start, type Sandbox } from './helpers.js';

describe('-DelegatedOrganization (partner admin in a customer tenant)', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await start({ tokenLifetimeSeconds: 3 });
    await manage(sb, 'POST', '/tenants', { domain: 'fabrikam.onmicrosoft.com' });
  });
  afterAll(() => sb.stop());

  const partnerSignIn = (customer: string) =>
    signIn({ method: 'password', userName: 'admin@partner.onmicrosoft.com', password: ADMIN_PASSWORD, delegatedOrganization: customer }, sandboxEnv(sb, { tenant: 'partner.onmicrosoft.com' }));

  it("takes tokens from the customer's authority as the partner admin, and renews them there", async () => {
    // The sandbox creates customer1 and its partner relationship on the fly, as its seed scripts expect.
    const p = await partnerSignIn('customer1.onmicrosoft.com');
    const tenants = (await manage(sb, 'GET', '/tenants')).body.value as Array<{ tenantId: string; domain: string }>;
    const customer = tenants.find((t) => t.domain === 'customer1.onmicrosoft.com')!;
    const first = await p.getToken();
    expect(claims(first.token)).toMatchObject({ tid: customer.tenantId, upn: 'admin@partner.onmicrosoft.com' });
    expect(p.account).toMatchObject({ tenantId: customer.tenantId, userPrincipalName: 'admin@partner.onmicrosoft.com' });
    expect((await invoke(sb, 'customer1.onmicrosoft.com', first.token)).status).toBe(200);

    await new Promise((r) => setTimeout(r, 3200));
    const second = await p.getToken();
    expect(second.token).not.toBe(first.token);
    expect(claims(second.token).tid).toBe(customer.tenantId);
    expect((await invoke(sb, 'customer1.onmicrosoft.com', second.token)).status).toBe(200);
  });

  it('explains a customer without a partner relationship', async () => {
    const e = await failure(partnerSignIn('fabrikam.onmicrosoft.com'));
    expect(e.errorId).toBe('AADSTS50020');
    expect(e.message).toBe(
      'Your account has no delegated admin access to fabrikam.onmicrosoft.com. The customer must approve a partner relationship (GDAP) that includes an Exchange role.',
    );
  });
});
