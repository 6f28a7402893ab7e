import type { ExoClient } from '../client/exo-client.js';
import { BUNDLED_CATALOG } from './bundled.js';
import { readCachedCatalog, writeCachedCatalog } from './catalog-cache.js';
import type { Catalog } from './metadata.js';
import { parseModuleText } from './module-text.js';
import { helpFileNamesOf } from './help-file.js';

export interface LoadedCatalog {
  /** Cmdlet name → metadata, only for the cmdlets this caller may run. */
  catalog: Catalog;
  source: 'service' | 'cache' | 'bundled';
  /** Exported cmdlets for which no metadata could be found (not proxied). */
  missing: string[];
  /** The module file's `$HelpFileNames` (none when the module text could not be read). */
  helpFileNames: string[];
}

export interface LoadCatalogOptions {
  tenant: string;
  moduleVersion: string;
  cacheDir: string;
  /** -CommandName, comma-joined; `*` for all. */
  commandName?: string;
  signal?: AbortSignal;
  verbose?(message: string): void;
}

/**
 * The cmdlets of a new connection, as Connect-ExchangeOnline's New-EXOModule
 * learns them: from the service's module file (RBAC-trimmed), cached per
 * tenant and version; when the service cannot be read, the cached copy,
 * then the bundled catalog of the common cmdlets.
 */
export async function loadCatalog(client: ExoClient, o: LoadCatalogOptions): Promise<LoadedCatalog> {
  try {
    const file = await client.moduleFile({ commandName: o.commandName, signal: o.signal });
    const parsed = parseModuleText(file.moduleText);
    const exported = file.exportedCmdlets.length ? file.exportedCmdlets : Object.keys(parsed);
    const { catalog, missing } = pick(exported, parsed);
    writeCachedCatalog(o.cacheDir, { tenant: o.tenant, version: o.moduleVersion, exportedCmdlets: exported, catalog, savedAt: new Date().toISOString() });
    return { catalog, source: 'service', missing, helpFileNames: helpFileNamesOf(file.moduleText) };
  } catch (e) {
    if (o.signal?.aborted) throw e;
    o.verbose?.(`Failed to download the cmdlet module from the service: ${(e as Error).message}`);
  }
  const cached = readCachedCatalog(o.cacheDir, o.tenant, o.moduleVersion);
  if (cached) return { catalog: cached.catalog, source: 'cache', missing: [], helpFileNames: [] };
  return { catalog: filterByCommandName(BUNDLED_CATALOG, o.commandName), source: 'bundled', missing: [], helpFileNames: [] };
}

/** The exported cmdlets with metadata from the module text, else from the bundled catalog. */
function pick(exported: string[], parsed: Catalog): { catalog: Catalog; missing: string[] } {
  const catalog: Catalog = {};
  const missing: string[] = [];
  const lower = new Map([...Object.entries(parsed), ...Object.entries(BUNDLED_CATALOG).filter(([n]) => !(n in parsed))].map(([n, m]) => [n.toLowerCase(), m] as const));
  for (const name of exported) {
    const meta = lower.get(name.toLowerCase());
    if (meta) catalog[name] = meta;
    else missing.push(name);
  }
  return { catalog, missing };
}

function filterByCommandName(catalog: Catalog, commandName: string | undefined): Catalog {
  const wanted = (commandName ?? '*').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  if (wanted.includes('*')) return catalog;
  return Object.fromEntries(Object.entries(catalog).filter(([n]) => wanted.includes(n.toLowerCase())));
}
