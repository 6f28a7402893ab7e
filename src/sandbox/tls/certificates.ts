import { generateKeyPairSync, randomBytes, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import forge from 'node-forge';
import { writeFileAtomic } from '../store/atomic-file.js';

export interface TlsMaterial {
  caPem: string;
  caFile: string;
  serverCertPem: string;
  serverKeyPem: string;
}

const DEFAULT_NAMES = ['127.0.0.1', '::1', 'localhost'];

/**
 * The sandbox's own CA and server certificate, created on first run under
 * `<dataDir>/tls` and reused after, so a client that trusted the CA once keeps
 * trusting the sandbox. The server certificate is reissued (by the same CA)
 * only when it no longer covers the host the sandbox listens on.
 */
export function loadOrCreateTls(dataDir: string, host: string): TlsMaterial {
  const dir = join(dataDir, 'tls');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const caFile = join(dir, 'ca.pem');
  const caKeyFile = join(dir, 'ca-key.pem');
  const certFile = join(dir, 'server.pem');
  const keyFile = join(dir, 'server-key.pem');
  const names = DEFAULT_NAMES.includes(host) || host === '0.0.0.0' || host === '::' ? DEFAULT_NAMES : [...DEFAULT_NAMES, host];

  if (!existsSync(caFile) || !existsSync(caKeyFile)) {
    const ca = createCa();
    writeFileAtomic(caKeyFile, ca.keyPem, 0o600);
    writeFileAtomic(caFile, ca.certPem, 0o644);
  }
  const caPem = readFileSync(caFile, 'utf8');
  const caKeyPem = readFileSync(caKeyFile, 'utf8');

  if (!existsSync(certFile) || !existsSync(keyFile) || !covers(readFileSync(certFile, 'utf8'), names, caPem)) {
    const server = createServerCert(caPem, caKeyPem, names);
    writeFileAtomic(keyFile, server.keyPem, 0o600);
    writeFileAtomic(certFile, server.certPem, 0o644);
  }
  return { caPem, caFile, serverCertPem: readFileSync(certFile, 'utf8'), serverKeyPem: readFileSync(keyFile, 'utf8') };
}

function covers(certPem: string, names: string[], caPem: string): boolean {
  const cert = new X509Certificate(certPem);
  if (!cert.verify(new X509Certificate(caPem).publicKey)) return false;
  if (new Date(cert.validTo).getTime() < Date.now() + 24 * 3600_000) return false;
  return names.every((n) => (isIP(n) ? cert.checkIP(n) !== undefined : cert.checkHost(n) !== undefined));
}

/** node-forge's pure-JS key generation is slow; Node generates the key and forge builds the certificate. */
function newKeyPair(): { privateKey: forge.pki.rsa.PrivateKey; publicKey: forge.pki.rsa.PublicKey; keyPem: string } {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const forgeKey = forge.pki.privateKeyFromPem(keyPem) as forge.pki.rsa.PrivateKey;
  return { privateKey: forgeKey, publicKey: forge.pki.setRsaPublicKey(forgeKey.n, forgeKey.e), keyPem };
}

function serial(): string {
  // A positive serial: clear the top bit so DER does not read it as negative.
  const b = randomBytes(16);
  b[0] = b[0]! & 0x7f;
  return b.toString('hex');
}

function createCa(): { certPem: string; keyPem: string } {
  const keys = newKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(Date.now() - 3600_000);
  cert.validity.notAfter = new Date(Date.now() + 10 * 365 * 24 * 3600_000);
  // A unique name per CA: a client trusting several sandboxes' CAs must not confuse their issuers.
  const subject = [
    { name: 'commonName', value: `exosh sandbox CA ${randomBytes(4).toString('hex')}` },
    { name: 'organizationName', value: 'exosh sandbox' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: keys.keyPem };
}

function createServerCert(caPem: string, caKeyPem: string, names: string[]): { certPem: string; keyPem: string } {
  const ca = forge.pki.certificateFromPem(caPem);
  const caKey = forge.pki.privateKeyFromPem(caKeyPem);
  const keys = newKeyPair();
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = serial();
  cert.validity.notBefore = new Date(Date.now() - 3600_000);
  // Under 398 days, the longest validity clients accept for a server certificate.
  cert.validity.notAfter = new Date(Date.now() + 390 * 24 * 3600_000);
  cert.setSubject([{ name: 'commonName', value: names.includes('localhost') ? 'localhost' : names[0]! }]);
  cert.setIssuer(ca.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'extKeyUsage', serverAuth: true },
    { name: 'subjectAltName', altNames: names.map((n) => (isIP(n) ? { type: 7, ip: n } : { type: 2, value: n })) },
  ]);
  cert.sign(caKey, forge.md.sha256.create());
  return { certPem: forge.pki.certificateToPem(cert), keyPem: keys.keyPem };
}
