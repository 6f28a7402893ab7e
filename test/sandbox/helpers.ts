import tls from 'node:tls';
import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { startSandbox, type RunningSandbox, type SandboxOptions } from '../../src/sandbox/index.js';
import type { ExchangeServiceFactory } from '../../src/sandbox/exchange-mount.js';
import type { CallerIdentity, TenantRef } from '../../src/sandbox/http/types.js';

export const EXO_CLIENT_ID = 'fb78d390-0c51-40cd-8e17-fdbfab77341b';
export const EXO_SCOPE = 'https://outlook.office365.com/.default';
export const ADMIN_PASSWORD = 'P@ssw0rd123!';

/** A stand-in for src/sandbox/exchange: one authenticated route that echoes its caller. */
export function fakeExchange(): { factory: ExchangeServiceFactory; ensured: TenantRef[] } {
  const ensured: TenantRef[] = [];
  const factory: ExchangeServiceFactory = async () => ({
    ensureTenant: async (t) => {
      ensured.push(t);
    },
    routes: [
      {
        method: 'POST',
        pattern: '/adminapi/beta/:tenant/InvokeCommand',
        handler: (_req, params, caller: CallerIdentity) => ({ status: 200, body: { tenant: params.tenant, caller } }),
      },
    ],
    close: async () => {},
  });
  return { factory, ensured };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'exosh-sandbox-test-'));
}

const trusted = new Set<string>();

/** Trusts the sandbox CA in this process, as the shell does; verification stays on. */
export function trustCa(caPem: string): void {
  if (trusted.has(caPem)) return;
  trusted.add(caPem);
  tls.setDefaultCACertificates([...tls.getCACertificates('default'), caPem]);
}

export async function start(o: SandboxOptions = {}): Promise<RunningSandbox & { ensured: TenantRef[] }> {
  const fake = fakeExchange();
  const sb = await startSandbox({ dataDir: tempDir(), exchange: fake.factory, ...o });
  trustCa(sb.caPem);
  return Object.assign(sb, { ensured: fake.ensured });
}

/** One entry of the sandbox's request log (GET /requests on the management API). */
export interface LoggedRequest {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body: string;
}

export async function manage<T = any>(sb: RunningSandbox, method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${sb.managementUri}${path.replace(/^\//, '')}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/**
 * Registers a system-assigned ('automation-exo') and a user-assigned ('uami-exo') identity in contoso and
 * points msal's App Service source at the system one through the process environment.
 */
export async function appServiceIdentities(sb: RunningSandbox, userOptions: Record<string, unknown> = {}): Promise<{ host: any; user: any }> {
  const path = '/tenants/contoso.onmicrosoft.com/managed-identities';
  const host = (await manage(sb, 'POST', path, { kind: 'system', name: 'automation-exo' })).body;
  const user = (await manage(sb, 'POST', path, { kind: 'user', name: 'uami-exo', ...userOptions })).body;
  process.env.IDENTITY_ENDPOINT = host.environment.IDENTITY_ENDPOINT;
  process.env.IDENTITY_HEADER = host.environment.IDENTITY_HEADER;
  return { host, user };
}

export function clearAppServiceEnvironment(): void {
  delete process.env.IDENTITY_ENDPOINT;
  delete process.env.IDENTITY_HEADER;
}

export async function invoke(sb: RunningSandbox, tenant: string, token: string | undefined): Promise<Response> {
  return fetch(`${sb.origin}/adminapi/beta/${tenant}/InvokeCommand`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: {} } }),
  });
}

export function claims(token: string): Record<string, any> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'));
}

export function msalAuth(sb: RunningSandbox, tenant: string, clientId = EXO_CLIENT_ID) {
  const host = new URL(sb.origin).host;
  return { clientId, authority: `${sb.origin}/${tenant}`, knownAuthorities: [host] };
}

export function decodeHtml(s: string): string {
  return s.replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

/** Plays the browser: loads the sign-in page, submits credentials, then delivers the form_post to msal's loopback server. */
export async function browse(url: string, login: string, password: string): Promise<{ signInPage: string; redirectStatus: number }> {
  const page = await (await fetch(url)).text();
  const action = new URL(decodeHtml(/<form method="post" action="([^"]+)"/.exec(page)![1]!), url).toString();
  const fields = new URLSearchParams();
  for (const m of page.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) fields.set(m[1]!, decodeHtml(m[2]!));
  fields.set('login', login);
  fields.set('passwd', password);
  const posted = await (await fetch(action, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: fields })).text();
  const target = decodeHtml(/<form method="post" name="hiddenform" action="([^"]+)"/.exec(posted)![1]!);
  const back = new URLSearchParams();
  for (const m of posted.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) back.set(m[1]!, decodeHtml(m[2]!));
  const res = await fetch(target, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: back });
  await res.text();
  return { signInPage: page, redirectStatus: res.status };
}

export interface TestCertificate {
  certPem: string;
  keyPem: string;
  cert: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
  sha1: string;
  sha256: string;
}

/** A self-signed certificate like New-SelfSignedCertificate makes for app-only auth. */
export function selfSigned(cn: string): TestCertificate {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const key = forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = '01';
  cert.validity.notBefore = new Date(Date.now() - 60_000);
  cert.validity.notAfter = new Date(Date.now() + 365 * 24 * 3600_000);
  cert.setSubject([{ name: 'commonName', value: cn }]);
  cert.setIssuer([{ name: 'commonName', value: cn }]);
  cert.sign(key, forge.md.sha256.create());
  const certPem = forge.pki.certificateToPem(cert);
  const x = new X509Certificate(certPem);
  return { certPem, keyPem, cert, key, sha1: x.fingerprint.replaceAll(':', ''), sha256: x.fingerprint256.replaceAll(':', '') };
}
