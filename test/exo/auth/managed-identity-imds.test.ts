import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../src/exo/auth/token-provider.js';
import { claims, invoke, manage, sandboxEnv, start, type Sandbox } from './helpers.js';

// A separate file because msal-node picks its managed identity source once per process.
describe('managed identity sign-in (IMDS) against the sandbox', () => {
  let sb: Sandbox;
  let vm: any;
  beforeAll(async () => {
    sb = await start();
    vm = (await manage(sb, 'POST', '/tenants/contoso.onmicrosoft.com/managed-identities', { kind: 'system', name: 'vm-exo' })).body;
    // msal-node's IMDS source honours this variable as the IMDS host.
    process.env.AZURE_POD_IDENTITY_AUTHORITY_HOST = vm.environment.AZURE_POD_IDENTITY_AUTHORITY_HOST;
  });
  afterAll(async () => {
    delete process.env.AZURE_POD_IDENTITY_AUTHORITY_HOST;
    await sb.stop();
  });

  it("signs in as the VM's system-assigned identity with the Metadata header", async () => {
    const p = await signIn({ method: 'managed-identity', organization: 'contoso.onmicrosoft.com' }, sandboxEnv(sb));
    const t = await p.getToken();
    expect(claims(t.token)).toMatchObject({ appid: vm.clientId, idtyp: 'app' });
    expect((await invoke(sb, 'contoso.onmicrosoft.com', t.token)).status).toBe(200);
    const log = (await manage(sb, 'GET', '/requests')).body.value as Array<{ path: string; query: string; headers: Record<string, string> }>;
    const call = log.find((e) => /\/metadata\/identity\/oauth2\/token\/?$/.test(e.path))!;
    expect(call.headers.metadata).toBe('true');
    expect(new URLSearchParams(call.query).get('resource')).toBe('https://outlook.office365.com');
  });
});
