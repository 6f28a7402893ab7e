import { randomBytes, scryptSync, timingSafeEqual, X509Certificate } from 'node:crypto';
import type { CertificateCredential, PasswordHash } from './model.js';

/** Passwords and client secrets are kept only as salted hashes. */
export function hashSecret(value: string): PasswordHash {
  const salt = randomBytes(16);
  return { salt: salt.toString('base64'), hash: scryptSync(value, salt, 32, { N: 1024 }).toString('base64') };
}

export function secretMatches(value: string, stored: PasswordHash): boolean {
  const actual = scryptSync(value, Buffer.from(stored.salt, 'base64'), 32, { N: 1024 });
  const expected = Buffer.from(stored.hash, 'base64');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A client secret in the portal's style: 40 characters with a `~` after the key's three-character prefix. */
export function newClientSecret(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(37);
  const body = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
  return `${body.slice(0, 3)}8Q~${body.slice(3)}`;
}

export class CertificateFormatError extends Error {}

/** Reads the first certificate of a PEM text (a PEM that also holds a key or bag attributes is fine). */
export function certificateCredential(pem: string): CertificateCredential {
  const m = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem);
  if (!m) throw new CertificateFormatError('The certificate must be PEM text containing a "BEGIN CERTIFICATE" block.');
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(m[0]);
  } catch (e) {
    throw new CertificateFormatError(`The certificate could not be read: ${(e as Error).message}`);
  }
  return {
    thumbprintSha1: cert.fingerprint.replaceAll(':', '').toUpperCase(),
    thumbprintSha256: cert.fingerprint256.replaceAll(':', '').toUpperCase(),
    pem: cert.toString(),
    notAfter: new Date(cert.validTo).toISOString(),
  };
}
