/**
 * The synchronous fast path for expressions that cannot run a command:
 * constants, variables, operators, members, indexing, casts. Whether a node
 * qualifies is decided once per node and cached, so `$_ % 3 -eq 0` in a
 * Where-Object block costs no promises. Everything else goes through the
 * async evaluator in expressions.ts, which shares the `apply*` helpers here.
 */
import type {
  BinaryExpressionAst, ExpressionAst, InvokeMemberExpressionAst, MemberExpressionAst, UnaryExpressionAst,
} from '../../syntax/ast.js';
import { PSObject } from '../../values/psobject.js';
import { runtimeError, RuntimeError, shortTypeName } from '../errors/error-record.js';
import type { Frame } from '../runtime.js';
import { ScriptBlock, Source } from '../runtime.js';
import { Scope } from '../scope.js';
import { parseScript } from '../../syntax/index.js';
import {
  binaryOperator, unaryOperator, convertTo, getIndex, getMember, getStaticMember, invokeMethod, invokeStaticMethod, toBoolean, toPSString, PSHashtable,
  PSTypeObject, resolveType,
} from '../value-ops.js';
import { readVariable, writeVariable } from './variables.js';
import { expandParts } from './strings.js';
import { isBlockOperator, isSyncBlockOperand, operatorBlockFunction } from './operator-blocks.js';
import { isChar, literalNumber, makeChar, makeDecimal, makeNumber } from '../../values/numbers.js';
import { decimalLiteralScale } from '../../syntax/numbers.js';
import type { ConstantExpressionAst } from '../../syntax/ast.js';

/** Non-Int32 literals (`1l`, `1e2`, `1.5d`, `100uy`, `0xFFu`) as the value layer's typed numbers; boxes are immutable, so one per node. */
const typedConstants = new WeakMap<ConstantExpressionAst, unknown>();
function typedConstant(node: ConstantExpressionAst): unknown {
  let v = typedConstants.get(node);
  if (v === undefined) {
    const type = node.numberType;
    if (type === 'decimal') v = makeDecimal(node.value, decimalLiteralScale(node.text));
    else v = type === 'long' || type === 'double' ? literalNumber(type, node.value, node.text) : makeNumber(type, node.value);
    typedConstants.set(node, v);
  }
  return v;
}

/** A `[TypeName]` the value layer does not know as a type object (its statics may still resolve it). */
export class TypeLiteral {
  constructor(readonly name: string) {}
  toString(): string {
    return this.name;
  }
}

const typeCache = new Map<string, PSTypeObject | TypeLiteral>();

/** What `[int]` evaluates to: a System.Type object when the value layer knows the type. */
export function typeValue(name: string): PSTypeObject | TypeLiteral {
  let v = typeCache.get(name);
  if (!v) {
    const info = resolveType(name);
    v = info ? new PSTypeObject(info) : new TypeLiteral(name);
    typeCache.set(name, v);
  }
  return v;
}

/** A type operand as the value layer's statics and -is/-as take it. */
function typeArg(target: unknown): string | PSTypeObject {
  if (target instanceof TypeLiteral) return target.name;
  if (target instanceof PSTypeObject) return target;
  return toPSString(target);
}

const pureCache = new WeakMap<ExpressionAst, boolean>();
/** Methods whose call may run script or wait for an answer ($PSCmdlet.ShouldProcess prompts under -Confirm). */
const ASYNC_METHODS = new Set(['invoke', 'invokereturnasis', 'foreach', 'where', 'shouldprocess']);

export function isPure(node: ExpressionAst): boolean {
  let v = pureCache.get(node);
  if (v === undefined) {
    v = computePure(node);
    pureCache.set(node, v);
  }
  return v;
}

