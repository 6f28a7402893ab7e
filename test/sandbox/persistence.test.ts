import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, claims, EXO_CLIENT_ID, EXO_SCOPE, invoke, manage, start, tempDir } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof start>>;

async function password(sb: Sandbox, username: string, pw: string): Promise<Response> {
  return fetch(`${sb.origin}/organizations/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: EXO_CLIENT_ID, scope: `${EXO_SCOPE} offline_access`, username, password: pw }),
  });
}

describe('persistence across a restart', () => {
  it('keeps the CA, the signing key and the directory in the data dir', async () => {
    const dataDir = tempDir();
    const first = await start({ dataDir });
    await manage(first, 'POST', '/tenants', { domain: 'primary.onmicrosoft.com', mailboxes: 12, seed: 7 });
    await manage(first, 'POST', '/tenants/primary.onmicrosoft.com/users', { userPrincipalName: 'ops@primary.onmicrosoft.com', password: 'Ops#Pass1', exchangeRole: 'read-only' });
    const app = (await manage(first, 'POST', '/tenants/primary.onmicrosoft.com/apps', { generateSecret: true })).body;
    await manage(first, 'POST', '/tenants/primary.onmicrosoft.com/managed-identities', { kind: 'system' });
    await manage(first, 'POST', '/partners', { partner: 'contoso.onmicrosoft.com', customer: 'primary.onmicrosoft.com' });
    const signedIn = (await (await password(first, 'ops@primary.onmicrosoft.com', 'Ops#Pass1')).json()) as any;
    const caPem = first.caPem;
    await first.stop();

    const second = await start({ dataDir });
    try {
      expect(second.caPem).toBe(caPem);
      expect(readFileSync(second.caFile, 'utf8')).toBe(caPem);
      // Every known tenant is announced to the Exchange side again, with its own mailbox count and seed.
      expect(second.ensured.map((t) => t.domain).sort()).toEqual(['contoso.onmicrosoft.com', 'primary.onmicrosoft.com']);
      const detail = (await manage(second, 'GET', '/tenants/primary.onmicrosoft.com')).body;
      expect(detail).toMatchObject({ mailboxes: 12, seed: 7 });
      expect(detail.users.map((u: any) => u.userPrincipalName).sort()).toEqual(['admin@primary.onmicrosoft.com', 'ops@primary.onmicrosoft.com']);
      expect(detail.apps[0].appId).toBe(app.appId);
      expect(detail.managedIdentities).toHaveLength(1);
      expect(detail.partners).toHaveLength(1);

      // Tokens and refresh tokens issued before the restart still verify.
      expect((await invoke(second, 'primary.onmicrosoft.com', signedIn.access_token)).status).toBe(200);
      const refreshed = await fetch(`${second.origin}/primary.onmicrosoft.com/oauth2/v2.0/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ grant_type: 'refresh_token', client_id: EXO_CLIENT_ID, scope: EXO_SCOPE, refresh_token: signedIn.refresh_token }),
      });
      expect(refreshed.status).toBe(200);
      expect(claims(((await refreshed.json()) as any).access_token).upn).toBe('ops@primary.onmicrosoft.com');
      expect((await password(second, 'ops@primary.onmicrosoft.com', 'Ops#Pass1')).status).toBe(200);

      // Writes go through a temporary file and a rename: none is left behind, and secrets are stored hashed.
      const files = readdirSync(join(dataDir, 'identity'));
      expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
      const stored = readFileSync(join(dataDir, 'identity', 'directory.json'), 'utf8');
      expect(stored).not.toContain('Ops#Pass1');
      expect(stored).not.toContain(app.secret);
      expect(stored).not.toContain(ADMIN_PASSWORD);
    } finally {
      await second.stop();
    }
  });

  it('does not create tenants on the fly with auto-provisioning off', async () => {
    const sb = await start({ autoProvision: false });
    try {
      const res = await password(sb, 'admin@nowhere.onmicrosoft.com', ADMIN_PASSWORD);
      expect(res.status).toBe(400);
      expect(((await res.json()) as any).error_codes).toEqual([50034]);
      const disc = await fetch(`${sb.origin}/nowhere.onmicrosoft.com/v2.0/.well-known/openid-configuration`);
      expect(disc.status).toBe(400);
      const body = (await disc.json()) as any;
      expect(body.error).toBe('invalid_tenant');
      expect(body.error_codes).toEqual([90002]);
      expect((await manage(sb, 'GET', '/tenants')).body.value.map((t: any) => t.domain)).toEqual(['contoso.onmicrosoft.com']);
    } finally {
      await sb.stop();
    }
  });
});

describe('a damaged directory file', () => {
  it('stops start-up with a message that names the file', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const dataDir = tempDir();
    mkdirSync(join(dataDir, 'identity'), { recursive: true });
    writeFileSync(join(dataDir, 'identity', 'directory.json'), '{"version": 1, "tenants": [');
    await expect(start({ dataDir })).rejects.toThrow(/The sandbox directory .*directory\.json cannot be read .*move it away/);
  });
});
