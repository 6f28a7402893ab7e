/**
 * Type names: resolving `[int]`, `[System.IO.Path]`, `[string[]]`,
 * `[System.Collections.Generic.List[string]]` to a type descriptor, and the
 * type-name chain of a runtime value (for -is, GetType() and Get-Member).
 *
 * Numbers are JS numbers whose .NET type is inferred from the value, or
 * PSNumber boxes that name their type (see numbers.ts); a [char] is a
 * PSNumber too. Strings index to one-character strings.
 */
import { PSObject } from './psobject.js';
import { PSHashtable } from './hashtable.js';
import { DateTime } from './datetime.js';
import { DateTimeOffset } from './datetime-offset.js';
import { TimeSpan } from './timespan.js';
import { PSGuid } from './guid.js';
import { PSList } from './list.js';
import { SecureString } from './securestring.js';
import { PSRegex } from './psregex.js';
import { PSEnumValue } from './enum.js';
import { PSReference } from './reference.js';
import { PSNumber } from './numbers.js';

export type TypeKind =
  | 'object' | 'int' | 'long' | 'double' | 'decimal' | 'single' | 'byte' | 'sbyte' | 'short' | 'ushort' | 'uint' | 'ulong'
  | 'string' | 'char' | 'bool'
  | 'datetime' | 'timespan' | 'array' | 'hashtable' | 'ordered' | 'pscustomobject' | 'psobject' | 'guid'
  | 'regex' | 'securestring' | 'pscredential' | 'scriptblock' | 'switch' | 'void' | 'list' | 'uri' | 'version'
  | 'attribute' | 'static' | 'enum' | 'type' | 'ref';

export interface PSTypeInfo {
  /** Short name, as GetType().Name: 'Int32', 'Object[]', 'List`1'. */
  name: string;
  /** As GetType().FullName: 'System.Int32'. */
  fullName: string;
  kind: TypeKind;
  /** Full name of the base type; null for System.Object and interfaces. */
  baseType: string | null;
  /** Arrays and List[T]. */
  elementType?: PSTypeInfo;
}

const VALUE = 'System.ValueType';
const OBJ = 'System.Object';

function t(fullName: string, kind: TypeKind, baseType: string | null = OBJ): PSTypeInfo {
  return { name: fullName.slice(fullName.lastIndexOf('.') + 1), fullName, kind, baseType };
}

/** Types by lower-case full name. */
const BY_FULL_NAME = new Map<string, PSTypeInfo>();
/** Accelerators and other short names, lower-case. */
const BY_SHORT_NAME = new Map<string, PSTypeInfo>();

function register(info: PSTypeInfo, ...aliases: string[]): PSTypeInfo {
  BY_FULL_NAME.set(info.fullName.toLowerCase(), info);
  for (const a of aliases) BY_SHORT_NAME.set(a.toLowerCase(), info);
  return info;
}

