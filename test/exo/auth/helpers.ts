import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { start, type TestCertificate } from '../../sandbox/helpers.js';
import type { AuthEnvironment, AuthPrompts } from '../../../src/exo/auth/token-provider.js';

export { ADMIN_PASSWORD, appServiceIdentities, browse, clearAppServiceEnvironment, claims, invoke, manage, selfSigned, type TestCertificate } from '../../sandbox/helpers.js';
export { start };
export type Sandbox = Awaited<ReturnType<typeof start>>;

export const RESOURCE = 'https://outlook.office365.com';
export const EXO_CLIENT_ID = 'fb78d390-0c51-40cd-8e17-fdbfab77341b';

export function tempDir(prefix = 'exosh-auth-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Prompts that record what sign-in showed; the browser is whatever the test supplies. */
export interface RecordingPrompts extends AuthPrompts {
  deviceMessages: string[];
  warnings: string[];
  opened: string[];
}

export function recordingPrompts(browser?: (url: string) => Promise<void>, canOpen = true): RecordingPrompts {
  const p: RecordingPrompts = {
    deviceMessages: [],
    warnings: [],
    opened: [],
    deviceCode: (m) => void p.deviceMessages.push(m),
    warn: (m) => void p.warnings.push(m),
    canOpenBrowser: () => canOpen,
    openBrowser: async (url) => {
      p.opened.push(url);
      if (!browser) throw new Error('no browser in tests');
      await browser(url);
    },
  };
  return p;
}

/** An environment pointing at the sandbox, as the connections layer builds it from -AzureADAuthorizationEndpointUri. */
export function sandboxEnv(sb: Sandbox, over: Partial<AuthEnvironment> = {}): AuthEnvironment & { prompts: RecordingPrompts } {
  return {
    authorityHost: sb.origin,
    resource: RESOURCE,
    clientId: EXO_CLIENT_ID,
    tenant: 'organizations',
    cacheDir: join(tempDir(), 'cache'),
    prompts: recordingPrompts(),
    processEnv: { DISPLAY: ':0' },
    ...over,
  } as AuthEnvironment & { prompts: RecordingPrompts };
}

/** A PFX: 'modern' is AES-256 (PBES2), 'legacy' is 3DES, as `openssl pkcs12 -legacy` writes. */
export function pfx(c: TestCertificate, password: string, kind: 'modern' | 'legacy'): Buffer {
  const asn1 = forge.pkcs12.toPkcs12Asn1(c.key, [c.cert], password, { algorithm: kind === 'modern' ? 'aes256' : '3des' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}

/** Catches a rejection so a test can inspect it. */
export async function failure(p: Promise<unknown>): Promise<Error & { errorId?: string; detail?: string }> {
  try {
    await p;
  } catch (e) {
    return e as Error & { errorId?: string; detail?: string };
  }
  throw new Error('expected a failure');
}
