/**
 * Hashtables as the pipeline cmdlets read and build them (PSHashtable from the
 * value layer).
 */
import { PSHashtable } from '../../values/hashtable.js';

export { PSHashtable };

export function isHashtable(value: unknown): value is PSHashtable {
  return value instanceof PSHashtable;
}

export function hashtableEntries(table: PSHashtable): [unknown, unknown][] {
  return table.entries().map((e) => [e.key, e.value]);
}

/** String keys match case-insensitively, as in a PowerShell hashtable. */
export function hashtableLookup(table: PSHashtable, key: unknown): { found: boolean; value?: unknown } {
  return table.containsKey(key) ? { found: true, value: table.get(key) } : { found: false };
}
