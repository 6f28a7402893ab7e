import tls from 'node:tls';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { PublicClientApplication } from '@azure/msal-node';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';
import { ExoClient, type ExoClientOptions, type TokenSource } from '../../../src/exo/client/exo-client.js';
import { manage, type LoggedRequest } from '../../sandbox/helpers.js';

export { manage, type LoggedRequest };

export const EXO_CLIENT_ID = 'fb78d390-0c51-40cd-8e17-fdbfab77341b';
export const EXO_SCOPE = 'https://outlook.office365.com/.default';
export const PASSWORD = 'P@ssw0rd123!';

const trusted = new Set<string>();

/** The sandbox over real HTTPS, its CA trusted in this process (verification stays on). */
export async function sandbox(mailboxes = 30): Promise<RunningSandbox> {
  const sb = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'exo-client-test-')), autoApprove: true, mailboxes });
  if (!trusted.has(sb.caPem)) {
    trusted.add(sb.caPem);
    tls.setDefaultCACertificates([...tls.getCACertificates('default'), sb.caPem]);
  }
  return sb;
}

/** Requests the sandbox received on the Exchange admin API, oldest first. */
export async function adminRequests(sb: RunningSandbox): Promise<LoggedRequest[]> {
  const { body } = await manage<{ value: LoggedRequest[] }>(sb, 'GET', '/requests');
  return body.value.filter((r) => /^\/adminapi\//i.test(r.path));
}

export async function clearLog(sb: RunningSandbox): Promise<void> {
  await manage(sb, 'DELETE', '/requests');
}

/** Real msal-node sign-in (ROPC); a forced refresh signs in again, so the token is new. */
export function userTokens(sb: RunningSandbox, tenant: string, username: string, password = PASSWORD): TokenSource & { refreshes: number } {
  const host = new URL(sb.origin).host;
  const pca = new PublicClientApplication({ auth: { clientId: EXO_CLIENT_ID, authority: `${sb.origin}/${tenant}`, knownAuthorities: [host] } });
  let current: { token: string; expiresOn: Date } | undefined;
  const source = {
    refreshes: 0,
    async getToken(o?: { forceRefresh?: boolean }) {
      if (!current || o?.forceRefresh) {
        if (current) source.refreshes++;
        const r = await pca.acquireTokenByUsernamePassword({ scopes: [EXO_SCOPE], username, password });
        current = { token: r!.accessToken, expiresOn: r!.expiresOn ?? new Date(Date.now() + 3600_000) };
      }
      return current;
    },
  };
  return source;
}

export function client(sb: RunningSandbox, tenant: string, tokens: TokenSource, o: Partial<ExoClientOptions> = {}): ExoClient {
  return new ExoClient({
    baseUri: sb.connectionUri,
    tenant,
    tokens,
    connectionId: randomUUID(),
    moduleVersion: '3.9.0',
    retry: { baseDelayMs: 20, maxDelayMs: 200 },
    ...o,
  });
}

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
