/**
 * System.Collections.Hashtable as PowerShell uses it: string keys compare
 * case-insensitively, entries keep insertion order (so output is stable; a
 * real Hashtable's order is arbitrary, [ordered]'s is insertion order).
 */
import { DateTime } from './datetime.js';
import { TimeSpan } from './timespan.js';
import { DotNetException } from './errors.js';
import { PSEnumValue } from './enum.js';
import { PSNumber } from './numbers.js';

export interface HashtableEntry {
  key: unknown;
  value: unknown;
}

/** Map key under which a hashtable key is stored: equal keys (by .NET rules) map to the same slot. */
function slotOf(key: unknown): unknown {
  if (typeof key === 'string') return `s${key.toLowerCase()}`;
  if (typeof key === 'number') return key;
  // A boxed number matches keys of its own type only, as .NET's Equals does (1L is not 1).
  if (key instanceof PSNumber) return `n${key.kind}:${key.value}`;
  if (typeof key === 'boolean') return key ? 'btrue' : 'bfalse';
  if (key instanceof DateTime) return `d${key.wallMs}.${key.subTicks}`;
  if (key instanceof TimeSpan) return `t${key.ticks}`;
  if (key instanceof PSEnumValue) return `e${key.typeName}:${key.value}`;
  return key;
}

export class PSHashtable {
  private readonly map = new Map<unknown, HashtableEntry>();

  constructor(readonly ordered = false, entries?: Iterable<readonly [unknown, unknown]>) {
    if (entries) for (const [k, v] of entries) this.set(k, v);
  }

  static from(record: Record<string, unknown>, ordered = false): PSHashtable {
    return new PSHashtable(ordered, Object.entries(record));
  }

  get typeName(): string {
    return this.ordered ? 'System.Collections.Specialized.OrderedDictionary' : 'System.Collections.Hashtable';
  }

  get count(): number { return this.map.size; }

  get(key: unknown): unknown {
    return this.map.get(slotOf(key))?.value ?? null;
  }

  /** The indexer: adds or replaces; a replaced entry keeps its place and key spelling. */
  set(key: unknown, value: unknown): void {
    if (key === null || key === undefined) throw new DotNetException('Key cannot be null.', 'System.ArgumentNullException');
    const slot = slotOf(key);
    const existing = this.map.get(slot);
    if (existing) existing.value = value;
    else this.map.set(slot, { key, value });
  }

  /** Hashtable.Add: refuses a key that is already present. */
  add(key: unknown, value: unknown): void {
    if (key === null || key === undefined) throw new DotNetException('Key cannot be null.', 'System.ArgumentNullException');
    const existing = this.map.get(slotOf(key));
    if (existing) {
      throw new DotNetException(
        `Item has already been added. Key in dictionary: '${String(existing.key)}'  Key being added: '${String(key)}'`,
        'System.ArgumentException',
      );
    }
    this.map.set(slotOf(key), { key, value });
  }

  containsKey(key: unknown): boolean { return this.map.has(slotOf(key)); }

  containsValue(value: unknown, equals: (a: unknown, b: unknown) => boolean = Object.is): boolean {
    for (const e of this.map.values()) if (equals(e.value, value)) return true;
    return false;
  }

  remove(key: unknown): boolean { return this.map.delete(slotOf(key)); }

  clear(): void { this.map.clear(); }

  keys(): unknown[] { return [...this.map.values()].map((e) => e.key); }

  values(): unknown[] { return [...this.map.values()].map((e) => e.value); }

  entries(): HashtableEntry[] { return [...this.map.values()]; }

  /** Shallow copy, as Hashtable.Clone(). */
  clone(): PSHashtable {
    const copy = new PSHashtable(this.ordered);
    for (const e of this.map.values()) copy.map.set(slotOf(e.key), { key: e.key, value: e.value });
    return copy;
  }

  toString(): string { return this.typeName; }
}
