import { SignJWT } from 'jose';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, claims, EXO_CLIENT_ID, EXO_SCOPE, invoke, start } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof start>>;

describe('Exchange routes behind the bearer-token check', () => {
  let sb: Sandbox;
  let token: string;
  beforeAll(async () => {
    sb = await start();
    const res = await fetch(`${sb.origin}/contoso.onmicrosoft.com/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: EXO_CLIENT_ID, scope: EXO_SCOPE, username: 'admin@contoso.onmicrosoft.com', password: ADMIN_PASSWORD }),
    });
    token = ((await res.json()) as any).access_token;
  });
  afterAll(() => sb.stop());

  it('answers 401 with the Exchange challenge when the token is missing', async () => {
    const res = await invoke(sb, 'contoso.onmicrosoft.com', undefined);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toContain(`authorization_uri="${sb.origin}/common/oauth2/authorize"`);
    expect(await res.text()).toBe('');
  });

  it('answers 401 for a token signed by someone else', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const forged = await new SignJWT({ ...claims(token) }).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
    expect((await invoke(sb, 'contoso.onmicrosoft.com', forged)).status).toBe(401);
    expect((await invoke(sb, 'contoso.onmicrosoft.com', 'not-a-jwt')).status).toBe(401);
  });

  it('accepts the tenant by GUID or any of its domains, and refuses another tenant with 403', async () => {
    const tid = claims(token).tid;
    expect((await invoke(sb, tid, token)).status).toBe(200);
    expect((await invoke(sb, 'CONTOSO.onmicrosoft.com', token)).status).toBe(200);
    const other = await invoke(sb, 'partner.onmicrosoft.com', token);
    expect(other.status).toBe(403);
    expect(((await other.json()) as any).error.code).toBe('Forbidden');
  });

  it('matches Exchange paths case-insensitively', async () => {
    const res = await fetch(`${sb.origin}/AdminApi/Beta/contoso.onmicrosoft.com/invokecommand`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(200);
  });
});
