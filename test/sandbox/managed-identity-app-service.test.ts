import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManagedIdentityApplication } from '@azure/msal-node';
import { appServiceIdentities, clearAppServiceEnvironment, claims, invoke, manage, start } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof start>>;

// msal-node picks its managed identity source once per process, so App Service and IMDS are tested in separate files.
describe('managed identity, App Service shape, with msal-node', () => {
  let sb: Sandbox;
  let host: any;
  let user: any;
  beforeAll(async () => {
    sb = await start();
    ({ host, user } = await appServiceIdentities(sb));
  });
  afterAll(async () => {
    clearAppServiceEnvironment();
    await sb.stop();
  });

  it('issues a token for the system-assigned identity', async () => {
    const r = await new ManagedIdentityApplication().acquireToken({ resource: 'https://outlook.office365.com' });
    const c = claims(r.accessToken);
    expect(c).toMatchObject({ aud: 'https://outlook.office365.com', idtyp: 'app', appid: host.clientId, oid: host.objectId, roles: ['Exchange.ManageAsApp'], xms_mirid: host.resourceId });
    expect(r.expiresOn!.getTime()).toBeGreaterThan(Date.now() + 3500_000);
    const body = (await (await invoke(sb, 'contoso.onmicrosoft.com', r.accessToken)).json()) as any;
    expect(body.caller).toMatchObject({ isApp: true, appId: host.clientId, exchangeRole: 'admin' });

    const log = (await manage(sb, 'GET', '/requests')).body.value as Array<{ path: string; query: string; headers: Record<string, string> }>;
    const call = log.find((e) => e.path === '/msi/token')!;
    const q = new URLSearchParams(call.query);
    expect(q.get('api-version')).toBe('2019-08-01');
    expect(q.get('resource')).toBe('https://outlook.office365.com');
    expect(call.headers['x-identity-header']).toBe(host.environment.IDENTITY_HEADER);
  });

  it('issues a token for a user-assigned identity chosen by client id', async () => {
    const r = await new ManagedIdentityApplication({ managedIdentityIdParams: { userAssignedClientId: user.clientId } }).acquireToken({ resource: 'https://outlook.office365.com/.default' });
    expect(claims(r.accessToken)).toMatchObject({ appid: user.clientId, oid: user.objectId });
  });

  it('refuses an unknown user-assigned identity', async () => {
    const e = await new ManagedIdentityApplication({ managedIdentityIdParams: { userAssignedClientId: '00000000-0000-0000-0000-000000000001' } })
      .acquireToken({ resource: 'https://outlook.office365.com' })
      .catch((x: unknown) => x as Error);
    expect(String((e as Error).message)).toContain('No managed identity found for specified ClientId/ResourceId/PrincipalId.');
  });

  it('refuses a request without the identity header', async () => {
    const res = await fetch(`${host.environment.IDENTITY_ENDPOINT}?api-version=2019-08-01&resource=https://outlook.office365.com`);
    expect(res.status).toBe(401);
  });
});
