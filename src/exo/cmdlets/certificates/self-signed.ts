/**
 * Makes a self-signed certificate the way New-SelfSignedCertificate's default
 * (SSLServerAuthentication) type does: an RSA key, key usage digital signature
 * and key encipherment, EKU client and server authentication, the DNS names as
 * subject alternative names. Node generates the key (fast, off the main thread);
 * node-forge builds and signs the certificate.
 */
import { generateKeyPair, randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';

export type HashName = 'SHA1' | 'SHA256' | 'SHA384' | 'SHA512';

export interface SelfSignedRequest {
  /** X.500 attributes, most specific first as .NET writes them ("CN=x, O=y"). */
  subject: string;
  dnsNames: string[];
  keyLength: number;
  hash: HashName;
  notBefore: Date;
  notAfter: Date;
}

const SHORT_NAMES: Record<string, string> = { CN: 'commonName', O: 'organizationName', OU: 'organizationalUnitName', C: 'countryName', L: 'localityName', S: 'stateOrProvinceName', ST: 'stateOrProvinceName', E: 'emailAddress' };

/** "CN=a, O=b" into forge attributes in encoding order (least specific first), or an error message. */
export function parseSubject(subject: string): forge.pki.CertificateField[] | string {
  const parts = subject.split(/,(?=\s*[A-Za-z]+=)/).map((p) => p.trim()).filter((p) => p !== '');
  const fields: forge.pki.CertificateField[] = [];
  for (const part of parts) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim().toUpperCase();
    const name = SHORT_NAMES[key];
    if (eq <= 0 || !name) return `The subject '${subject}' is not a valid X.500 distinguished name (unknown attribute '${part}').`;
    fields.push({ name, value: part.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1') });
  }
  return fields.reverse();
}

function serialNumber(): string {
  const bytes = randomBytes(16);
  bytes[0] = bytes[0]! & 0x7f; // a positive INTEGER
  return bytes.toString('hex');
}

const digests: Record<HashName, () => forge.md.MessageDigest> = {
  SHA1: () => forge.md.sha1.create(),
  SHA256: () => forge.md.sha256.create(),
  SHA384: () => forge.md.sha384.create(),
  SHA512: () => forge.md.sha512.create(),
};

export async function createSelfSigned(r: SelfSignedRequest): Promise<{ certificatePem: string; privateKeyPem: string }> {
  const subject = parseSubject(r.subject);
  if (typeof subject === 'string') throw new Error(subject);
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: r.keyLength });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const key = forge.pki.privateKeyFromPem(privateKeyPem) as forge.pki.rsa.PrivateKey;
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.setRsaPublicKey(key.n, key.e);
  cert.serialNumber = serialNumber();
  cert.validity.notBefore = r.notBefore;
  cert.validity.notAfter = r.notAfter;
  cert.setSubject(subject);
  cert.setIssuer(subject);
  const extensions: object[] = [
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage', clientAuth: true, serverAuth: true },
    { name: 'subjectKeyIdentifier' },
  ];
  if (r.dnsNames.length) extensions.push({ name: 'subjectAltName', altNames: r.dnsNames.map((value) => ({ type: 2, value })) });
  cert.setExtensions(extensions);
  cert.sign(key, digests[r.hash]());
  return { certificatePem: forge.pki.certificateToPem(cert), privateKeyPem };
}