function computePure(node: ExpressionAst): boolean {
  switch (node.kind) {
    case 'ConstantExpression': case 'StringConstantExpression': case 'TypeExpression': case 'ScriptBlockExpression':
      return true;
    case 'VariableExpression':
      return !node.splatted;
    case 'BinaryExpression':
      return isPure(node.left) && isPure(node.right) && (!isBlockOperator(node.operator) || isSyncBlockOperand(node.right));
    case 'TernaryExpression':
      return isPure(node.condition) && isPure(node.ifTrue) && isPure(node.ifFalse);
    case 'UnaryExpression':
      // `$h.n++` / `$a[0]++` assign through the async assignment path.
      return isPure(node.operand) && !((node.operator === '++' || node.operator === '--') && node.operand.kind !== 'VariableExpression');
    case 'RangeExpression':
      return isPure(node.lower) && isPure(node.upper);
    case 'ArrayLiteral':
      return node.elements.every(isPure);
    case 'ConvertExpression':
      return isPure(node.child);
    case 'MemberExpression':
      return isPure(node.target) && isPure(node.member);
    case 'IndexExpression':
      return isPure(node.target) && isPure(node.index);
    case 'InvokeMemberExpression':
      return isPure(node.target) && isPure(node.member) && node.arguments.every(isPure)
        && !(node.member.kind === 'StringConstantExpression' && ASYNC_METHODS.has(node.member.value.toLowerCase()));
    case 'ExpandableStringExpression':
      return node.parts.every((p) => p.kind !== 'SubExpression');
    default:
      return false;
  }
}

/** Evaluates a node for which isPure() is true. */
export function evalPure(node: ExpressionAst, frame: Frame): unknown {
  switch (node.kind) {
    case 'ConstantExpression': return node.numberType === 'int' ? node.value : typedConstant(node);
    case 'StringConstantExpression': return node.value;
    case 'VariableExpression': return readVariable(node, frame);
    case 'BinaryExpression': {
      if (node.operator === 'and') return toBoolean(evalPure(node.left, frame)) && toBoolean(evalPure(node.right, frame));
      if (node.operator === 'or') return toBoolean(evalPure(node.left, frame)) || toBoolean(evalPure(node.right, frame));
      if (node.operator === '??') {
        const left = evalPure(node.left, frame);
        return left === null || left === undefined ? evalPure(node.right, frame) : left;
      }
      return applyBinary(node, evalPure(node.left, frame), node.right.kind === 'TypeExpression' ? typeValue(node.right.typeName.name) : evalPure(node.right, frame), frame);
    }
    case 'TernaryExpression': return evalPure(toBoolean(evalPure(node.condition, frame)) ? node.ifTrue : node.ifFalse, frame);
    case 'UnaryExpression': return applyUnary(node, frame, evalPure(node.operand, frame));
    case 'RangeExpression': return rangeArray(evalPure(node.lower, frame), evalPure(node.upper, frame));
    case 'ArrayLiteral': return node.elements.map((e) => evalPure(e, frame));
    case 'ConvertExpression': return applyConvert(node.typeName.name, evalPure(node.child, frame));
    case 'TypeExpression': return typeValue(node.typeName.name);
    case 'ScriptBlockExpression': return new ScriptBlock(node.scriptBlock, frame.source, node.text);
    case 'MemberExpression': return applyMember(node, evalPure(node.target, frame), memberName(evalPure(node.member, frame)));
    case 'IndexExpression': return applyIndex(evalPure(node.target, frame), evalPure(node.index, frame));
    case 'InvokeMemberExpression':
      return applyInvokeSync(node, evalPure(node.target, frame), memberName(evalPure(node.member, frame)), node.arguments.map((a) => evalPure(a, frame)), frame);
    case 'ExpandableStringExpression': return expandParts(node.parts, frame, () => null);
    default: throw runtimeError(`Internal error: ${node.kind} is not a pure expression.`);
  }
}

export function memberName(value: unknown): string {
  return typeof value === 'string' ? value : toPSString(value);
}

export function applyBinary(node: BinaryExpressionAst, left: unknown, right: unknown, frame: Frame): unknown {
  const op = node.operator;
  if (op === 'is' || op === 'isnot' || op === 'as') {
    const type = right instanceof PSTypeObject ? right.info : typeArg(right);
    return wrapValueError(() => binaryOperator(op, left, type));
  }
  if (op === 'match' || op === 'imatch' || op === 'cmatch' || op === 'notmatch' || op === 'inotmatch' || op === 'cnotmatch') {
    return wrapValueError(() => binaryOperator(op, left, right, { onMatches: (m) => setMatches(frame, m) }));
  }
  if (op.endsWith('replace') || op.endsWith('split')) {
    return wrapValueError(() => binaryOperator(op, left, right, { scriptBlockFunction: operatorBlockFunction(frame) }));
  }
  return wrapValueError(() => binaryOperator(op, left, right));
}

