import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManagedIdentityApplication } from '@azure/msal-node';
import { claims, invoke, manage, start } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof start>>;

describe('managed identity, IMDS shape, with msal-node', () => {
  let sb: Sandbox;
  let vm: any;
  let user: any;
  beforeAll(async () => {
    sb = await start();
    vm = (await manage(sb, 'POST', '/tenants/contoso.onmicrosoft.com/managed-identities', { kind: 'system', name: 'vm-exo' })).body;
    user = (await manage(sb, 'POST', '/tenants/contoso.onmicrosoft.com/managed-identities', { kind: 'user', exchangeRole: 'read-only' })).body;
    // msal-node's IMDS source honours this variable as the IMDS host.
    process.env.AZURE_POD_IDENTITY_AUTHORITY_HOST = vm.environment.AZURE_POD_IDENTITY_AUTHORITY_HOST;
  });
  afterAll(async () => {
    delete process.env.AZURE_POD_IDENTITY_AUTHORITY_HOST;
    await sb.stop();
  });

  it('issues a token for the VM identity with the Metadata header', async () => {
    const r = await new ManagedIdentityApplication().acquireToken({ resource: 'https://outlook.office365.com' });
    expect(claims(r.accessToken)).toMatchObject({ appid: vm.clientId, idtyp: 'app' });
    expect((await invoke(sb, 'contoso.onmicrosoft.com', r.accessToken)).status).toBe(200);
    const log = (await manage(sb, 'GET', '/requests')).body.value as Array<{ path: string; query: string; headers: Record<string, string> }>;
    const call = log.find((e) => /\/metadata\/identity\/oauth2\/token\/?$/.test(e.path))!;
    expect(call.headers.metadata).toBe('true');
    expect(new URLSearchParams(call.query).get('api-version')).toBe('2018-02-01');
  });

  it('issues a token for a user-assigned identity, with its role', async () => {
    const r = await new ManagedIdentityApplication({ managedIdentityIdParams: { userAssignedClientId: user.clientId } }).acquireToken({ resource: 'https://outlook.office365.com' });
    const body = (await (await invoke(sb, 'contoso.onmicrosoft.com', r.accessToken)).json()) as any;
    expect(body.caller).toMatchObject({ appId: user.clientId, exchangeRole: 'read-only' });
  });

  it('requires the Metadata header, as IMDS does', async () => {
    const res = await fetch(`${vm.environment.AZURE_POD_IDENTITY_AUTHORITY_HOST}/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://outlook.office365.com`);
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error_description).toBe('Required metadata header not specified');
  });
});
