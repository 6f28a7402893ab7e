/**
 * Computing and comparing the keys Sort-Object and Group-Object order by:
 * one value per -Property expression (or the object itself without -Property).
 */
import type { CmdletContext } from '../types.js';
import { compareValues } from './compare.js';
import { evaluateKey, parsePropertyExpressions, resolveNames, type PropertyExpression } from './property-expression.js';
import { memberValue, toBoolean } from './values.js';

export interface KeyedEntry { obj: unknown; keys: unknown[]; index: number }

export interface OrderKey { expr?: PropertyExpression; descending: boolean }

/** Parses -Property; hashtables may carry Ascending/Descending (Sort-Object). */
export function parseOrderKeys(ctx: CmdletContext, property: unknown, descending: boolean, hashtableKeys: string[]): OrderKey[] {
  if (property === undefined || property === null) return [{ descending }];
  return parsePropertyExpressions(ctx, property, hashtableKeys).map((expr) => {
    let desc = descending;
    if (expr.entries.Descending !== undefined) desc = toBoolean(expr.entries.Descending);
    else if (expr.entries.Ascending !== undefined) desc = !toBoolean(expr.entries.Ascending);
    return { expr, descending: desc };
  });
}

/** The entry for one object; synchronous unless a key is a script block (sorting large inputs by name stays cheap). */
export function keyEntry(ctx: CmdletContext, keys: OrderKey[], obj: unknown, index: number): KeyedEntry | Promise<KeyedEntry> {
  if (keys.some((k) => k.expr?.block !== undefined)) return keyEntryAsync(ctx, keys, obj, index);
  return { obj, keys: keys.map((k) => (k.expr ? nameKey(k.expr, obj) : obj)), index };
}

async function keyEntryAsync(ctx: CmdletContext, keys: OrderKey[], obj: unknown, index: number): Promise<KeyedEntry> {
  const values: unknown[] = [];
  for (const key of keys) values.push(key.expr ? await evaluateKey(ctx, key.expr, obj) : obj);
  return { obj, keys: values, index };
}

function nameKey(expr: PropertyExpression, obj: unknown): unknown {
  const name = resolveNames(expr, obj)[0];
  return name === undefined ? null : memberValue(obj, name);
}

export function compareEntries(a: KeyedEntry, b: KeyedEntry, keys: OrderKey[], caseSensitive: boolean): number {
  for (let i = 0; i < keys.length; i++) {
    const c = compareValues(a.keys[i], b.keys[i], caseSensitive);
    if (c !== 0) return keys[i]!.descending ? -c : c;
  }
  return 0;
}