/** A scalar -match that matched sets $Matches where the caller can see it. */
export function setMatches(frame: Frame, table: PSHashtable): void {
  const existing = frame.scope.lookup('matches');
  if (existing) existing.value = table;
  else frame.scope.define({ name: 'Matches', value: table });
}

export function applyUnary(node: UnaryExpressionAst, frame: Frame, value: unknown): unknown {
  switch (node.operator) {
    case '!': case 'not': return !toBoolean(value);
    case '-': case '+': case 'bnot': case 'join': case 'split': return wrapValueError(() => unaryOperator(node.operator, value));
    case 'isplit': case 'csplit': return wrapValueError(() => unaryOperator('split', value));
    case ',': return [value];
    case '++': case '--': {
      if (node.operand.kind !== 'VariableExpression') throw runtimeError('The operand of an increment or decrement operator must be a variable, property or array element.', { errorId: 'OperatorRequiresVariableOrProperty', category: 'ParserError' });
      const updated = wrapValueError(() => binaryOperator(node.operator === '++' ? '+' : '-', value ?? 0, 1));
      writeVariable(node.operand, frame, updated);
      return node.postfix ? (value ?? 0) : updated;
    }
  }
}

/** `1..5`, `5..1`; with one-character bounds (`'a'..'e'`, `[char]'a'..[char]'e'`) a range of [char]s, as in pwsh 7. */
export function rangeArray(lowerValue: unknown, upperValue: unknown): unknown[] {
  const [lo, hi, chars] = rangeBounds(lowerValue, upperValue);
  checkRangeSize(lo, hi);
  const count = Math.abs(hi - lo) + 1;
  const out = new Array<number>(count);
  const step = hi >= lo ? 1 : -1;
  for (let i = 0, v = lo; i < count; i++, v += step) out[i] = v;
  return chars ? out.map((c) => rangeItem(c, true)) : out;
}

/** Ranges that would be built as arrays are capped, as pwsh caps them. */
export function checkRangeSize(lo: number, hi: number): void {
  if (Math.abs(hi - lo) + 1 > 50_000_000) throw runtimeError('The range is too large.', { errorId: 'RangeTooLarge', category: 'InvalidArgument' });
}

/** One step of a range: the number, or the [char] with that code for a char range. */
export function rangeItem(v: number, chars: boolean): unknown {
  return chars ? makeChar(String.fromCharCode(v)) : v;
}

export function rangeBounds(lowerValue: unknown, upperValue: unknown): [number, number, boolean] {
  // A [char] bound counts as its one-character string ([char]'a'..[char]'c').
  const lowerText = isChar(lowerValue) ? lowerValue.toString() : lowerValue;
  const upperText = isChar(upperValue) ? upperValue.toString() : upperValue;
  if (typeof lowerText === 'string' && typeof upperText === 'string' && lowerText.length === 1 && upperText.length === 1 && !/\d/.test(lowerText + upperText)) {
    return [lowerText.charCodeAt(0), upperText.charCodeAt(0), true];
  }
  const lo = convertTo(lowerValue, 'int') as number;
  const hi = convertTo(upperValue, 'int') as number;
  return [lo, hi, false];
}

export function applyConvert(typeName: string, value: unknown): unknown {
  const lower = typeName.toLowerCase();
  if (lower === 'void') return undefined;
  if (lower === 'scriptblock' && value instanceof ScriptBlock) return value;
  return wrapValueError(() => convertTo(value, typeName));
}

export function applyMember(node: MemberExpressionAst, target: unknown, name: string): unknown {
  if (node.static) {
    const type = typeArg(target);
    return wrapValueError(() => getStaticMember(type, name));
  }
  if (target instanceof ScriptBlock) {
    if (name.toLowerCase() === 'ast') return target.ast;
    if (name.toLowerCase() === 'file') return target.source.fileName ?? null;
  }
  return wrapValueError(() => getMember(target, name));
}

export function applyIndex(target: unknown, index: unknown): unknown {
  if (target === null || target === undefined) {
    throw runtimeError('Cannot index into a null array.', { errorId: 'NullArray', category: 'InvalidOperation' });
  }
  return wrapValueError(() => getIndex(target, index));
}

