/**
 * Output semantics: what a value sends down the pipeline (arrays and lists
 * unroll one level; [void] sends nothing) and how collected output becomes a
 * value again ($null for none, the item for one, an array for more).
 */
import { PSList } from '../values/list.js';

/** AutomationNull: a statement that produced nothing. `undefined` in JS, `$null` when read. */
export const NOTHING = undefined;

export function isEnumerable(value: unknown): value is unknown[] | PSList {
  return Array.isArray(value) || value instanceof PSList;
}

/** Pushes what `value` sends down a pipeline onto `out`. */
export function pushUnrolled(value: unknown, out: unknown[]): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) out.push(value[i]);
  } else if (value instanceof PSList) {
    for (const v of value.items) out.push(v);
  } else out.push(value);
}

/** The items `value` sends down a pipeline. */
export function unrolled(value: unknown): readonly unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  if (value instanceof PSList) return value.items;
  return [value];
}

/** Collected pipeline output as a value: `$x = <pipeline>`. */
export function collected(items: unknown[]): unknown {
  if (items.length === 0) return null;
  if (items.length === 1) return items[0];
  return items;
}
