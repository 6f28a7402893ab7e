import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../src/exo/auth/token-provider.js';
import { appServiceIdentities, clearAppServiceEnvironment, claims, failure, invoke, manage, sandboxEnv, start, type Sandbox } from './helpers.js';

// msal-node picks its managed identity source once per process, so this file uses the App Service shape only.
describe('managed identity sign-in (App Service variables) against the sandbox', () => {
  let sb: Sandbox;
  let host: any;
  let user: any;
  beforeAll(async () => {
    sb = await start();
    ({ host, user } = await appServiceIdentities(sb, { exchangeRole: 'read-only' }));
  });
  afterAll(async () => {
    clearAppServiceEnvironment();
    await sb.stop();
  });

  it('signs in as the system-assigned identity', async () => {
    const p = await signIn({ method: 'managed-identity', organization: 'contoso.onmicrosoft.com' }, sandboxEnv(sb));
    const t = await p.getToken();
    expect(p.method).toBe('managed-identity');
    expect(claims(t.token)).toMatchObject({ idtyp: 'app', appid: host.clientId, aud: 'https://outlook.office365.com' });
    expect(p.account).toMatchObject({ appId: host.clientId, objectId: host.objectId, tenantId: claims(t.token).tid });
    const body = (await (await invoke(sb, 'contoso.onmicrosoft.com', t.token)).json()) as any;
    expect(body.caller).toMatchObject({ isApp: true, appId: host.clientId, exchangeRole: 'admin' });
  });

  it('signs in as a user-assigned identity chosen by -ManagedIdentityAccountId', async () => {
    const p = await signIn({ method: 'managed-identity', organization: 'contoso.onmicrosoft.com', clientId: user.clientId }, sandboxEnv(sb));
    const body = (await (await invoke(sb, 'contoso.onmicrosoft.com', (await p.getToken()).token)).json()) as any;
    expect(body.caller).toMatchObject({ appId: user.clientId, exchangeRole: 'read-only' });
  });

  it('renews on forceRefresh (a 401 with claims) by asking the endpoint again', async () => {
    const p = await signIn({ method: 'managed-identity', organization: 'contoso.onmicrosoft.com' }, sandboxEnv(sb));
    await manage(sb, 'DELETE', '/requests');
    await p.getToken({ forceRefresh: true });
    const log = (await manage(sb, 'GET', '/requests')).body.value as Array<{ path: string }>;
    expect(log.filter((e) => e.path === '/msi/token')).toHaveLength(1);
  });

  it('says when the user-assigned identity is not assigned', async () => {
    const e = await failure(signIn({ method: 'managed-identity', organization: 'contoso.onmicrosoft.com', clientId: '00000000-0000-0000-0000-000000000001' }, sandboxEnv(sb)));
    expect(e.message).toBe(
      'The requested identity has not been assigned to this resource: no user-assigned managed identity with client id 00000000-0000-0000-0000-000000000001. Check -ManagedIdentityAccountId.',
    );
  });

  it('requires -Organization, as the module does', async () => {
    const e = await failure(signIn({ method: 'managed-identity', organization: '' }, sandboxEnv(sb)));
    expect(e.message).toBe('Organization cannot be null for Managed Identity based connections.');
  });
});
