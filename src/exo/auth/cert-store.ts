import { readdirSync, readFileSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { configDir, ensurePrivateDir } from './config-dir.js';
import { credentialFromPem, thumbprintsOf, type CertificateCredential } from './certificate-loader.js';
import { SignInError } from './sign-in-error.js';

/**
 * The local certificate store, our equivalent of Windows' Cert:\CurrentUser\My on Linux and macOS.
 * Like that store it keeps key pairs: one `<SHA1-THUMBPRINT>.pem` per certificate (certificate, then its
 * private key if it has one), 0600 in a 0700 folder. Thumbprints are always computed from the certificate,
 * never trusted from a file name. PFX passwords are never stored.
 */
export interface StoredCertificate {
  thumbprint: string;
  thumbprintSha256: string;
  subject: string;
  notAfter: Date;
  hasPrivateKey: boolean;
  path: string;
}

export function certStoreDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(configDir(env), 'certs');
}

export class CertStore {
  constructor(readonly dir: string = certStoreDir()) {}

  /** Adds (or replaces) a certificate with its optional private key; returns what was stored. */
  add(entry: { certificatePem: string; privateKeyPem?: string }): StoredCertificate {
    const { thumbprint } = thumbprintsOf(entry.certificatePem);
    if (entry.privateKeyPem) credentialFromPem(`${entry.certificatePem}\n${entry.privateKeyPem}`, 'the certificate');
    ensurePrivateDir(this.dir);
    const path = join(this.dir, `${thumbprint}.pem`);
    const tmp = `${path}.${process.pid}.tmp`;
    // LF only: a stray \r in a PEM handed to msal breaks the assertion signature (AADSTS700027).
    const text = `${entry.certificatePem.trim()}\n${entry.privateKeyPem ? `${entry.privateKeyPem.trim()}\n` : ''}`.replace(/\r\n/g, '\n');
    writeFileSync(tmp, text, { mode: 0o600 });
    renameSync(tmp, path);
    return this.describe(path)!;
  }

  list(): StoredCertificate[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    return names
      .filter((n) => n.endsWith('.pem'))
      .map((n) => this.describe(join(this.dir, n)))
      .filter((c): c is StoredCertificate => c !== undefined)
      .sort((a, b) => a.subject.localeCompare(b.subject));
  }

  /** The stored entry whose computed SHA-1 thumbprint matches (case and separators ignored). */
  find(thumbprint: string): StoredCertificate | undefined {
    const want = normalizeThumbprint(thumbprint);
    return this.list().find((c) => c.thumbprint === want);
  }

  /** The key pair for app-only sign-in; a clear error when it is missing or has no private key. */
  get(thumbprint: string): CertificateCredential {
    const entry = this.find(thumbprint);
    if (!entry) throw new SignInError(`No certificate with thumbprint ${normalizeThumbprint(thumbprint)} was found in the certificate store (${this.dir}).`, 'CertificateNotFound');
    if (!entry.hasPrivateKey) throw new SignInError(`The certificate ${entry.thumbprint} in the certificate store has no private key.`, 'CertificateKeyMissing');
    return credentialFromPem(readFileSync(entry.path, 'utf8'), `the stored certificate ${entry.thumbprint}`);
  }

  /** The certificate alone, PEM, as Export-Certificate writes it. */
  certificatePem(thumbprint: string): string | undefined {
    const entry = this.find(thumbprint);
    return entry && /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(readFileSync(entry.path, 'utf8'))?.[0];
  }

  remove(thumbprint: string): boolean {
    const entry = this.find(thumbprint);
    if (!entry) return false;
    rmSync(entry.path, { force: true });
    return true;
  }

  private describe(path: string): StoredCertificate | undefined {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
    const cert = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(text)?.[0];
    if (!cert) return undefined;
    try {
      return { ...thumbprintsOf(cert), hasPrivateKey: /PRIVATE KEY-----/.test(text), path };
    } catch {
      return undefined;
    }
  }
}

export function normalizeThumbprint(t: string): string {
  return t.replace(/[\s:]/g, '').toUpperCase();
}