export function applyInvokeSync(node: InvokeMemberExpressionAst, target: unknown, name: string, args: unknown[], frame: Frame): unknown {
  const lower = name.toLowerCase();
  if (node.static) {
    const type = typeArg(target);
    const typeName = typeof type === 'string' ? type : type.fullName;
    if (lower === 'create' && /^(system\.management\.automation\.)?scriptblock$/i.test(typeName)) return createScriptBlock(toPSString(args[0]));
    if (lower === 'new' && /exception$/i.test(typeName)) return exceptionObject(typeName, args);
    return wrapValueError(() => invokeStaticMethod(type, name, args), name, args.length);
  }
  if (target instanceof ScriptBlock) {
    if (lower === 'getnewclosure') return new ScriptBlock(target.ast, target.source, target.text, captureScope(frame));
    if (lower === 'tostring') return target.toString();
  }
  if (target instanceof PSObject && lower === 'tostring' && !target.getMethod('ToString')) return toPSString(target);
  return wrapValueError(() => invokeMethod(target, name, args), name, args.length);
}

/** `[scriptblock]::Create(text)`. */
function createScriptBlock(text: string): ScriptBlock {
  const { ast, diagnostics } = parseScript(text);
  if (diagnostics.length) throw runtimeError(diagnostics[0]!.message, { errorId: 'ParseException', category: 'ParserError', exceptionType: 'System.Management.Automation.ParseException' });
  return new ScriptBlock(ast, new Source(text), `{${text}}`);
}

/** `[System.ArgumentException]::new('message')`: an exception object scripts can throw and catch by type. */
export function exceptionObject(typeName: string, args: unknown[]): PSObject {
  const full = typeName.includes('.') ? typeName : `System.${typeName}`;
  const message = args.length ? toPSString(args[0]) : `Exception of type '${full}' was thrown.`;
  const ex = new PSObject({ Message: message, InnerException: args[1] ?? null }, [full, 'System.Exception', 'System.Object']);
  ex.addMethod('ToString', () => `${full}: ${message}`);
  return ex;
}

/** GetNewClosure(): copies of the variables visible now, so later changes do not reach the closure. */
function captureScope(frame: Frame): Scope {
  const captured = new Scope(frame.scope.global());
  for (const v of frame.scope.visibleVariables()) if (!v.readOnly && !v.constant) captured.define({ ...v });
  return captured;
}

/** Turns the value layer's exceptions into ErrorRecords; a method's .NET exception gets pwsh's "Exception calling" wrapper. */
export function wrapValueError<T>(fn: () => T, method?: string, argCount?: number): T {
  try {
    return fn();
  } catch (e) {
    throw valueError(e, method, argCount);
  }
}

/** The error to throw for what the value layer threw (wrapValueError without the closure, for hot paths). */
export function valueError(e: unknown, method?: string, argCount?: number): unknown {
  if (e instanceof RuntimeError || !(e instanceof Error)) return e;
  const typed = e as Error & { exceptionType?: string; errorId?: string; category?: string };
  if (e.name === 'DotNetException' && method !== undefined) {
    return runtimeError(`Exception calling "${method}" with "${argCount}" argument(s): "${e.message}"`, {
      exceptionType: 'System.Management.Automation.MethodInvocationException',
      errorId: typed.exceptionType ? shortTypeName(typed.exceptionType) : 'MethodInvocationException',
      category: 'NotSpecified',
    });
  }
  // Other .NET exceptions (a duplicate hashtable key) stop the operation, as pwsh reports them.
  if (e.name === 'DotNetException') {
    return runtimeError(e.message, { exceptionType: typed.exceptionType, errorId: typed.exceptionType ? shortTypeName(typed.exceptionType) : 'RuntimeException', category: 'OperationStopped' });
  }
  // A PowerShell error about a .NET exception (1/0) surfaces as a RuntimeException wrapping it.
  if (typed.exceptionType && !typed.exceptionType.startsWith('System.Management.Automation.')) {
    return runtimeError(e.message, { errorId: typed.errorId ?? 'RuntimeException', category: 'NotSpecified', innerExceptionType: typed.exceptionType });
  }
  return runtimeError(e.message, { exceptionType: typed.exceptionType, errorId: typed.errorId, category: typed.category ?? 'InvalidOperation' });
}
