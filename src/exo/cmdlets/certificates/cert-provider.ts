/**
 * The Cert: drive for Get-ChildItem, Get-Item and Remove-Item, over the local
 * certificate store. Registered with the item cmdlets' provider registry when
 * this module loads.
 */
import { commandClass } from '../../../repl/cmdlets/file-system/paths.js';
import { registerPathProvider, type PathProvider } from '../../../repl/cmdlets/file-system/providers.js';
import type { CmdletContext } from '../../../repl/cmdlets/types.js';
import { wildcardToRegExp } from '../../../repl/values/comparison.js';
import type { StoredCertificate } from '../../auth/cert-store.js';
import { certificateObject, locationObject, storeObject } from './cert-object.js';
import { isPersonalStore, openStore, parseCertPath, STORE_LOCATIONS, type StoreLocation } from './cert-paths.js';
import { entryProperties, setEntryProperties } from './entry-properties.js';
import { readStoredPem } from './stored-certificate.js';

function notFound(ctx: CmdletContext, cmdlet: string, path: string): void {
  ctx.writeError(`Cannot find path '${path}' because it does not exist.`, {
    category: 'ObjectNotFound',
    errorId: `PathNotFound,${commandClass(cmdlet)}`,
    targetObject: path,
    exceptionType: 'System.Management.Automation.ItemNotFoundException',
  });
}

function toObject(entry: StoredCertificate, location: StoreLocation) {
  return certificateObject({ certificatePem: readStoredPem(entry), hasPrivateKey: entry.hasPrivateKey, location, friendlyName: entryProperties(openStore().dir, entry.thumbprint).friendlyName });
}

/** Stored certificates whose thumbprint matches `pattern` (exactly, or as a wildcard unless literal). */
function matching(pattern: string, literal: boolean): StoredCertificate[] {
  const all = openStore().list();
  if (!literal && /[*?[]/.test(pattern)) {
    const re = wildcardToRegExp(pattern, true);
    return all.filter((c) => re.test(c.thumbprint));
  }
  return all.filter((c) => c.thumbprint === pattern.toUpperCase());
}

function* certificatesIn(location: StoreLocation) {
  for (const entry of openStore().list()) yield toObject(entry, location);
}

const certProvider: PathProvider = {
  *childItems(ctx, path, o) {
    const p = parseCertPath(path);
    if (!p || (p.store !== undefined && !isPersonalStore(p))) return notFound(ctx, 'Get-ChildItem', path);
    if (p.thumbprint !== undefined) {
      const found = matching(p.thumbprint, o.literal);
      if (found.length === 0) return notFound(ctx, 'Get-ChildItem', path);
      for (const entry of found) yield o.names ? entry.thumbprint : toObject(entry, p.location!);
      return;
    }
    if (p.store !== undefined) {
      for (const cert of certificatesIn(p.location!)) yield o.names ? cert.get('Thumbprint') : cert;
      return;
    }
    const locations = p.location ? [p.location] : STORE_LOCATIONS;
    for (const location of locations) {
      if (!p.location) yield o.names ? location : locationObject(location);
      if (p.location || o.recurse) yield o.names ? 'My' : storeObject(location);
      if (o.recurse) yield* certificatesIn(location);
    }
  },

  *items(ctx, path, literal) {
    const p = parseCertPath(path);
    if (!p) return notFound(ctx, 'Get-Item', path);
    if (p.location === undefined) return yield* STORE_LOCATIONS.map(locationObject);
    if (p.store === undefined) return yield locationObject(p.location);
    if (!isPersonalStore(p)) return notFound(ctx, 'Get-Item', path);
    if (p.thumbprint === undefined) return yield storeObject(p.location);
    const found = matching(p.thumbprint, literal);
    if (found.length === 0) return notFound(ctx, 'Get-Item', path);
    for (const entry of found) yield toObject(entry, p.location);
  },

  async removeItems(ctx, path, literal) {
    const p = parseCertPath(path);
    if (!p || !isPersonalStore(p) || p.thumbprint === undefined) {
      if (p && p.location !== undefined && p.thumbprint === undefined) {
        ctx.writeError(`Cannot remove the store or location '${path}'; remove its certificates instead.`, { category: 'InvalidOperation', errorId: `InvalidOperation,${commandClass('Remove-Item')}`, targetObject: path, exceptionType: 'System.InvalidOperationException' });
        return;
      }
      return notFound(ctx, 'Remove-Item', path);
    }
    const found = matching(p.thumbprint, literal);
    if (found.length === 0) return notFound(ctx, 'Remove-Item', path);
    for (const entry of found) {
      if (!(await ctx.shouldProcess(`Item: ${p.location}\\My\\${entry.thumbprint}`, 'Remove certificate'))) continue;
      const store = openStore();
      store.remove(entry.thumbprint);
      setEntryProperties(store.dir, entry.thumbprint, {});
    }
  },
};

registerPathProvider('Cert', 'Certificate', certProvider);
