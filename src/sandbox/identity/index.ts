import type { Router } from '../http/router.js';
import { mountAuthorize } from './authorize.js';
import { AuthCodeStore, DeviceCodeStore } from './code-stores.js';
import type { IdentityContext } from './context.js';
import { mountDeviceCode } from './device-code.js';
import { Directory } from './directory.js';
import { mountDiscovery } from './discovery.js';
import { mountManagedIdentity } from './managed-identity.js';
import { TenantProvisioner, type TenantCreatedHook } from './provisioner.js';
import { loadOrCreateSigningKey } from './signing-key.js';
import { mountTokenEndpoint } from './token-endpoint.js';
import { TokenIssuer } from './tokens.js';

export { verifyAccessToken, type AccessTokenCheck } from './access-token.js';
export { Directory, DirectoryError, DEFAULT_ADMIN_PASSWORD } from './directory.js';
export { DEFAULT_TENANT_DOMAIN } from './provisioner.js';
export type { IdentityContext } from './context.js';

/** The Entra ID emulation: its state and its routes. */
export async function createIdentity(o: {
  dataDir: string;
  autoProvision: boolean;
  autoApprove: boolean;
  tokenLifetimeSeconds: number;
  onTenantCreated: TenantCreatedHook;
}): Promise<IdentityContext> {
  const directory = new Directory(o.dataDir);
  const key = await loadOrCreateSigningKey(o.dataDir);
  return {
    directory,
    key,
    issuer: new TokenIssuer(key, o.tokenLifetimeSeconds),
    provisioner: new TenantProvisioner(directory, { autoProvision: o.autoProvision, onCreated: o.onTenantCreated }),
    autoApprove: o.autoApprove,
    authCodes: new AuthCodeStore(),
    deviceCodes: new DeviceCodeStore(),
  };
}

export function mountIdentity(router: Router, ctx: IdentityContext): void {
  mountDiscovery(router, ctx);
  mountTokenEndpoint(router, ctx);
  mountDeviceCode(router, ctx);
  mountAuthorize(router, ctx);
  mountManagedIdentity(router, ctx);
}