export const TYPES = {
  object: register(t('System.Object', 'object', null), 'object'),
  int: register(t('System.Int32', 'int', VALUE), 'int', 'int32'),
  long: register(t('System.Int64', 'long', VALUE), 'long', 'int64'),
  short: register(t('System.Int16', 'short', VALUE), 'short', 'int16'),
  ushort: register(t('System.UInt16', 'ushort', VALUE), 'ushort', 'uint16'),
  uint: register(t('System.UInt32', 'uint', VALUE), 'uint', 'uint32'),
  ulong: register(t('System.UInt64', 'ulong', VALUE), 'ulong', 'uint64'),
  byte: register(t('System.Byte', 'byte', VALUE), 'byte'),
  sbyte: register(t('System.SByte', 'sbyte', VALUE), 'sbyte'),
  double: register(t('System.Double', 'double', VALUE), 'double'),
  single: register(t('System.Single', 'single', VALUE), 'single', 'float'),
  decimal: register(t('System.Decimal', 'decimal', VALUE), 'decimal'),
  string: register(t('System.String', 'string'), 'string'),
  char: register(t('System.Char', 'char', VALUE), 'char'),
  bool: register(t('System.Boolean', 'bool', VALUE), 'bool', 'boolean'),
  datetime: register(t('System.DateTime', 'datetime', VALUE), 'datetime'),
  datetimeoffset: register(t('System.DateTimeOffset', 'object', VALUE), 'datetimeoffset'),
  timespan: register(t('System.TimeSpan', 'timespan', VALUE), 'timespan'),
  array: register(t('System.Array', 'array'), 'array'),
  objectArray: register({ name: 'Object[]', fullName: 'System.Object[]', kind: 'array', baseType: 'System.Array' }),
  hashtable: register(t('System.Collections.Hashtable', 'hashtable'), 'hashtable'),
  ordered: register(t('System.Collections.Specialized.OrderedDictionary', 'ordered'), 'ordered'),
  pscustomobject: register(t('System.Management.Automation.PSCustomObject', 'pscustomobject'), 'pscustomobject'),
  psobject: register(t('System.Management.Automation.PSObject', 'psobject'), 'psobject'),
  guid: register(t('System.Guid', 'guid', VALUE), 'guid'),
  regex: register(t('System.Text.RegularExpressions.Regex', 'regex'), 'regex'),
  securestring: register(t('System.Security.SecureString', 'securestring'), 'securestring'),
  pscredential: register(t('System.Management.Automation.PSCredential', 'pscredential'), 'pscredential'),
  scriptblock: register(t('System.Management.Automation.ScriptBlock', 'scriptblock'), 'scriptblock'),
  switch: register(t('System.Management.Automation.SwitchParameter', 'switch', VALUE), 'switch'),
  void: register(t('System.Void', 'void', VALUE), 'void'),
  uri: register(t('System.Uri', 'uri'), 'uri'),
  version: register(t('System.Version', 'version'), 'version'),
  type: register(t('System.Type', 'type', 'System.Reflection.MemberInfo'), 'type'),
  math: register(t('System.Math', 'static'), 'math'),
  path: register(t('System.IO.Path', 'static')),
  environment: register(t('System.Environment', 'static'), 'environment'),
  convert: register(t('System.Convert', 'static'), 'convert'),
  encoding: register(t('System.Text.Encoding', 'static')),
  dayOfWeek: register(t('System.DayOfWeek', 'enum', 'System.Enum'), 'dayofweek'),
  dateTimeKind: register(t('System.DateTimeKind', 'enum', 'System.Enum')),
  midpoint: register(t('System.MidpointRounding', 'enum', 'System.Enum')),
  regexOptions: register(t('System.Text.RegularExpressions.RegexOptions', 'enum', 'System.Enum')),
  stringSplitOptions: register(t('System.StringSplitOptions', 'enum', 'System.Enum')),
  stringComparison: register(t('System.StringComparison', 'enum', 'System.Enum'), 'StringComparison'),
  match: register(t('System.Text.RegularExpressions.Match', 'object', 'System.Text.RegularExpressions.Group')),
  dictionaryEntry: register(t('System.Collections.DictionaryEntry', 'object', VALUE)),
  stringBuilder: register(t('System.Text.StringBuilder', 'object')),
  ref: register(t('System.Management.Automation.PSReference', 'ref'), 'ref'),
  groupInfo: register(t('Microsoft.PowerShell.Commands.GroupInfo', 'object')),
  groupInfoNoElement: register(t('Microsoft.PowerShell.Commands.GroupInfoNoElement', 'object', 'Microsoft.PowerShell.Commands.GroupInfo')),
} as const;

for (const full of [
  'System.ValueType', 'System.Enum', 'System.Attribute', 'System.Collections.IEnumerable', 'System.Collections.IList',
  'System.Collections.ICollection', 'System.Collections.IDictionary', 'System.IComparable', 'System.IFormattable',
]) {
  register(t(full, 'object', full.startsWith('System.Collections.I') || full.startsWith('System.I') ? null : OBJ));
}

for (const name of [
  'CmdletBinding', 'Parameter', 'Alias', 'OutputType', 'ValidateSet', 'ValidateNotNullOrEmpty', 'ValidateNotNull',
  'ValidateRange', 'ValidatePattern', 'ValidateLength', 'ValidateCount', 'ValidateScript', 'AllowNull',
  'AllowEmptyString', 'AllowEmptyCollection', 'SupportsWildcards', 'ArgumentCompleter', 'PSDefaultValue',
  'ValidateNotNullOrWhiteSpace',
]) {
  register(t(`System.Management.Automation.${name}Attribute`, 'attribute', 'System.Attribute'), name, `${name}Attribute`);
}

