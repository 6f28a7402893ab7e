/**
 * The formatter's view of a dictionary (PSHashtable, [ordered], or a JS Map):
 * its entries in order. Out-Default enumerates a dictionary into Name/Value
 * rows, and a dictionary inside a cell shows its keys.
 */
import { PSHashtable } from '../values/hashtable.js';

export function isDictionary(value: unknown): boolean {
  return value instanceof PSHashtable || value instanceof Map;
}

export function dictionaryEntries(value: unknown): [unknown, unknown][] {
  if (value instanceof PSHashtable) return value.entries().map((e): [unknown, unknown] => [e.key, e.value]);
  if (value instanceof Map) return [...value.entries()];
  return [];
}

