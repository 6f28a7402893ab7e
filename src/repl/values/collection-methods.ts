/** Methods of arrays (System.Object[]), Hashtable and List[T]. */
import { PSObject } from './psobject.js';
import { PSHashtable } from './hashtable.js';
import { PSList } from './list.js';
import { DotNetException } from './errors.js';
import { valueEquals, compareValues } from './comparison.js';
import { convertTo } from './convert.js';
import { resolveType, TYPES, ARRAY_ELEMENT_TYPE, type TypedArray } from './types.js';
import { argInt, argumentOutOfRange, type MethodTable } from './method-support.js';

function indexOf(items: unknown[], value: unknown, start = 0): number {
  for (let i = start; i < items.length; i++) if (valueEquals(items[i], value, true)) return i;
  return -1;
}

function itemsOf(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (v instanceof PSList) return v.items;
  return [v];
}

export const ARRAY_METHODS: MethodTable<unknown[]> = {
  contains: { name: 'Contains', arity: [1], fn: (a, [v]) => indexOf(a, v) >= 0 },
  indexof: { name: 'IndexOf', arity: [1, 2], fn: (a, args) => indexOf(a, args[0], args.length > 1 ? argInt(args[1]) : 0) },
  lastindexof: {
    name: 'LastIndexOf', arity: [1],
    fn: (a, [v]) => { for (let i = a.length - 1; i >= 0; i--) if (valueEquals(a[i], v, true)) return i; return -1; },
  },
  clone: { name: 'Clone', arity: [0], fn: (a) => a.slice() },
  getvalue: {
    name: 'GetValue', arity: [1],
    fn: (a, [i]) => {
      const n = argInt(i);
      if (n < 0 || n >= a.length) throw new DotNetException('Index was outside the bounds of the array.', 'System.IndexOutOfRangeException');
      return a[n];
    },
  },
  setvalue: {
    name: 'SetValue', arity: [2],
    fn: (a, [v, i]) => {
      const n = argInt(i);
      if (n < 0 || n >= a.length) throw new DotNetException('Index was outside the bounds of the array.', 'System.IndexOutOfRangeException');
      a[n] = v;
      return undefined;
    },
  },
  getlength: { name: 'GetLength', arity: [1], fn: (a) => a.length },
  clear: { name: 'Clear', arity: [0], fn: (a) => { a.fill(defaultOfElement(a)); return undefined; } },
  add: {
    name: 'Add', arity: [1],
    fn: () => { throw new DotNetException('Collection was of a fixed size.', 'System.NotSupportedException'); },
  },
};

/** What Array.Clear writes: 0 for numeric arrays, false for bool[], $null otherwise. */
function defaultOfElement(a: unknown[]): unknown {
  const kind = (a as TypedArray)[ARRAY_ELEMENT_TYPE]?.kind;
  if (kind === 'int' || kind === 'long' || kind === 'double' || kind === 'byte' || kind === 'short' || kind === 'single' || kind === 'decimal') return 0;
  if (kind === 'bool') return false;
  return null;
}

/** [array]::Method(...) statics that act on an array argument. */
export const ARRAY_STATICS: MethodTable<null> = {
  indexof: { name: 'IndexOf', arity: [2, 3], fn: (_, a) => indexOf(itemsOf(a[0]), a[1], a.length > 2 ? argInt(a[2]) : 0) },
  lastindexof: { name: 'LastIndexOf', arity: [2], fn: (_, a) => ARRAY_METHODS.lastindexof!.fn(itemsOf(a[0]), [a[1]]) },
  reverse: { name: 'Reverse', arity: [1], fn: (_, a) => { itemsOf(a[0]).reverse(); return undefined; } },
  clear: { name: 'Clear', arity: [1, 3], fn: (_, a) => { const arr = itemsOf(a[0]); const start = a.length > 1 ? argInt(a[1]) : 0; arr.fill(defaultOfElement(arr), start, a.length > 2 ? start + argInt(a[2]) : arr.length); return undefined; } },
  sort: { name: 'Sort', arity: [1], fn: (_, a) => { itemsOf(a[0]).sort((x, y) => compareValues(x, y)); return undefined; } },
  empty: { name: 'Empty', arity: [0], fn: () => [] },
};

