import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfidentialClientApplication, type AuthError } from '@azure/msal-node';
import { claims, EXO_SCOPE, invoke, manage, msalAuth, selfSigned, start } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof start>>;
const APP_ID = '12345678-1234-1234-1234-123456789012';

describe('client credentials with msal-node', () => {
  let sb: Sandbox;
  const good = selfSigned('ExchangeOnlineAutomation');
  const other = selfSigned('NotRegistered');
  let secret = '';

  beforeAll(async () => {
    sb = await start();
    const reg = await manage(sb, 'POST', '/tenants/contoso.onmicrosoft.com/apps', { appId: APP_ID, displayName: 'EXO automation', certificatePem: good.certPem });
    expect(reg.status).toBe(201);
    expect(reg.body.certificates[0].thumbprint).toBe(good.sha1);
    const withSecret = await manage(sb, 'POST', '/tenants/contoso.onmicrosoft.com/apps', { appId: APP_ID, generateSecret: true });
    secret = withSecret.body.secret;
    expect(secret).toMatch(/^.{3}8Q~.{34}$/);
  });
  afterAll(() => sb.stop());

  const cca = (clientCredentials: object, tenant = 'contoso.onmicrosoft.com') =>
    new ConfidentialClientApplication({ auth: { ...msalAuth(sb, tenant, APP_ID), ...clientCredentials } });

  it('issues an app-only token for a certificate assertion (SHA-1 x5t)', async () => {
    const r = await cca({ clientCertificate: { thumbprint: good.sha1, privateKey: good.keyPem } }).acquireTokenByClientCredential({ scopes: [EXO_SCOPE] });
    const c = claims(r!.accessToken);
    expect(c).toMatchObject({ aud: 'https://outlook.office365.com', idtyp: 'app', appid: APP_ID, appidacr: '2', roles: ['Exchange.ManageAsApp'] });
    expect(c.wids).toEqual(['29232cdf-9323-42fd-ade2-1d097af3e4de']);
    const body = (await (await invoke(sb, 'contoso.onmicrosoft.com', r!.accessToken)).json()) as any;
    expect(body.caller).toMatchObject({ isApp: true, appId: APP_ID, exchangeRole: 'admin' });
  });

  it('accepts a PS256 assertion named by x5t#S256', async () => {
    const r = await cca({ clientCertificate: { thumbprintSha256: good.sha256, privateKey: good.keyPem } }).acquireTokenByClientCredential({ scopes: [EXO_SCOPE], skipCache: true });
    expect(claims(r!.accessToken).appidacr).toBe('2');
  });

  it('refuses an unregistered certificate with AADSTS700027', async () => {
    const e = (await cca({ clientCertificate: { thumbprint: other.sha1, privateKey: other.keyPem } })
      .acquireTokenByClientCredential({ scopes: [EXO_SCOPE] })
      .catch((x: unknown) => x)) as AuthError & { errorNo?: string };
    expect(e.errorCode).toBe('invalid_client');
    expect(String(e.errorNo)).toBe('700027');
    expect(e.errorMessage).toContain(`Thumbprint of key used by client: '${other.sha1}'`);
  });

  it('refuses a registered thumbprint signed with another key with AADSTS700027', async () => {
    const e = (await cca({ clientCertificate: { thumbprint: good.sha1, privateKey: other.keyPem } })
      .acquireTokenByClientCredential({ scopes: [EXO_SCOPE] })
      .catch((x: unknown) => x)) as AuthError & { errorNo?: string };
    expect(String(e.errorNo)).toBe('700027');
    expect(e.errorMessage).toContain('Client assertion failed signature validation.');
  });

  it('issues a token for the right secret and refuses a wrong one with AADSTS7000215', async () => {
    const r = await cca({ clientSecret: secret }).acquireTokenByClientCredential({ scopes: [EXO_SCOPE] });
    expect(claims(r!.accessToken).appidacr).toBe('1');
    const e = (await cca({ clientSecret: 'not-the-secret' })
      .acquireTokenByClientCredential({ scopes: [EXO_SCOPE] })
      .catch((x: unknown) => x)) as AuthError & { errorNo?: string };
    expect(e.errorCode).toBe('invalid_client');
    expect(String(e.errorNo)).toBe('7000215');
  });

  it('refuses an app that is not registered in the tenant with AADSTS700016', async () => {
    const e = (await cca({ clientSecret: secret }, 'fabrikam.onmicrosoft.com')
      .acquireTokenByClientCredential({ scopes: [EXO_SCOPE] })
      .catch((x: unknown) => x)) as AuthError & { errorNo?: string };
    expect(String(e.errorNo)).toBe('700016');
  });

  it('refuses a resource other than Exchange with AADSTS500011', async () => {
    const e = (await cca({ clientSecret: secret })
      .acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] })
      .catch((x: unknown) => x)) as AuthError & { errorNo?: string };
    expect(String(e.errorNo)).toBe('500011');
  });

  it('gives an app without Exchange.ManageAsApp no Exchange role', async () => {
    const reg = await manage(sb, 'POST', '/tenants/contoso.onmicrosoft.com/apps', { generateSecret: true, manageAsApp: false });
    const app = new ConfidentialClientApplication({ auth: { ...msalAuth(sb, 'contoso.onmicrosoft.com', reg.body.appId), clientSecret: reg.body.secret } });
    const r = await app.acquireTokenByClientCredential({ scopes: [EXO_SCOPE] });
    expect(claims(r!.accessToken).roles).toEqual([]);
    const body = (await (await invoke(sb, 'contoso.onmicrosoft.com', r!.accessToken)).json()) as any;
    expect(body.caller.exchangeRole).toBe('none');
  });
});
