/** Methods of arrays (System.Object[]), Hashtable and List[T]. */
import { PSObject } from './psobject.js';
import { PSHashtable } from './hashtable.js';
import { PSList } from './list.js';
import { DotNetException } from './errors.js';
import { valueEquals } from './comparison.js';
import { convertTo } from './convert.js';
import { resolveType, TYPES } from './types.js';
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
  add: {
    name: 'Add', arity: [1],
    fn: () => { throw new DotNetException('Collection was of a fixed size.', 'System.NotSupportedException'); },
  },
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
