/**
 * The fallback catalog of the common Exchange cmdlets, derived from the
 * Exchange PowerShell docs (design data); used when the service's module
 * file cannot be read or parsed.
 */
import bundled from './bundled-catalog.json' with { type: 'json' };
import type { Catalog } from './metadata.js';

export const BUNDLED_CATALOG: Catalog = bundled as Catalog;
