/**
 * The engine's one door to the value layer (src/repl/values/): conversions,
 * operators, members and statics. Keeping every call behind this module means
 * the evaluator never reimplements value semantics.
 *
 * LOCAL SHIM: until src/repl/values/{operators,members,statics}.ts land, minimal
 * stand-ins for binaryOperator, getMember/setMember/invokeMethod, getIndex/setIndex
 * and the statics live here; each becomes a re-export when its module appears.
 */
import { PSObject } from '../values/psobject.js';
import { PSHashtable } from '../values/hashtable.js';
import { convertTo as valuesConvertTo, toBoolean, toPSString } from '../values/convert.js';

export { PSHashtable };

export { toBoolean, toPSString } from '../values/convert.js';

/** Converts to a type given by name (`int`, `string[]`, `datetime`, ...), as a cast does. */
export function convertTo(value: unknown, typeName: string): unknown {
  return valuesConvertTo(typeName, value);
}

export function binaryOperator(op: string, left: unknown, right: unknown): unknown {
  const l = left as number;
  const r = right as number;
  switch (op) {
    case '+': return typeof left === 'string' ? left + toPSString(right) : Array.isArray(left) ? [...left, ...(Array.isArray(right) ? right : [right])] : l + Number(r);
    case '-': return l - r;
    case '*': return typeof left === 'string' ? left.repeat(r) : l * r;
    case '/': return l / r;
    case '%': return l % r;
    case 'eq': case 'ieq': return Array.isArray(left) ? left.filter((x) => eq(x, right)) : eq(left, right);
    case 'ne': case 'ine': return !eq(left, right);
    case 'gt': return l > (convertLike(left, right) as number);
    case 'ge': return l >= (convertLike(left, right) as number);
    case 'lt': return l < (convertLike(left, right) as number);
    case 'le': return l <= (convertLike(left, right) as number);
    case 'and': return toBoolean(left) && toBoolean(right);
    case 'or': return toBoolean(left) || toBoolean(right);
    case 'match': { const m = new RegExp(toPSString(right), 'i').exec(toPSString(left)); return m !== null; }
    case 'like': return new RegExp('^' + toPSString(right).replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$', 'i').test(toPSString(left));
    case 'join': return (Array.isArray(left) ? left : [left]).map((v) => toPSString(v)).join(toPSString(right));
    default: throw new Error(`The operator '-${op}' is not supported yet.`);
  }
}

function convertLike(left: unknown, right: unknown): unknown {
  return typeof left === 'number' ? Number(right) : right;
}

function eq(a: unknown, b: unknown): boolean {
  if (typeof a === 'string') return a.toLowerCase() === toPSString(b).toLowerCase();
  if (typeof a === 'number') return a === Number(b);
  if (typeof a === 'boolean') return a === toBoolean(b);
  return a === b;
}

export function getMember(target: unknown, name: string): unknown {
  if (target instanceof PSObject) return target.get(name) ?? null;
  if (target instanceof PSHashtable) return target.get(name);
  if (Array.isArray(target)) {
    if (name.toLowerCase() === 'count' || name.toLowerCase() === 'length') return target.length;
    return target.map((t) => getMember(t, name));
  }
  if (typeof target === 'string' && name.toLowerCase() === 'length') return target.length;
  if (target === null || target === undefined) return null;
  if (name.toLowerCase() === 'count') return 1;
  const rec = target as Record<string, unknown>;
  return rec[name] ?? null;
}

export function setMember(target: unknown, name: string, value: unknown): void {
  if (target instanceof PSObject) target.set(name, value);
  else if (target instanceof PSHashtable) target.set(name, value);
  else throw new Error(`The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`);
}

export function invokeMethod(target: unknown, name: string, args: unknown[]): unknown {
  if (target instanceof PSObject) {
    const m = target.getMethod(name);
    if (m) return m(target, args);
  }
  const lower = name.toLowerCase();
  if (typeof target === 'string') {
    if (lower === 'toupper') return target.toUpperCase();
    if (lower === 'tolower') return target.toLowerCase();
    if (lower === 'trim') return target.trim();
  }
  if (lower === 'tostring') return toPSString(target);
  throw new Error(`Method invocation failed because [${typeof target}] does not contain a method named '${name}'.`);
}

export function getStaticMember(typeName: string, name: string): unknown {
  throw new Error(`The static member '${name}' of [${typeName}] is not available.`);
}

export function invokeStaticMethod(typeName: string, name: string, _args: unknown[]): unknown {
  throw new Error(`Method invocation failed because [${typeName}] does not contain a method named '${name}'.`);
}

export function getIndex(target: unknown, index: unknown): unknown {
  if (Array.isArray(target)) {
    const i = Number(index);
    return target[i < 0 ? target.length + i : i] ?? null;
  }
  if (target instanceof PSHashtable) return target.get(index);
  if (typeof target === 'string') return target[Number(index)] ?? null;
  return null;
}

export function setIndex(target: unknown, index: unknown, value: unknown): void {
  if (Array.isArray(target)) target[Number(index) < 0 ? target.length + Number(index) : Number(index)] = value;
  else if (target instanceof PSHashtable) target.set(index, value);
  else throw new Error('Unable to index into an object of this type.');
}

export function newHashtable(ordered: boolean): PSHashtable {
  return new PSHashtable(ordered);
}

export function hashtableSet(table: unknown, key: unknown, value: unknown): void {
  (table as PSHashtable).set(key, value);
}
