/**
 * System.Security.SecureString and PSCredential. A SecureString never shows its
 * content: toString, interpolation and formatting all give the type name. The
 * plain text is reachable only through `revealSecureString` (used by
 * GetNetworkCredential() and the auth code).
 */
import { PSObject } from './psobject.js';

const secrets = new WeakMap<SecureString, string>();

export class SecureString {
  constructor(plain = '') {
    secrets.set(this, plain);
  }

  get length(): number { return secrets.get(this)!.length; }

  appendChar(ch: string): void { secrets.set(this, secrets.get(this)! + ch); }

  toString(): string { return 'System.Security.SecureString'; }

  /** Keeps the secret out of util.inspect / console.log. */
  [Symbol.for('nodejs.util.inspect.custom')](): string { return 'System.Security.SecureString'; }

  toJSON(): string { return 'System.Security.SecureString'; }
}

export function revealSecureString(s: SecureString): string {
  return secrets.get(s) ?? '';
}

export const PSCREDENTIAL_TYPE = 'System.Management.Automation.PSCredential';

/**
 * `[pscredential]::new(user, secure)` / `New-Object PSCredential`: a PSObject
 * with UserName and Password and a GetNetworkCredential() method whose
 * result has UserName, Password (plain) and Domain.
 */
export function createCredential(userName: string, password: SecureString): PSObject {
  const cred = new PSObject([['UserName', userName], ['Password', password]], [PSCREDENTIAL_TYPE, 'System.Object']);
  cred.addMethod('GetNetworkCredential', (self) => {
    const user = String(self.get('UserName') ?? '');
    const slash = user.indexOf('\\');
    return new PSObject(
      [
        ['UserName', slash >= 0 ? user.slice(slash + 1) : user],
        ['Password', revealSecureString(self.get('Password') as SecureString)],
        ['SecurePassword', self.get('Password')],
        ['Domain', slash >= 0 ? user.slice(0, slash) : ''],
      ],
      ['System.Net.NetworkCredential', 'System.Object'],
    );
  });
  return cred;
}

export function isCredential(value: unknown): value is PSObject {
  return value instanceof PSObject && value.typeNames[0] === PSCREDENTIAL_TYPE;
}
