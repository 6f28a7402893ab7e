import { statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../src/exo/auth/token-provider.js';
import { SignInError } from '../../../src/exo/auth/sign-in-error.js';
import { TOKEN_CACHE_FILE } from '../../../src/exo/auth/cache-plugin.js';
import { ADMIN_PASSWORD, claims, failure, invoke, manage, sandboxEnv, start, type Sandbox } from './helpers.js';

describe('password sign-in (-Credential) against the sandbox', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await start({ tokenLifetimeSeconds: 3 });
    await manage(sb, 'POST', '/tenants/contoso.onmicrosoft.com/users', { userPrincipalName: 'mfa.user@contoso.onmicrosoft.com', password: 'Mfa#Secret1', mfa: true });
  });
  afterAll(() => sb.stop());

  it('signs in and describes the account', async () => {
    const env = sandboxEnv(sb);
    const p = await signIn({ method: 'password', userName: 'admin@contoso.onmicrosoft.com', password: ADMIN_PASSWORD }, env);
    const t = await p.getToken();
    expect(p.method).toBe('password');
    expect(p.account.userPrincipalName).toBe('admin@contoso.onmicrosoft.com');
    expect(p.account.tenantId).toBe(claims(t.token).tid);
    expect(p.account.objectId).toBe(claims(t.token).oid);
    expect(p.account.homeAccountId).toBeTruthy();
    expect((await invoke(sb, 'contoso.onmicrosoft.com', t.token)).status).toBe(200);
  });

  it('refuses an MFA account with the -Credential hint and never shows the password', async () => {
    const e = await failure(signIn({ method: 'password', userName: 'mfa.user@contoso.onmicrosoft.com', password: 'Mfa#Secret1' }, sandboxEnv(sb)));
    expect(e).toBeInstanceOf(SignInError);
    expect(e.message).toBe(
      'This account requires multi-factor authentication, which -Credential cannot satisfy. Sign in interactively (Connect-ExchangeOnline -UserPrincipalName <upn>) or with -Device instead.',
    );
    expect(e.errorId).toBe('AADSTS50076');
    expect(e.detail).toContain('AADSTS50076');
    for (const text of [e.message, e.detail, e.stack, JSON.stringify(e)]) expect(String(text)).not.toContain('Mfa#Secret1');
  });

  it('says the password is wrong, without echoing it', async () => {
    const e = await failure(signIn({ method: 'password', userName: 'admin@contoso.onmicrosoft.com', password: 'Wrong#Pass77' }, sandboxEnv(sb)));
    expect(e.message).toBe('The user name or password is incorrect.');
    expect(e.errorId).toBe('AADSTS50126');
    for (const text of [e.message, e.detail, e.stack]) expect(String(text)).not.toContain('Wrong#Pass77');
  });

  it('renews silently after the token expires, with the refresh token and no prompt', async () => {
    const env = sandboxEnv(sb, { tenant: 'contoso.onmicrosoft.com' });
    const p = await signIn({ method: 'password', userName: 'admin@contoso.onmicrosoft.com', password: ADMIN_PASSWORD }, env);
    const first = await p.getToken();
    await new Promise((r) => setTimeout(r, 3200));
    expect((await invoke(sb, 'contoso.onmicrosoft.com', first.token)).status).toBe(401);
    await manage(sb, 'DELETE', '/requests');
    const second = await p.getToken();
    expect(second.token).not.toBe(first.token);
    expect(second.expiresOn.getTime()).toBeGreaterThan(Date.now());
    expect((await invoke(sb, 'contoso.onmicrosoft.com', second.token)).status).toBe(200);
    const log = (await manage(sb, 'GET', '/requests')).body.value as Array<{ path: string; body: string }>;
    const grants = log.filter((e) => e.path.endsWith('/oauth2/v2.0/token')).map((e) => new URLSearchParams(e.body).get('grant_type'));
    expect(grants).toEqual(['refresh_token']);
    expect(env.prompts.deviceMessages).toEqual([]);
    expect(env.prompts.opened).toEqual([]);
  });

  it('renews with the claims of a 401 challenge (Continuous Access Evaluation)', async () => {
    const p = await signIn({ method: 'password', userName: 'admin@contoso.onmicrosoft.com', password: ADMIN_PASSWORD }, sandboxEnv(sb));
    await manage(sb, 'DELETE', '/requests');
    const challenge = '{"access_token":{"nbf":{"essential":true,"value":"1700000000"}}}';
    await p.getToken({ forceRefresh: true, claims: challenge });
    const log = (await manage(sb, 'GET', '/requests')).body.value as Array<{ path: string; body: string }>;
    const form = new URLSearchParams(log.find((e) => e.path.endsWith('/oauth2/v2.0/token'))!.body);
    expect(form.get('grant_type')).toBe('refresh_token');
    expect(JSON.parse(form.get('claims')!)).toMatchObject(JSON.parse(challenge));
  });

  it('shares one renewal between concurrent callers', async () => {
    const p = await signIn({ method: 'password', userName: 'admin@contoso.onmicrosoft.com', password: ADMIN_PASSWORD }, sandboxEnv(sb));
    await new Promise((r) => setTimeout(r, 1600)); // past half of the 3 s lifetime
    await manage(sb, 'DELETE', '/requests');
    const tokens = await Promise.all([p.getToken(), p.getToken(), p.getToken()]);
    expect(new Set(tokens.map((t) => t.token)).size).toBe(1);
    const log = (await manage(sb, 'GET', '/requests')).body.value as Array<{ path: string }>;
    expect(log.filter((e) => e.path.endsWith('/oauth2/v2.0/token'))).toHaveLength(1);
  });

  it('keeps the cache in a 0600 file in a 0700 folder, without the password', async () => {
    const env = sandboxEnv(sb);
    const p = await signIn({ method: 'password', userName: 'admin@contoso.onmicrosoft.com', password: ADMIN_PASSWORD }, env);
    const file = join(env.cacheDir, TOKEN_CACHE_FILE);
    expect(statSync(env.cacheDir).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const cache = readFileSync(file, 'utf8');
    expect(cache).toContain('RefreshToken');
    expect(cache).not.toContain(ADMIN_PASSWORD);
    expect(cache).toContain(p.account.homeAccountId!);

    await p.signOut();
    expect(readFileSync(file, 'utf8')).not.toContain(p.account.homeAccountId!);
  });
});
