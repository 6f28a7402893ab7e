/**
 * The -Property arguments Select-Object, Sort-Object, Group-Object and
 * Measure-Object share: a name (maybe with wildcards), a script block, or a
 * hashtable (`@{Name='x'; Expression={...}}`) whose keys may be abbreviated.
 */
import type { CmdletContext } from '../types.js';
import { hashtableEntries, isHashtable } from './hashtable.js';
import { isScriptBlock } from './script-block.js';
import { memberValue, propertyNames, resolvePropertyName, toPSString } from './values.js';
import { hasWildcard, wildcardMatch } from './wildcard.js';
import { typeOf } from '../../values/types.js';

export interface PropertyExpression {
  /** A property name or wildcard pattern (when there is no script block). */
  name?: string;
  block?: unknown;
  /** Name given by the hashtable's Name/Label key. */
  label?: string;
  /** Other hashtable entries by canonical key (Ascending, Descending...). */
  entries: Record<string, unknown>;
}

export interface PropertyValue { name: string; value: unknown }

/**
 * Parses -Property arguments. `keys` lists the hashtable keys this cmdlet
 * accepts (canonical spelling); `Expression` must be among them.
 */
export function parsePropertyExpressions(ctx: CmdletContext, items: unknown, keys: string[]): PropertyExpression[] {
  const list = Array.isArray(items) ? items : [items];
  return list.map((item) => {
    if (isScriptBlock(item)) return { block: item, entries: {} };
    if (isHashtable(item)) return fromHashtable(ctx, hashtableEntries(item), keys);
    return { name: toPSString(item), entries: {} };
  });
}

const LABEL_KEYS = new Set(['Name', 'Label']);

function fromHashtable(ctx: CmdletContext, entries: [unknown, unknown][], keys: string[]): PropertyExpression {
  const result: PropertyExpression = { entries: {} };
  const seen = new Map<string, string>();
  for (const [rawKey, value] of entries) {
    const key = String(rawKey);
    const matches = keys.filter((k) => k.toLowerCase().startsWith(key.toLowerCase()));
    const exact = matches.find((k) => k.toLowerCase() === key.toLowerCase());
    const canonical = exact ?? (matches.length === 1 ? matches[0] : undefined);
    if (!canonical) {
      if (matches.length > 1) ctx.fail(`The ${key} key is ambiguous; ${matches[0]} and ${matches[1]} conflict.`, { errorId: 'DictionaryKeyAmbiguous', category: 'InvalidArgument' });
      ctx.fail(`The ${key} key is not valid.`, { errorId: 'DictionaryKeyIllegal', category: 'InvalidArgument' });
    }
    const slot = LABEL_KEYS.has(canonical) ? 'Name' : canonical;
    const earlier = seen.get(slot);
    if (earlier) ctx.fail(`The duplicated key "${key}" conflicts with "${earlier}".`, { errorId: 'DictionaryKeyDuplicate', category: 'InvalidArgument' });
    seen.set(slot, key);
    if (slot === 'Name') result.label = toPSString(value);
    else if (canonical === 'Expression') {
      if (isScriptBlock(value)) result.block = value;
      else if (typeof value === 'string') result.name = value;
      else ctx.fail(`The "${key}" key has a type, ${typeLabel(value)}, that is not valid; expected types are {System.String, System.Management.Automation.ScriptBlock}.`, { errorId: 'DictionaryKeyIllegalValue2', category: 'InvalidArgument' });
    } else result.entries[canonical] = value;
  }
  if (result.block === undefined && result.name === undefined) {
    ctx.fail('A mandatory entry for Expression is missing.', { errorId: 'DictionaryKeyMandatoryEntry', category: 'InvalidArgument' });
  }
  return result;
}

function typeLabel(value: unknown): string {
  return typeOf(value)?.fullName ?? 'System.Object';
}

export function isWildcardExpression(expr: PropertyExpression): boolean {
  return expr.block === undefined && expr.name !== undefined && hasWildcard(expr.name);
}

/** The property names a name/wildcard expression refers to on this object. */
export function resolveNames(expr: PropertyExpression, obj: unknown): string[] {
  if (expr.name === undefined) return [];
  if (!hasWildcard(expr.name)) {
    const name = resolvePropertyName(obj, expr.name);
    return name === undefined ? [] : [name];
  }
  return propertyNames(obj).filter((n) => wildcardMatch(expr.name!, n));
}

/** Text of a script block as PowerShell names a property after it (`{$_.a}` → `$_.a`). */
function blockText(block: unknown): string {
  return typeof block === 'function' ? block.toString() : toPSString(block);
}

/**
 * Evaluates an expression against one object: one result per resolved name for
 * names and wildcards, one for a script block (its output: none → $null, one →
 * that value, several → an array). Missing plain names give no result.
 */
export async function evaluateExpression(ctx: CmdletContext, expr: PropertyExpression, obj: unknown): Promise<PropertyValue[]> {
  if (expr.block !== undefined) {
    const out = await ctx.invoke(expr.block, { dollarUnder: obj, input: [obj] });
    const value = out.length === 0 ? null : out.length === 1 ? out[0] : out;
    return [{ name: expr.label ?? blockText(expr.block), value }];
  }
  return resolveNames(expr, obj).map((name) => ({ name: expr.label ?? name, value: memberValue(obj, name) }));
}

/** A single sort/group key: the first value of the expression, $null when there is none. */
export async function evaluateKey(ctx: CmdletContext, expr: PropertyExpression, obj: unknown): Promise<unknown> {
  const results = await evaluateExpression(ctx, expr, obj);
  return results.length > 0 ? results[0]!.value : null;
}
