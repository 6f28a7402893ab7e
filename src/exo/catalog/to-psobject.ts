import { PSObject } from '../../repl/values/psobject.js';

/** A service record as a PSObject; OData annotations (`x@odata.type`, `@odata.id`) are wire detail, not properties. */
export function recordToPSObject(record: Record<string, unknown>, typeNames: string[]): PSObject {
  const entries = Object.entries(record).filter(([k]) => !k.includes('@'));
  return new PSObject(entries, typeNames);
}
