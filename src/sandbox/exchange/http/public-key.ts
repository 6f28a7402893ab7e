import { generateKeyPairSync, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The RSA key the module file publishes as `$PublicKey` (clients encrypt
 * SecureString parameters with it). Kept in the data directory, written
 * to a temporary file then renamed, so it survives restarts intact.
 */
export function loadModuleKey(dir: string): { privateKey: KeyObject; publicKeyXml: string } {
  const file = path.join(dir, 'module-key.pem');
  let pem: string;
  if (fs.existsSync(file)) pem = fs.readFileSync(file, 'utf8');
  else {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, pem, { mode: 0o600 });
    fs.renameSync(tmp, file);
  }
  const privateKey = createPrivateKey(pem);
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' }) as { n: string; e: string };
  const b64 = (s: string) => Buffer.from(s, 'base64url').toString('base64');
  return { privateKey, publicKeyXml: `<RSAKeyValue><Modulus>${b64(jwk.n)}</Modulus><Exponent>${b64(jwk.e)}</Exponent></RSAKeyValue>` };
}
