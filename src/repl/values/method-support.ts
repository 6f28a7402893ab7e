/**
 * Shared pieces for .NET-style method calls: the errors PowerShell reports
 * (unknown method, wrong argument count, an exception inside the method) and
 * argument coercion helpers.
 */
import { PSRuntimeError, DotNetException } from './errors.js';
import { toNumber, toBoolean } from './convert.js';
import { toPSString } from './to-string.js';
import { typeOf, TYPES } from './types.js';

/** A method implementation: receives the target and the (already evaluated) arguments. */
export type MethodImpl<T> = (self: T, args: unknown[]) => unknown;

/** Method table keyed by lower-case name; the value lists the accepted argument counts. */
export type MethodTable<T> = Record<string, { name: string; arity: readonly number[]; fn: MethodImpl<T> }>;

export function methodNotFound(value: unknown, name: string): PSRuntimeError {
  const type = typeOf(value)?.fullName ?? 'System.Object';
  return new PSRuntimeError(
    `Method invocation failed because [${type}] does not contain a method named '${name}'.`,
    'MethodNotFound', 'InvalidOperation',
  );
}

export function noOverload(name: string, count: number): PSRuntimeError {
  return new PSRuntimeError(
    `Cannot find an overload for "${name}" and the argument count: "${count}".`,
    'MethodCountCouldNotFindBest', 'NotSpecified',
  );
}

export function nullMethodCall(): PSRuntimeError {
  return new PSRuntimeError('You cannot call a method on a null-valued expression.', 'InvokeMethodOnNull', 'InvalidOperation');
}

/** `Exception calling "M" with "n" argument(s): "message"`, as PowerShell wraps .NET exceptions. */
export function wrapMethodException(name: string, argCount: number, error: DotNetException): PSRuntimeError {
  const shortType = error.exceptionType.slice(error.exceptionType.lastIndexOf('.') + 1);
  return new PSRuntimeError(
    `Exception calling "${name}" with "${argCount}" argument(s): "${error.message}"`,
    shortType, 'NotSpecified', 'System.Management.Automation.MethodInvocationException',
  );
}

export function argumentOutOfRange(message: string, param: string): DotNetException {
  return new DotNetException(`${message} (Parameter '${param}')`, 'System.ArgumentOutOfRangeException');
}

export function callFromTable<T>(table: MethodTable<T>, self: T, name: string, args: unknown[]): { found: boolean; value?: unknown } {
  const entry = table[name.toLowerCase()];
  if (!entry) return { found: false };
  if (!entry.arity.includes(args.length) && !(entry.arity.includes(-1))) throw noOverload(entry.name, args.length);
  try {
    return { found: true, value: entry.fn(self, args) };
  } catch (e) {
    if (e instanceof DotNetException) throw wrapMethodException(entry.name, args.length, e);
    if (e instanceof RangeError) throw wrapMethodException(entry.name, args.length, new DotNetException(e.message, 'System.ArgumentOutOfRangeException'));
    throw e;
  }
}

export const argInt = (v: unknown): number => Math.trunc(toNumber(v, TYPES.int));
export const argNum = (v: unknown): number => toNumber(v, TYPES.double);
export const argStr = (v: unknown): string => toPSString(v);
export const argBool = (v: unknown): boolean => toBoolean(v);

/** StringComparison / bool ignoreCase arguments: true when the comparison ignores case. */
export function ignoresCase(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  return /ignorecase/i.test(toPSString(v));
}
