/**
 * `Cert:` paths. Windows has two store locations (CurrentUser, LocalMachine)
 * with many stores each; on Linux and macOS exosh keeps one personal store, so
 * `Cert:\CurrentUser\My` and `Cert:\LocalMachine\My` both name it, and the
 * location the user wrote is kept for the items' PSPath.
 */
import { CertStore, certStoreDir } from '../../auth/cert-store.js';

export type StoreLocation = 'CurrentUser' | 'LocalMachine';
export const STORE_LOCATIONS: readonly StoreLocation[] = ['CurrentUser', 'LocalMachine'];
export const STORE_NAME = 'My';

/** Where a path points: the root, a location, the My store, or items in it (thumbprint may be a wildcard). */
export interface CertPath {
  location?: StoreLocation;
  store?: string;
  thumbprint?: string;
}

const PREFIX = /^(?:cert:|(?:Microsoft\.PowerShell\.Security\\)?Certificate::)/i;

export function isCertPath(path: string): boolean {
  return PREFIX.test(path);
}

/** Splits a `Cert:` path; undefined when it is not one or names a location that does not exist. */
export function parseCertPath(path: string): CertPath | undefined {
  if (!isCertPath(path)) return undefined;
  const parts = path.replace(PREFIX, '').split(/[\\/]+/).filter((p) => p !== '');
  if (parts.length > 3) return undefined;
  const [loc, store, thumbprint] = parts;
  const location = loc === undefined ? undefined : STORE_LOCATIONS.find((l) => l.toLowerCase() === loc.toLowerCase());
  if (loc !== undefined && !location) return undefined;
  return { location, store, thumbprint };
}

export function isPersonalStore(p: CertPath): boolean {
  return p.location !== undefined && p.store?.toLowerCase() === STORE_NAME.toLowerCase();
}

/** `Microsoft.PowerShell.Security\Certificate::CurrentUser\My`, an item's PSParentPath. */
export function storeProviderPath(location: StoreLocation): string {
  return `Microsoft.PowerShell.Security\\Certificate::${location}\\${STORE_NAME}`;
}

/** The store as the environment configures it now (EXOSH_CONFIG_DIR may change between commands in tests). */
export function openStore(): CertStore {
  return new CertStore(certStoreDir(process.env));
}
