import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import forge from 'node-forge';
import { SignInError } from './sign-in-error.js';

/** A certificate with its private key, in the PEM form msal-node wants, and its Entra thumbprints. */
export interface CertificateCredential {
  certificatePem: string;
  privateKeyPem: string;
  /** Upper-case hex SHA-1 of the DER certificate, as Entra and Windows show it. */
  thumbprint: string;
  thumbprintSha256: string;
  subject: string;
  notAfter: Date;
}

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
const PEM_KEY = /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/;

export function thumbprintsOf(certificatePem: string): { thumbprint: string; thumbprintSha256: string; subject: string; notAfter: Date } {
  const x = new X509Certificate(certificatePem);
  return {
    thumbprint: x.fingerprint.replaceAll(':', ''),
    thumbprintSha256: x.fingerprint256.replaceAll(':', ''),
    subject: x.subject.split('\n').join(', '),
    notAfter: new Date(x.validTo),
  };
}

/** Pairs a key with the certificate whose public key matches it (a PEM or PFX may carry the chain too). */
export function credentialFrom(certificatePems: string[], privateKeyPem: string, source: string): CertificateCredential {
  let key;
  try {
    key = createPrivateKey(privateKeyPem);
  } catch {
    throw new SignInError(`The private key in ${source} could not be read.`, 'CertificateKeyUnreadable');
  }
  const publicDer = createPublicKey(key).export({ type: 'spki', format: 'der' });
  const cert = certificatePems.find((pem) => new X509Certificate(pem).publicKey.export({ type: 'spki', format: 'der' }).equals(publicDer));
  if (!cert) throw new SignInError(`The private key does not match any certificate in ${source}.`, 'CertificateKeyMismatch');
  // msal-node signs with whatever PEM it is given; PKCS#8 is the one form every key type has.
  const pkcs8 = key.export({ type: 'pkcs8', format: 'pem' }).toString();
  return { certificatePem: cert.replace(/\r\n/g, '\n'), privateKeyPem: pkcs8, ...thumbprintsOf(cert) };
}

/** Reads a PEM text holding a certificate and an unencrypted private key. */
export function credentialFromPem(text: string, source = 'the PEM file'): CertificateCredential {
  const certs = text.match(PEM_CERT) ?? [];
  const key = PEM_KEY.exec(text)?.[0];
  if (certs.length === 0) throw new SignInError(`${source} contains no certificate.`, 'CertificateNotFound');
  if (!key) throw new SignInError(`${source} contains no private key; app-only sign-in needs the certificate's private key.`, 'CertificateKeyMissing');
  if (key.includes('ENCRYPTED')) throw new SignInError(`The private key in ${source} is encrypted; export it without a password or use a PFX file with -CertificatePassword.`, 'CertificateKeyEncrypted');
  return credentialFrom(certs, key, source);
}

/**
 * Reads a PKCS#12 (PFX) file with node-forge, which handles both OpenSSL 3's AES/PBES2 files and legacy
 * 3DES/RC2 ones that Node's own TLS rejects (auth-and-style.md §1.3). The password is never echoed.
 */
export function credentialFromPfx(pfx: Buffer, password: string | undefined, source = 'the PFX file'): CertificateCredential {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(pfx.toString('binary')));
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, false, password ?? '');
  } catch (e) {
    const reason = String((e as Error).message ?? '');
    if (/mac|password|decrypt/i.test(reason))
      throw new SignInError(`The password for ${source} is incorrect.`, 'CertificatePasswordIncorrect');
    throw new SignInError(`${source} is not a valid PFX (PKCS#12) file.`, 'CertificateInvalidPfx');
  }
  const keyBags = [
    ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ?? []),
    ...(p12.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const keyBag = keyBags.find((b) => b.key);
  if (!keyBag?.key) throw new SignInError(`${source} has no RSA private key that can be read.`, 'CertificateKeyMissing');
  const certs = (p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [])
    .filter((b) => b.cert)
    .map((b) => forge.pki.certificateToPem(b.cert!));
  if (certs.length === 0) throw new SignInError(`${source} contains no certificate.`, 'CertificateNotFound');
  return credentialFrom(certs, forge.pki.privateKeyToPem(keyBag.key), source);
}

export function credentialFromPfxFile(path: string, password?: string): CertificateCredential {
  return credentialFromPfx(readFile(path), password, path);
}

export function credentialFromPemFile(path: string): CertificateCredential {
  return credentialFromPem(readFile(path).toString('utf8'), path);
}

function readFile(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new SignInError(`Cannot find the certificate file '${path}'.`, 'CertificateFileNotFound');
    if (code === 'EACCES') throw new SignInError('Certificate is not accessible to the current user.', 'CertificateNotAccessible');
    throw new SignInError(`Cannot read the certificate file '${path}'.`, 'CertificateFileUnreadable');
  }
}

/** Writes a key pair as a PFX protected by `password` (AES-256, as OpenSSL 3 and Export-PfxCertificate do today). */
export function credentialToPfx(credential: Pick<CertificateCredential, 'certificatePem' | 'privateKeyPem'>, password: string): Buffer {
  const key = forge.pki.privateKeyFromPem(createPrivateKey(credential.privateKeyPem).export({ type: 'pkcs1', format: 'pem' }).toString());
  const cert = forge.pki.certificateFromPem(credential.certificatePem);
  const asn1 = forge.pkcs12.toPkcs12Asn1(key, [cert], password, { algorithm: 'aes256' });
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
