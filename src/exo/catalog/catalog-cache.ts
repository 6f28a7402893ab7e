import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensurePrivateDir } from '../auth/config-dir.js';
import type { Catalog } from './metadata.js';

/** A tenant's cmdlet list and metadata for one module version, kept between sessions under the config folder. */
export interface CachedCatalog {
  tenant: string;
  version: string;
  exportedCmdlets: string[];
  catalog: Catalog;
  savedAt: string;
}

const fileOf = (dir: string, tenant: string, version: string) => join(dir, `${tenant.replace(/[^\w.-]/g, '_')}-${version.replace(/[^\w.-]/g, '_')}.json`);

export function readCachedCatalog(dir: string, tenant: string, version: string): CachedCatalog | undefined {
  try {
    const data = JSON.parse(readFileSync(fileOf(dir, tenant, version), 'utf8')) as CachedCatalog;
    return data && typeof data.catalog === 'object' && Array.isArray(data.exportedCmdlets) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file so a concurrent reader never sees half a catalog. */
export function writeCachedCatalog(dir: string, entry: CachedCatalog): void {
  ensurePrivateDir(dir);
  const file = fileOf(dir, entry.tenant, entry.version);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(entry), { mode: 0o600 });
  renameSync(tmp, file);
}
