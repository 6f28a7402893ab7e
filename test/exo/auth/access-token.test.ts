import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../src/exo/auth/token-provider.js';
import { ADMIN_PASSWORD, claims, failure, invoke, sandboxEnv, start, type Sandbox } from './helpers.js';

/** An unsigned JWT with the given claims: -AccessToken is decoded, not verified, by the client. */
function jwt(payload: Record<string, unknown>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(payload)}.c2ln`;
}

describe('-AccessToken sign-in', () => {
  let sb: Sandbox;
  let userToken = '';
  beforeAll(async () => {
    sb = await start();
    const p = await signIn({ method: 'password', userName: 'admin@contoso.onmicrosoft.com', password: ADMIN_PASSWORD }, sandboxEnv(sb));
    userToken = (await p.getToken()).token;
  });
  afterAll(() => sb.stop());

  it('uses a token from elsewhere as is and warns that it cannot be renewed', async () => {
    const env = sandboxEnv(sb);
    const p = await signIn({ method: 'access-token', accessToken: userToken, userPrincipalName: 'admin@contoso.onmicrosoft.com' }, env);
    const t = await p.getToken();
    expect(p.method).toBe('access-token');
    expect(t.token).toBe(userToken);
    expect(t.expiresOn.getTime()).toBe(claims(userToken).exp * 1000);
    expect(p.account).toMatchObject({ userPrincipalName: 'admin@contoso.onmicrosoft.com', tenantId: claims(userToken).tid, objectId: claims(userToken).oid });
    expect(env.prompts.warnings).toHaveLength(1);
    expect(env.prompts.warnings[0]).toMatch(/^The access token expires at \d{4}-\d\d-\d\dT[\d:.]+Z \(in (59|60) minutes\) and cannot be renewed; after that, connect again with a new token\.$/);
    expect((await invoke(sb, 'contoso.onmicrosoft.com', t.token)).status).toBe(200);
  });

  it('refuses an expired token without echoing it', async () => {
    const expired = jwt({ tid: '11111111-2222-3333-4444-555555555555', upn: 'a@b.onmicrosoft.com', exp: Math.floor(Date.now() / 1000) - 60 });
    const e = await failure(signIn({ method: 'access-token', accessToken: expired, organization: 'b.onmicrosoft.com' }, sandboxEnv(sb)));
    expect(e.message).toMatch(/^The access token expired at .+Z\. Get a new token and run Connect-ExchangeOnline -AccessToken again\.$/);
    expect(e.message).not.toContain(expired.split('.')[1]);
  });

  it('fails getToken once the token has expired during the session', async () => {
    const soon = jwt({ tid: '11111111-2222-3333-4444-555555555555', idtyp: 'app', appid: 'x', exp: Math.floor(Date.now() / 1000) + 1 });
    const p = await signIn({ method: 'access-token', accessToken: soon, organization: 'b.onmicrosoft.com' }, sandboxEnv(sb));
    expect(p.account.userPrincipalName).toBeUndefined();
    await new Promise((r) => setTimeout(r, 1100));
    await expect(p.getToken()).rejects.toThrow(/cannot be renewed/);
  });

  it('refuses a value that is not a JWT', async () => {
    const e = await failure(signIn({ method: 'access-token', accessToken: 'not-a-token', organization: 'contoso.onmicrosoft.com' }, sandboxEnv(sb)));
    expect(e.message).toBe('AccessToken is not a well formed JWT token.');
  });

  it('needs a target when the token names no tenant', async () => {
    const e = await failure(signIn({ method: 'access-token', accessToken: jwt({ exp: Math.floor(Date.now() / 1000) + 600 }) }, sandboxEnv(sb)));
    expect(e.message).toBe('Either one of Organization, DelegatedOrganization or UserPrincipalName should be provided with the AccessToken');
  });

  it('forgets the token on sign-out', async () => {
    const p = await signIn({ method: 'access-token', accessToken: userToken, organization: 'contoso.onmicrosoft.com' }, sandboxEnv(sb));
    await p.signOut();
    await expect(p.getToken()).rejects.toThrow('This connection was closed. Run Connect-ExchangeOnline again.');
  });
});
