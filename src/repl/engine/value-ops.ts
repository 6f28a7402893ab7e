/**
 * The engine's one door to the value layer (src/repl/values/): conversions,
 * operators, members, indexing and statics. Keeping every call behind this
 * module means the evaluator never reimplements value semantics.
 */
import { PSHashtable } from '../values/hashtable.js';
import { convertTo as valuesConvertTo } from '../values/convert.js';
import { binaryOperator as valuesBinary, unaryOperator as valuesUnary, type OperatorContext } from '../values/operators.js';

export { PSHashtable };
export { toBoolean, toPSString } from '../values/convert.js';
export { getMember, setMember, invokeMethod, indexValue as getIndex, setIndex } from '../values/members.js';
export { getStaticMember, invokeStaticMethod } from '../values/statics.js';
export { PSTypeObject } from '../values/type-object.js';
export { resolveType } from '../values/types.js';

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

/** binaryOperator for one operator, its spelling resolved once (for compiled loop bodies). */
export function binaryOperatorFor(op: string): (left: unknown, right: unknown) => unknown {
  const dashed = /^[a-z]/.test(op) ? `-${op}` : op;
  return (left, right) => valuesBinary(dashed, left, right);
}

export function unaryOperator(op: string, value: unknown): unknown {
  return valuesUnary(/^[a-z]/.test(op) ? `-${op}` : op, value);
}

export function newHashtable(ordered: boolean): PSHashtable {
  return new PSHashtable(ordered);
}

export function hashtableSet(table: unknown, key: unknown, value: unknown): void {
  (table as PSHashtable).set(key, value);
}
