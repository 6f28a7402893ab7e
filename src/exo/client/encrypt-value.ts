import { constants, createPublicKey, publicEncrypt, type KeyObject } from 'node:crypto';

/**
 * Sensitive values (SecureString, PSCredential) are RSA PKCS#1 v1.5
 * encrypted with the key the module file carries, then base64-encoded
 * (exo-protocol.md §2.5).
 */

export const MISSING_KEY_MESSAGE = 'Required resource is not available to continue exection. Please re-establish the connection to continue.';

/** `<RSAKeyValue><Modulus>…</Modulus><Exponent>…</Exponent></RSAKeyValue>` as a public key. */
export function publicKeyFromXml(xml: string): KeyObject {
  const modulus = /<Modulus>\s*([^<]+?)\s*<\/Modulus>/.exec(xml)?.[1];
  const exponent = /<Exponent>\s*([^<]+?)\s*<\/Exponent>/.exec(xml)?.[1];
  if (!modulus || !exponent) throw new Error('The public key in the module file is not an RSAKeyValue.');
  const b64url = (b64: string) => Buffer.from(b64, 'base64').toString('base64url');
  return createPublicKey({ key: { kty: 'RSA', n: b64url(modulus), e: b64url(exponent) }, format: 'jwk' });
}

/** `$PublicKey = '<RSAKeyValue>…'` out of the module text. */
export function publicKeyXmlFromModule(moduleText: string): string | undefined {
  return /\$PublicKey\s*=\s*'(<RSAKeyValue>[\s\S]*?<\/RSAKeyValue>)'/.exec(moduleText)?.[1];
}

export function encryptValue(key: KeyObject | undefined, plaintext: string): string {
  if (!key) throw new Error(MISSING_KEY_MESSAGE);
  return publicEncrypt({ key, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(plaintext, 'utf8')).toString('base64');
}
