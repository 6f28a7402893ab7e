import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublicClientApplication } from '@azure/msal-node';
import { ADMIN_PASSWORD, browse, claims, decodeHtml, EXO_SCOPE, invoke, manage, msalAuth, start } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof start>>;

describe('interactive sign-in (authorization code + PKCE) with msal-node', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await start();
  });
  afterAll(() => sb.stop());

  it('signs in through the sign-in page and redeems the code with the PKCE verifier', async () => {
    const pca = new PublicClientApplication({ auth: msalAuth(sb, 'contoso.onmicrosoft.com') });
    let authorizeUrl = '';
    let browsing: Promise<{ signInPage: string }> | undefined;
    const r = await pca.acquireTokenInteractive({
      scopes: [EXO_SCOPE],
      loginHint: 'admin@contoso.onmicrosoft.com',
      openBrowser: async (url) => {
        authorizeUrl = url;
        browsing = browse(url, 'admin@contoso.onmicrosoft.com', ADMIN_PASSWORD);
      },
    });
    const { signInPage } = await browsing!;
    const q = new URL(authorizeUrl).searchParams;
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('response_mode')).toBe('form_post');
    expect(signInPage).toContain('value="admin@contoso.onmicrosoft.com"');
    expect(claims(r.accessToken).upn).toBe('admin@contoso.onmicrosoft.com');
    expect(r.account?.username).toBe('admin@contoso.onmicrosoft.com');
    expect((await invoke(sb, 'contoso.onmicrosoft.com', r.accessToken)).status).toBe(200);

    const log = (await manage(sb, 'GET', '/requests')).body.value as Array<{ path: string; body: string }>;
    const redeem = log.find((e) => e.path.endsWith('/oauth2/v2.0/token'))!;
    const form = new URLSearchParams(redeem.body);
    expect(form.get('grant_type')).toBe('authorization_code');
    expect(form.get('code_verifier')).toBeTruthy();
  });

  it('refuses a code redeemed with the wrong verifier', async () => {
    const verifier = 'a'.repeat(43);
    const challenge = (await import('node:crypto')).createHash('sha256').update(verifier).digest('base64url');
    const url = new URL(`${sb.origin}/contoso.onmicrosoft.com/oauth2/v2.0/authorize`);
    const redirect = 'http://localhost:1/';
    for (const [k, v] of Object.entries({ client_id: 'fb78d390-0c51-40cd-8e17-fdbfab77341b', response_type: 'code', redirect_uri: redirect, scope: EXO_SCOPE, code_challenge: challenge, code_challenge_method: 'S256', response_mode: 'query' })) {
      url.searchParams.set(k, v);
    }
    const page = await (await fetch(url)).text();
    const fields = new URLSearchParams();
    for (const m of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) fields.set(m[1]!, decodeHtml(m[2]!));
    fields.set('login', 'admin@contoso.onmicrosoft.com');
    fields.set('passwd', ADMIN_PASSWORD);
    const posted = await fetch(url.origin + url.pathname, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: fields, redirect: 'manual' });
    expect(posted.status).toBe(302);
    const code = new URL(posted.headers.get('location')!).searchParams.get('code')!;
    const token = await fetch(`${sb.origin}/contoso.onmicrosoft.com/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', client_id: 'fb78d390-0c51-40cd-8e17-fdbfab77341b', code, redirect_uri: redirect, code_verifier: 'b'.repeat(43), scope: EXO_SCOPE }),
    });
    expect(token.status).toBe(400);
    expect(((await token.json()) as any).error_codes).toEqual([501481]);
  });

  it('shows AADSTS50011 for a redirect URI that is not loopback', async () => {
    const url = `${sb.origin}/contoso.onmicrosoft.com/oauth2/v2.0/authorize?client_id=fb78d390-0c51-40cd-8e17-fdbfab77341b&response_type=code&redirect_uri=${encodeURIComponent('https://evil.example/cb')}&scope=x`;
    const res = await fetch(url);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('AADSTS50011');
  });
});