/** The assemblies .NET names inside generic type names (pwsh 7.4.6 on .NET 8). */
const CORELIB = 'System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e';
const AUTOMATION = 'System.Management.Automation, Version=7.4.6.500, Culture=neutral, PublicKeyToken=31bf3856ad364e35';

const GENERIC_LIST = /^(?:system\.collections\.generic\.)?list$/i;

function splitTypeArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of text) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === ',' && depth === 0) { args.push(cur.trim()); cur = ''; continue; }
    cur += ch;
  }
  if (cur.trim()) args.push(cur.trim());
  return args;
}

export function arrayTypeOf(element: PSTypeInfo): PSTypeInfo {
  if (element.kind === 'object') return TYPES.objectArray;
  return { name: `${element.name}[]`, fullName: `${element.fullName}[]`, kind: 'array', baseType: 'System.Array', elementType: element };
}

export function listTypeOf(element: PSTypeInfo): PSTypeInfo {
  return {
    name: 'List`1',
    fullName: `System.Collections.Generic.List\`1[[${element.fullName}, ${CORELIB}]]`,
    kind: 'list',
    baseType: OBJ,
    elementType: element,
  };
}

/** System.Collections.ObjectModel.Collection[T], as Group-Object's Group. */
export function collectionTypeOf(element: PSTypeInfo): PSTypeInfo {
  const assembly = element.fullName.startsWith('System.Management.Automation.') ? AUTOMATION : CORELIB;
  return {
    name: 'Collection`1',
    fullName: `System.Collections.ObjectModel.Collection\`1[[${element.fullName}, ${assembly}]]`,
    kind: 'list',
    baseType: OBJ,
    elementType: element,
  };
}

/** Resolves a type literal's text (without the outer brackets); undefined when unknown. */
export function resolveType(text: string): PSTypeInfo | undefined {
  const name = text.trim();
  if (name.endsWith('[]')) {
    const element = resolveType(name.slice(0, -2));
    return element && arrayTypeOf(element);
  }
  const generic = /^([^[\]]+)\[(.+)\]$/.exec(name);
  if (generic) {
    const args = splitTypeArgs(generic[2]!).map((a) => resolveType(a.replace(/^\[(.*)\]$/, '$1')));
    if (GENERIC_LIST.test(generic[1]!.trim()) && args.length === 1 && args[0]) return listTypeOf(args[0]);
    return undefined;
  }
  const lower = name.toLowerCase();
  return BY_SHORT_NAME.get(lower) ?? BY_FULL_NAME.get(lower) ?? BY_FULL_NAME.get(`system.${lower}`);
}

/** A value kind the engine defines (ScriptBlock, ErrorRecord…) and its type names, most specific first. */
export interface ValueTypeRegistration {
  test(value: unknown): boolean;
  typeNames: string[];
}

const registrations: ValueTypeRegistration[] = [];

/** Lets other layers give their own JS classes .NET type names (e.g. the engine's ScriptBlock). */
export function registerValueType(reg: ValueTypeRegistration): void {
  registrations.push(reg);
}

/** Marks a JS array with the element type a cast gave it (`[string[]]`). */
export const ARRAY_ELEMENT_TYPE: unique symbol = Symbol('exosh.arrayElementType');
export type TypedArray = unknown[] & { [ARRAY_ELEMENT_TYPE]?: PSTypeInfo };

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;
const INT64_LIMIT = 9223372036854775808;

export function numberType(n: number): PSTypeInfo {
  if (Number.isInteger(n)) {
    if (n >= INT32_MIN && n <= INT32_MAX) return TYPES.int;
    // 2^63 is how [long]::MaxValue arrives as a JS number.
    if (n >= -INT64_LIMIT && n <= INT64_LIMIT) return TYPES.long;
  }
  return TYPES.double;
}

