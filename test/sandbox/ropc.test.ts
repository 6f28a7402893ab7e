import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublicClientApplication, type AuthError } from '@azure/msal-node';
import { ADMIN_PASSWORD, claims, EXO_SCOPE, invoke, manage, msalAuth, start } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof start>>;

describe('password grant (ROPC) with msal-node', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await start({ tokenLifetimeSeconds: 2 });
    await manage(sb, 'POST', '/tenants/contoso.onmicrosoft.com/users', { userPrincipalName: 'mfa.user@contoso.onmicrosoft.com', password: 'Secret#1', mfa: true });
    await manage(sb, 'POST', '/tenants/contoso.onmicrosoft.com/users', { userPrincipalName: 'reader@contoso.onmicrosoft.com', password: 'Secret#2', exchangeRole: 'read-only' });
  });
  afterAll(() => sb.stop());

  it('signs in an admin and the token carries the real claims', async () => {
    const pca = new PublicClientApplication({ auth: msalAuth(sb, 'contoso.onmicrosoft.com') });
    const r = await pca.acquireTokenByUsernamePassword({ scopes: [EXO_SCOPE], username: 'admin@contoso.onmicrosoft.com', password: ADMIN_PASSWORD });
    expect(r).not.toBeNull();
    const c = claims(r!.accessToken);
    expect(c.aud).toBe('https://outlook.office365.com');
    expect(c.upn).toBe('admin@contoso.onmicrosoft.com');
    expect(c.idtyp).toBe('user');
    expect(c.scp).toContain('AdminApi.AccessAsUser.All');
    expect(c.wids).toContain('29232cdf-9323-42fd-ade2-1d097af3e4de');
    expect(c.exp - c.iat).toBe(2);
    expect(r!.tenantId).toBe(c.tid);
    expect(r!.account?.username).toBe('admin@contoso.onmicrosoft.com');

    const res = await invoke(sb, 'contoso.onmicrosoft.com', r!.accessToken);
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.caller).toMatchObject({ isApp: false, exchangeRole: 'admin', userPrincipalName: 'admin@contoso.onmicrosoft.com', tenant: { tenantId: c.tid } });
  });

  it('gives a read-only user the read-only role', async () => {
    const pca = new PublicClientApplication({ auth: msalAuth(sb, 'organizations') });
    const r = await pca.acquireTokenByUsernamePassword({ scopes: [EXO_SCOPE], username: 'reader@contoso.onmicrosoft.com', password: 'Secret#2' });
    const body = (await (await invoke(sb, claims(r!.accessToken).tid, r!.accessToken)).json()) as any;
    expect(body.caller.exchangeRole).toBe('read-only');
  });

  it('refuses an MFA user with AADSTS50076 and a wrong password with AADSTS50126', async () => {
    const pca = new PublicClientApplication({ auth: msalAuth(sb, 'contoso.onmicrosoft.com') });
    const mfa = (await pca
      .acquireTokenByUsernamePassword({ scopes: [EXO_SCOPE], username: 'mfa.user@contoso.onmicrosoft.com', password: 'Secret#1' })
      .catch((e: unknown) => e)) as AuthError & { errorNo?: string; subError: string };
    expect(mfa.errorCode).toBe('invalid_grant');
    expect(mfa.errorMessage).toMatch(/^AADSTS50076: .*multi-factor authentication/);
    expect(mfa.errorMessage).toMatch(/\r\nTrace ID: [0-9a-f-]{36}\r\nCorrelation ID: [0-9a-f-]{36}\r\nTimestamp: \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ/);
    expect(mfa.subError).toBe('basic_action');

    const bad = (await pca
      .acquireTokenByUsernamePassword({ scopes: [EXO_SCOPE], username: 'admin@contoso.onmicrosoft.com', password: 'wrong' })
      .catch((e: unknown) => e)) as AuthError & { errorNo?: string };
    expect(bad.errorCode).toBe('invalid_grant');
    expect(String(bad.errorNo)).toBe('50126');
    expect(bad.errorMessage).toContain('AADSTS50126: Error validating credentials due to invalid username or password.');

    const unknown = (await pca
      .acquireTokenByUsernamePassword({ scopes: [EXO_SCOPE], username: 'nobody@contoso.onmicrosoft.com', password: 'x' })
      .catch((e: unknown) => e)) as AuthError & { errorNo?: string };
    expect(String(unknown.errorNo)).toBe('50034');
    expect(unknown.errorMessage).toMatch(/AADSTS50034: The user account \{EmailHidden\} does not exist in the contoso\.onmicrosoft\.com directory/);
  });

  it('returns the Entra error body fields on the wire', async () => {
    const res = await fetch(`${sb.origin}/contoso.onmicrosoft.com/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'client-request-id': '11111111-2222-3333-4444-555555555555' },
      body: new URLSearchParams({ grant_type: 'password', client_id: 'fb78d390-0c51-40cd-8e17-fdbfab77341b', scope: EXO_SCOPE, username: 'admin@contoso.onmicrosoft.com', password: 'nope' }),
    });
    expect(res.status).toBe(400);
    const b = (await res.json()) as any;
    expect(b.error).toBe('invalid_grant');
    expect(b.error_codes).toEqual([50126]);
    expect(b.correlation_id).toBe('11111111-2222-3333-4444-555555555555');
    expect(b.error_description).toContain('\r\nCorrelation ID: 11111111-2222-3333-4444-555555555555\r\n');
    expect(b.trace_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(b.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ$/);
    expect(b.error_uri).toBe(`${sb.origin}/error?code=50126`);
  });

  it('renews silently with the refresh token once the access token has expired', async () => {
    const pca = new PublicClientApplication({ auth: msalAuth(sb, 'contoso.onmicrosoft.com') });
    const first = await pca.acquireTokenByUsernamePassword({ scopes: [EXO_SCOPE], username: 'admin@contoso.onmicrosoft.com', password: ADMIN_PASSWORD });
    await new Promise((r) => setTimeout(r, 2500));
    expect((await invoke(sb, 'contoso.onmicrosoft.com', first!.accessToken)).status).toBe(401);
    await manage(sb, 'DELETE', '/requests');
    const second = await pca.acquireTokenSilent({ account: first!.account!, scopes: [EXO_SCOPE] });
    expect(second.accessToken).not.toBe(first!.accessToken);
    const log = (await manage(sb, 'GET', '/requests')).body.value as Array<{ path: string; body: string }>;
    const tokenCalls = log.filter((e) => e.path.endsWith('/oauth2/v2.0/token'));
    expect(tokenCalls.map((e) => new URLSearchParams(e.body).get('grant_type'))).toEqual(['refresh_token']);
    expect((await invoke(sb, 'contoso.onmicrosoft.com', second.accessToken)).status).toBe(200);
  });
});
