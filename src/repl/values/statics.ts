/**
 * `[Type]::Member` and `[Type]::Method(args)` for the evaluator:
 * getStaticMember / invokeStaticMethod. `[Type]::new(...)` is the method 'new'.
 * Other layers may add types with registerStaticType.
 */
import { PSRuntimeError } from './errors.js';
import { callFromTable } from './method-support.js';
import { resolveType, type PSTypeInfo } from './types.js';
import { PSTypeObject } from './type-object.js';
import { typeNotFound } from './convert.js';
import { MATH, INT32, INT64, INT16, UINT16, UINT32, UINT64, BYTE, SBYTE, DOUBLE, SINGLE, DECIMAL, CHAR, STRING, CONVERT, ENCODING, type StaticType } from './static-numeric.js';
import {
  DATETIME, TIMESPAN, GUID, PATH, ENVIRONMENT, REGEX, PSCREDENTIAL, HASHTABLE, SECURESTRING, listStatics, enumStatics,
} from './static-system.js';
import { ENUM_DEFS } from './enum.js';
import { STRING_BUILDER } from './string-builder.js';
import { ARRAY_STATICS } from './collection-methods.js';

export type { StaticType } from './static-numeric.js';

const registry = new Map<string, StaticType>(Object.entries({
  'system.math': MATH,
  'system.int32': INT32,
  'system.int64': INT64,
  'system.int16': INT16,
  'system.uint16': UINT16,
  'system.uint32': UINT32,
  'system.uint64': UINT64,
  'system.byte': BYTE,
  'system.sbyte': SBYTE,
  'system.double': DOUBLE,
  'system.single': SINGLE,
  'system.decimal': DECIMAL,
  'system.char': CHAR,
  'system.string': STRING,
  'system.convert': CONVERT,
  'system.text.encoding': ENCODING,
  'system.datetime': DATETIME,
  'system.timespan': TIMESPAN,
  'system.guid': GUID,
  'system.io.path': PATH,
  'system.environment': ENVIRONMENT,
  'system.text.regularexpressions.regex': REGEX,
  'system.management.automation.pscredential': PSCREDENTIAL,
  'system.collections.hashtable': HASHTABLE,
  'system.security.securestring': SECURESTRING,
  'system.text.stringbuilder': STRING_BUILDER,
  'system.array': { methods: ARRAY_STATICS },
  ...Object.fromEntries(Object.keys(ENUM_DEFS).map((name) => [name.toLowerCase(), enumStatics(name)])),
}));

/** Adds or replaces the static members of a type (by full name). */
export function registerStaticType(fullName: string, statics: StaticType): void {
  registry.set(fullName.toLowerCase(), statics);
}

function resolve(type: string | PSTypeInfo | PSTypeObject): PSTypeInfo {
  if (type instanceof PSTypeObject) return type.info;
  if (typeof type !== 'string') return type;
  const t = resolveType(type);
  if (!t) throw typeNotFound(type);
  return t;
}

function staticsOf(t: PSTypeInfo): StaticType | undefined {
  if (t.kind === 'list') return listStatics(t.elementType?.fullName ?? 'System.Object');
  return registry.get(t.fullName.toLowerCase());
}

/** The static members a type offers (for completion), or undefined when it has none. */
export function staticMembersOf(type: PSTypeInfo): StaticType | undefined {
  return staticsOf(type);
}

/** `[Type]::Name`; an unknown member is $null, as in PowerShell. */
export function getStaticMember(type: string | PSTypeInfo | PSTypeObject, name: string): unknown {
  const t = resolve(type);
  const prop = staticsOf(t)?.props?.[name.toLowerCase()];
  return prop ? prop() : null;
}

/** `[Type]::Name(args)`. */
export function invokeStaticMethod(type: string | PSTypeInfo | PSTypeObject, name: string, args: unknown[] = []): unknown {
  const t = resolve(type);
  const methods = staticsOf(t)?.methods;
  if (methods) {
    const r = callFromTable(methods, null, name, args);
    if (r.found) return r.value;
  }
  throw new PSRuntimeError(
    `Method invocation failed because [${t.fullName}] does not contain a method named '${name}'.`,
    'MethodNotFound', 'InvalidOperation',
  );
}
