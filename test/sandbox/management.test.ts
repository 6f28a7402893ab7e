import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, EXO_CLIENT_ID, EXO_SCOPE, invoke, manage, start } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof start>>;

describe('management API', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await start({ mailboxes: 20 });
  });
  afterAll(() => sb.stop());

  it('describes the sandbox', async () => {
    const info = (await manage(sb, 'GET', '/')).body;
    expect(info).toMatchObject({ connectionUri: sb.origin, authorityUri: `${sb.origin}/organizations`, caFile: sb.caFile, managementUri: sb.managementUri });
  });

  it('creates tenants with a deterministic id, an admin and an initial domain, and tells the Exchange side', async () => {
    const t = await manage(sb, 'POST', '/tenants', { domain: 'Northwind.com', mailboxes: 3, seed: 9 });
    expect(t.status).toBe(201);
    expect(t.body.domains).toEqual(['northwind.com', 'northwind.onmicrosoft.com']);
    expect(t.body.tenantId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(sb.ensured.at(-1)).toEqual({ tenantId: t.body.tenantId, domain: 'northwind.com' });
    const users = (await manage(sb, 'GET', '/tenants/northwind.onmicrosoft.com/users')).body.value;
    expect(users).toEqual([expect.objectContaining({ userPrincipalName: 'admin@northwind.com', exchangeRole: 'admin', mfa: false })]);
    expect(users[0].password).toBeUndefined();
  });

  it('answers clear errors for bad input', async () => {
    expect((await manage(sb, 'POST', '/tenants', { domain: 'not a domain' })).body.error).toEqual({ code: 'BadRequest', message: "'not a domain' is not a valid domain name." });
    expect((await manage(sb, 'POST', '/tenants', { domain: 'northwind.com' })).status).toBe(409);
    expect((await manage(sb, 'GET', '/tenants/nope.example')).status).toBe(404);
    const wrongDomain = await manage(sb, 'POST', '/tenants/northwind.com/users', { userPrincipalName: 'x@contoso.onmicrosoft.com', password: 'p' });
    expect(wrongDomain.status).toBe(400);
    expect(wrongDomain.body.error.message).toContain('is not a domain of tenant northwind.com');
    expect((await manage(sb, 'POST', '/tenants/northwind.com/apps', { certificatePem: 'garbage' })).status).toBe(400);
    expect((await manage(sb, 'POST', '/tenants/northwind.com/apps', { appId: 'not-a-guid' })).status).toBe(400);
    expect((await manage(sb, 'POST', '/tenants/northwind.com/users', { userPrincipalName: 'y@northwind.com', password: 'p', exchangeRole: 'god' })).status).toBe(400);
    const badJson = await fetch(`${sb.managementUri}tenants`, { method: 'POST', body: '{' });
    expect(badJson.status).toBe(400);
  });

  it('logs requests with credentials redacted, and clears the log', async () => {
    await manage(sb, 'DELETE', '/requests');
    const res = await fetch(`${sb.origin}/contoso.onmicrosoft.com/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'password', client_id: EXO_CLIENT_ID, scope: EXO_SCOPE, username: 'admin@contoso.onmicrosoft.com', password: ADMIN_PASSWORD }),
    });
    const token = ((await res.json()) as any).access_token;
    await invoke(sb, 'contoso.onmicrosoft.com', token);
    const log = (await manage(sb, 'GET', '/requests')).body.value;
    expect(log).toHaveLength(2);
    expect(log[0]).toMatchObject({ method: 'POST', path: '/contoso.onmicrosoft.com/oauth2/v2.0/token' });
    const form = new URLSearchParams(log[0].body);
    expect(form.get('password')).toBe('<redacted>');
    expect(form.get('username')).toBe('admin@contoso.onmicrosoft.com');
    expect(log[1].headers.authorization).toBe('Bearer <redacted>');
    expect(JSON.parse(log[1].body).CmdletInput.CmdletName).toBe('Get-Mailbox');
    expect(JSON.stringify(log)).not.toContain(token);
    expect((await manage(sb, 'DELETE', '/requests')).status).toBe(204);
    expect((await manage(sb, 'GET', '/requests')).body.value).toEqual([]);
  });
});
