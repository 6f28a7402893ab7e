import type { Directory } from './directory.js';
import type { TenantProvisioner } from './provisioner.js';
import type { TokenIssuer } from './tokens.js';
import type { SigningKey } from './signing-key.js';
import type { AuthCodeStore, DeviceCodeStore } from './code-stores.js';

/** What the identity routes share. */
export interface IdentityContext {
  directory: Directory;
  provisioner: TenantProvisioner;
  issuer: TokenIssuer;
  key: SigningKey;
  autoApprove: boolean;
  authCodes: AuthCodeStore;
  deviceCodes: DeviceCodeStore;
}
