import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, EXO_CLIENT_ID, EXO_SCOPE, start } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof start>>;

describe('OIDC discovery, instance discovery and keys', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await start();
  });
  afterAll(() => sb.stop());

  it('serves a per-tenant document whose issuer and endpoints are on the sandbox origin', async () => {
    const doc = (await (await fetch(`${sb.origin}/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration`)).json()) as any;
    const tenants = (await (await fetch(`${sb.managementUri}tenants`)).json()) as any;
    const tid = tenants.value[0].tenantId;
    expect(doc.issuer).toBe(`${sb.origin}/${tid}/v2.0`);
    expect(doc.token_endpoint).toBe(`${sb.origin}/contoso.onmicrosoft.com/oauth2/v2.0/token`);
    expect(doc.device_authorization_endpoint).toBe(`${sb.origin}/contoso.onmicrosoft.com/oauth2/v2.0/devicecode`);
    expect(doc.response_modes_supported).toContain('form_post');
  });

  it('serves /organizations and /common with the {tenantid} issuer placeholder', async () => {
    for (const seg of ['organizations', 'common']) {
      const doc = (await (await fetch(`${sb.origin}/${seg}/v2.0/.well-known/openid-configuration`)).json()) as any;
      expect(doc.issuer).toBe(`${sb.origin}/{tenantid}/v2.0`);
      expect(doc.authorization_endpoint).toBe(`${sb.origin}/${seg}/oauth2/v2.0/authorize`);
    }
  });

  it('serves instance discovery', async () => {
    const host = new URL(sb.origin).host;
    const r = (await (await fetch(`${sb.origin}/common/discovery/instance?api-version=1.1&authorization_endpoint=${encodeURIComponent(`${sb.origin}/common/oauth2/v2.0/authorize`)}`)).json()) as any;
    expect(r.tenant_discovery_endpoint).toBe(`${sb.origin}/common/v2.0/.well-known/openid-configuration`);
    expect(r.metadata[0].aliases).toEqual([host]);
  });

  it('publishes the key its access tokens verify with', async () => {
    const res = await fetch(`${sb.origin}/contoso.onmicrosoft.com/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: EXO_CLIENT_ID, scope: EXO_SCOPE, username: 'admin@contoso.onmicrosoft.com', password: ADMIN_PASSWORD }),
    });
    const token = ((await res.json()) as any).access_token as string;
    const jwks = createRemoteJWKSet(new URL(`${sb.origin}/common/discovery/v2.0/keys`));
    const { payload, protectedHeader } = await jwtVerify(token, jwks, { audience: 'https://outlook.office365.com' });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload.iss).toBe(`https://sts.windows.net/${payload.tid}/`);
  });

  it('refuses ROPC on /common with AADSTS9001023', async () => {
    const res = await fetch(`${sb.origin}/common/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: EXO_CLIENT_ID, scope: EXO_SCOPE, username: 'admin@contoso.onmicrosoft.com', password: ADMIN_PASSWORD }),
    });
    expect(((await res.json()) as any).error_codes).toEqual([9001023]);
  });
});
