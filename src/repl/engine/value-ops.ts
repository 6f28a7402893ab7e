/**
 * The engine's one door to the value layer (src/repl/values/): conversions,
 * operators, members and statics. Keeping every call behind this module means
 * the evaluator never reimplements value semantics.
 *
 * LOCAL SHIM: until src/repl/values/{members,statics}.ts land, minimal stand-ins
 * for getMember/setMember/invokeMethod, getIndex/setIndex and the statics live
 * here; each becomes a re-export when its module appears.
 */
import { PSObject } from '../values/psobject.js';
import { PSHashtable } from '../values/hashtable.js';
import { convertTo as valuesConvertTo, toPSString } from '../values/convert.js';
import { binaryOperator as valuesBinary, unaryOperator as valuesUnary, type OperatorContext } from '../values/operators.js';

export { PSHashtable };

export { toBoolean, toPSString } from '../values/convert.js';

/** Converts to a type given by name (`int`, `string[]`, `datetime`, ...), as a cast does. */
export function convertTo(value: unknown, typeName: string): unknown {
  return valuesConvertTo(typeName, value);
}

const DASHED = new Map<string, string>();

/** Binary operators by the AST's spelling ('+', 'eq', 'cmatch', ...); the value layer wants dash operators. */
export function binaryOperator(op: string, left: unknown, right: unknown, ctx?: OperatorContext): unknown {
  let dashed = DASHED.get(op);
  if (dashed === undefined) {
    dashed = /^[a-z]/.test(op) ? `-${op}` : op;
    DASHED.set(op, dashed);
  }
  return valuesBinary(dashed, left, right, ctx);
}

export function unaryOperator(op: string, value: unknown): unknown {
  return valuesUnary(/^[a-z]/.test(op) ? `-${op}` : op, value);
}

export function getMember(target: unknown, name: string): unknown {
  if (target instanceof PSObject) return target.get(name) ?? null;
  if (target instanceof PSHashtable) {
    const lower = name.toLowerCase();
    if (lower === 'count') return target.count;
    if (lower === 'keys') return target.keys();
    return target.get(name);
  }
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