function dictionaryEntry(key: unknown, value: unknown): PSObject {
  return new PSObject([['Name', key], ['Key', key], ['Value', value]], ['System.Collections.DictionaryEntry', 'System.ValueType', 'System.Object']);
}

export const HASHTABLE_METHODS: MethodTable<PSHashtable> = {
  containskey: { name: 'ContainsKey', arity: [1], fn: (h, [k]) => h.containsKey(k) },
  contains: { name: 'Contains', arity: [1], fn: (h, [k]) => h.containsKey(k) },
  containsvalue: { name: 'ContainsValue', arity: [1], fn: (h, [v]) => h.containsValue(v, (a, b) => valueEquals(a, b, true)) },
  add: { name: 'Add', arity: [2], fn: (h, [k, v]) => { h.add(k, v); return undefined; } },
  remove: { name: 'Remove', arity: [1], fn: (h, [k]) => { h.remove(k); return undefined; } },
  clear: { name: 'Clear', arity: [0], fn: (h) => { h.clear(); return undefined; } },
  clone: { name: 'Clone', arity: [0], fn: (h) => h.clone() },
  getenumerator: { name: 'GetEnumerator', arity: [0], fn: (h) => h.entries().map((e) => dictionaryEntry(e.key, e.value)) },
  get_item: { name: 'get_Item', arity: [1], fn: (h, [k]) => h.get(k) },
  set_item: { name: 'set_Item', arity: [2], fn: (h, [k, v]) => { h.set(k, v); return undefined; } },
};

function listElement(list: PSList, v: unknown): unknown {
  const type = resolveType(list.elementType) ?? TYPES.object;
  return convertTo(type, v);
}

export const LIST_METHODS: MethodTable<PSList> = {
  add: { name: 'Add', arity: [1], fn: (l, [v]) => { l.items.push(listElement(l, v)); return undefined; } },
  addrange: { name: 'AddRange', arity: [1], fn: (l, [v]) => { l.items.push(...itemsOf(v).map((x) => listElement(l, x))); return undefined; } },
  remove: {
    name: 'Remove', arity: [1],
    fn: (l, [v]) => { const i = indexOf(l.items, v); if (i < 0) return false; l.items.splice(i, 1); return true; },
  },
  removeat: {
    name: 'RemoveAt', arity: [1],
    fn: (l, [i]) => {
      const n = argInt(i);
      if (n < 0 || n >= l.items.length) throw argumentOutOfRange('Index was out of range. Must be non-negative and less than the size of the collection.', 'index');
      l.items.splice(n, 1);
      return undefined;
    },
  },
  insert: {
    name: 'Insert', arity: [2],
    fn: (l, [i, v]) => {
      const n = argInt(i);
      if (n < 0 || n > l.items.length) throw argumentOutOfRange('Index must be within the bounds of the List.', 'index');
      l.items.splice(n, 0, listElement(l, v));
      return undefined;
    },
  },
  contains: { name: 'Contains', arity: [1], fn: (l, [v]) => indexOf(l.items, v) >= 0 },
  indexof: { name: 'IndexOf', arity: [1], fn: (l, [v]) => indexOf(l.items, v) },
  clear: { name: 'Clear', arity: [0], fn: (l) => { l.items.length = 0; return undefined; } },
  toarray: { name: 'ToArray', arity: [0], fn: (l) => l.items.slice() },
  reverse: { name: 'Reverse', arity: [0], fn: (l) => { l.items.reverse(); return undefined; } },
  get_item: { name: 'get_Item', arity: [1], fn: (l, [i]) => l.items[argInt(i)] },
};
