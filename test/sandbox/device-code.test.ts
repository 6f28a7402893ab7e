import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PublicClientApplication } from '@azure/msal-node';
import { ADMIN_PASSWORD, claims, EXO_SCOPE, invoke, manage, msalAuth, start } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof start>>;

describe('device code with msal-node', () => {
  describe('auto-approve', () => {
    let sb: Sandbox;
    beforeAll(async () => {
      sb = await start({ autoApprove: true });
    });
    afterAll(() => sb.stop());

    it('approves at once as the admin of the default tenant for /organizations', async () => {
      const pca = new PublicClientApplication({ auth: msalAuth(sb, 'organizations') });
      const messages: string[] = [];
      const r = await pca.acquireTokenByDeviceCode({ scopes: [EXO_SCOPE], deviceCodeCallback: (d) => messages.push(d.message) });
      expect(messages[0]).toMatch(new RegExp(`^To sign in, use a web browser to open the page ${sb.origin}/devicelogin and enter the code [A-Z0-9]{9} to authenticate\\.$`));
      expect(claims(r!.accessToken).upn).toBe('admin@contoso.onmicrosoft.com');
      expect((await invoke(sb, 'contoso.onmicrosoft.com', r!.accessToken)).status).toBe(200);
    });

    it('approves as the admin of the tenant the authority names, creating it on the fly', async () => {
      const pca = new PublicClientApplication({ auth: msalAuth(sb, '365adviser.com') });
      const r = await pca.acquireTokenByDeviceCode({ scopes: [EXO_SCOPE], deviceCodeCallback: () => {} });
      expect(claims(r!.accessToken).upn).toBe('admin@365adviser.com');
      expect(sb.ensured.map((t) => t.domain)).toContain('365adviser.com');
    });
  });

  describe('approval through the verification page', () => {
    let sb: Sandbox;
    beforeAll(async () => {
      sb = await start();
      await manage(sb, 'POST', '/tenants/contoso.onmicrosoft.com/users', { userPrincipalName: 'mfa.admin@contoso.onmicrosoft.com', password: 'Secret#1', mfa: true });
    });
    afterAll(() => sb.stop());

    it('stays pending until the user enters the code and signs in (MFA users included)', async () => {
      const pca = new PublicClientApplication({ auth: msalAuth(sb, 'contoso.onmicrosoft.com') });
      let approval: Promise<Response> | undefined;
      let page = '';
      const pending = pca.acquireTokenByDeviceCode({
        scopes: [EXO_SCOPE],
        deviceCodeCallback: (d) => {
          approval = (async () => {
            page = await (await fetch(d.verificationUri)).text();
            const wrong = await fetch(d.verificationUri, {
              method: 'POST',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: new URLSearchParams({ otc: d.userCode, login: 'mfa.admin@contoso.onmicrosoft.com', passwd: 'wrong' }),
            });
            expect(wrong.status).toBe(400);
            expect(await wrong.text()).toContain('AADSTS50126');
            return fetch(d.verificationUri, {
              method: 'POST',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: new URLSearchParams({ otc: d.userCode.toLowerCase(), login: 'mfa.admin@contoso.onmicrosoft.com', passwd: 'Secret#1' }),
            });
          })();
        },
      });
      const r = await pending;
      const approved = await approval!;
      expect(page).toContain('<input name="otc"');
      expect(approved.status).toBe(200);
      expect(await approved.text()).toContain('You may now close this window');
      const c = claims(r!.accessToken);
      expect(c.upn).toBe('mfa.admin@contoso.onmicrosoft.com');
      expect(c.amr).toEqual(['pwd', 'mfa']);
      const log = (await manage(sb, 'GET', '/requests')).body.value as Array<{ path: string; body: string }>;
      const polls = log.filter((e) => e.path.endsWith('/oauth2/v2.0/token'));
      expect(polls.length).toBeGreaterThanOrEqual(2);
      expect(new URLSearchParams(polls[0]!.body).get('grant_type')).toBe('device_code');
    }, 20_000);

    it('refuses an unknown code on the page', async () => {
      const res = await fetch(`${sb.origin}/devicelogin`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ otc: 'NOTACODE1', login: 'admin@contoso.onmicrosoft.com', passwd: ADMIN_PASSWORD }),
      });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain('That code didn&#39;t work');
    });
  });
});