/** The runtime type of a value, for GetType(); null for $null. */
export function typeOf(value: unknown): PSTypeInfo | null {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'number': return numberType(value);
    case 'string': return TYPES.string;
    case 'boolean': return TYPES.bool;
    case 'bigint': return TYPES.long;
    default: break;
  }
  if (value instanceof PSNumber) return TYPES[value.kind];
  if (Array.isArray(value)) {
    const element = (value as TypedArray)[ARRAY_ELEMENT_TYPE];
    return element ? arrayTypeOf(element) : TYPES.objectArray;
  }
  if (value instanceof PSHashtable) return value.ordered ? TYPES.ordered : TYPES.hashtable;
  if (value instanceof DateTime) return TYPES.datetime;
  if (value instanceof DateTimeOffset) return TYPES.datetimeoffset;
  if (value instanceof TimeSpan) return TYPES.timespan;
  if (value instanceof PSGuid) return TYPES.guid;
  if (value instanceof PSReference) return TYPES.ref;
  if (value instanceof PSEnumValue) return BY_FULL_NAME.get(value.typeName.toLowerCase()) ?? t(value.typeName, 'enum', 'System.Enum');
  if (value instanceof PSRegex) return TYPES.regex;
  if (value instanceof SecureString) return TYPES.securestring;
  if (value instanceof PSList) {
    const element = resolveType(value.elementType) ?? TYPES.object;
    return value.listClass === 'System.Collections.Generic.List' ? listTypeOf(element) : collectionTypeOf(element);
  }
  if (value instanceof PSObject) {
    const full = value.typeName;
    const known = BY_FULL_NAME.get(full.toLowerCase());
    return known ?? { name: full.slice(full.lastIndexOf('.') + 1), fullName: full, kind: 'object', baseType: value.typeNames[1] ?? OBJ };
  }
  for (const reg of registrations) {
    if (reg.test(value)) {
      const full = reg.typeNames[0]!;
      return BY_FULL_NAME.get(full.toLowerCase()) ?? { name: full.slice(full.lastIndexOf('.') + 1), fullName: full, kind: 'object', baseType: reg.typeNames[1] ?? OBJ };
    }
  }
  return TYPES.object;
}

/** Type names of a value, most specific first (PSObject.TypeNames / Get-Member's TypeName). */
export function typeNamesOf(value: unknown): string[] {
  if (value instanceof PSObject) return value.typeNames;
  const type = typeOf(value);
  if (!type) return [];
  for (const reg of registrations) if (type.kind === 'object' && reg.test(value)) return reg.typeNames;
  const names = [type.fullName];
  let base = type.baseType;
  while (base) {
    names.push(base);
    base = base === VALUE || base === 'System.Array' || base === 'System.Enum' || base === 'System.Attribute' || base === 'System.Reflection.MemberInfo'
      ? (base === 'System.Enum' ? VALUE : OBJ)
      : base === OBJ ? null : BY_FULL_NAME.get(base.toLowerCase())?.baseType ?? OBJ;
  }
  return names;
}

/** Interfaces and other names `-is` accepts beyond the class chain. */
function extraNamesOf(value: unknown): string[] {
  if (typeof value === 'string') return ['System.Collections.IEnumerable', 'System.IComparable'];
  if (Array.isArray(value) || value instanceof PSList) return ['System.Collections.IEnumerable', 'System.Collections.IList', 'System.Collections.ICollection'];
  if (value instanceof PSHashtable) return ['System.Collections.IEnumerable', 'System.Collections.IDictionary', 'System.Collections.ICollection'];
  if (typeof value === 'number' || value instanceof PSNumber || value instanceof DateTime || value instanceof DateTimeOffset || value instanceof TimeSpan) return ['System.IComparable', 'System.IFormattable'];
  return [];
}

/** `value -is [type]`. */
export function isInstanceOf(value: unknown, type: PSTypeInfo): boolean {
  if (value === null || value === undefined) return false;
  if (type === TYPES.object) return true;
  // Any value is a PSObject to PowerShell only when wrapped; custom objects are.
  if (type.kind === 'psobject') return value instanceof PSObject;
  if (type.kind === 'pscustomobject') return value instanceof PSObject;
  if (type.kind === 'array' && type.fullName === 'System.Array') return Array.isArray(value);
  if (type.kind === 'array' && type.elementType && Array.isArray(value)) {
    const own = typeOf(value)!;
    return own.fullName === type.fullName || type.fullName === 'System.Object[]';
  }
  const target = type.fullName.toLowerCase();
  return typeNamesOf(value).some((n) => n.toLowerCase() === target)
    || extraNamesOf(value).some((n) => n.toLowerCase() === target);
}
