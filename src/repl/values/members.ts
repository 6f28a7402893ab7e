/**
 * Member access for the evaluator: `getMember` ($x.Name, including member
 * enumeration over arrays), `setMember`, `invokeMethod` ($x.Trim()), and
 * `indexValue` ($x[0], $x[-1], $h['key'], $m.Groups['name']).
 *
 * Method results: `undefined` means a void method (nothing to output);
 * `null` is a $null result.
 */
import { PSObject } from './psobject.js';
import { PSHashtable } from './hashtable.js';
import { DateTime } from './datetime.js';
import { DateTimeOffset } from './datetime-offset.js';
import { TimeSpan } from './timespan.js';
import { PSGuid } from './guid.js';
import { PSList } from './list.js';
import { PSRegex } from './psregex.js';
import { SecureString } from './securestring.js';
import { PSRuntimeError } from './errors.js';
import { toPSString } from './to-string.js';
import { valueEquals, compareValues } from './comparison.js';
import { formatNumber } from './number-format.js';
import { typeOf, typeNamesOf as typeNamesOfValue } from './types.js';
import { PSTypeObject } from './type-object.js';
import { PSEnumValue } from './enum.js';
import { PSReference } from './reference.js';
import { SwitchValue } from './convert.js';
import { PSNumber, makeChar, toJsNumber } from './numbers.js';
import { listMembers } from './member-list.js';
import { STRING_METHODS } from './string-methods.js';
import { ARRAY_METHODS, HASHTABLE_METHODS, LIST_METHODS } from './collection-methods.js';
import { DATETIME_METHODS, DATETIMEOFFSET_METHODS, TIMESPAN_METHODS, dateTimeOffsetProperty, dateTimeProperty, timeSpanProperty } from './datetime-members.js';
import { REGEX_METHODS, GROUP_COLLECTION } from './regex-objects.js';
import { callFromTable, methodNotFound, nullMethodCall, argStr, argInt, type MethodTable } from './method-support.js';

type Lookup = { found: boolean; value?: unknown };

/** Lets another layer give members to its own JS classes (e.g. the engine's ScriptBlock). */
export interface MemberProvider {
  test(value: unknown): boolean;
  getMember?(value: unknown, name: string): Lookup;
  invokeMethod?(value: unknown, name: string, args: unknown[]): Lookup;
}

const providers: MemberProvider[] = [];

export function registerMemberProvider(p: MemberProvider): void {
  providers.push(p);
}

const NOT_FOUND: Lookup = { found: false };

function isCollection(v: unknown): v is unknown[] | PSList {
  return Array.isArray(v) || v instanceof PSList;
}

/** A property of one (non-collection) value; `found` is false when it has no such member. */
function ownMember(value: unknown, lname: string): Lookup {
  if (value instanceof PSNumber) value = value.value;
  if (value instanceof PSObject) {
    // Property names are case-insensitive in PSObject already.
    const v = value.get(lname);
    if (v !== undefined || value.has(lname)) return { found: true, value: v };
    if (lname === 'count' || lname === 'length') return { found: true, value: 1 };
    if (lname === 'pstypenames') return { found: true, value: value.typeNames };
    return NOT_FOUND;
  }
  if (value instanceof PSHashtable) {
    if (value.containsKey(lname)) return { found: true, value: value.get(lname) };
    // `$h.1` reaches an integer key.
    if (/^-?\d+$/.test(lname) && value.containsKey(Number(lname))) return { found: true, value: value.get(Number(lname)) };
    switch (lname) {
      case 'count': return { found: true, value: value.count };
      case 'keys': return { found: true, value: value.keys() };
      case 'values': return { found: true, value: value.values() };
      case 'length': return { found: true, value: 1 };
      case 'isreadonly': case 'isfixedsize': case 'issynchronized': return { found: true, value: false };
      default: return NOT_FOUND;
    }
  }
  switch (typeof value) {
    case 'string':
      if (lname === 'length') return { found: true, value: value.length };
      if (lname === 'count') return { found: true, value: 1 };
      return NOT_FOUND;
    case 'number': case 'boolean':
      return lname === 'count' || lname === 'length' ? { found: true, value: 1 } : NOT_FOUND;
    default: break;
  }
  if (value instanceof DateTime) return lname === 'count' || lname === 'length' ? { found: true, value: 1 } : dateTimeProperty(value, lname);
  if (value instanceof DateTimeOffset) return lname === 'count' || lname === 'length' ? { found: true, value: 1 } : dateTimeOffsetProperty(value, lname);
  if (value instanceof TimeSpan) return lname === 'count' || lname === 'length' ? { found: true, value: 1 } : timeSpanProperty(value, lname);
  if (value instanceof PSTypeObject) return value.property(lname);
  if (value instanceof PSGuid) return lname === 'guid' ? { found: true, value: value.toString() } : NOT_FOUND;
  if (value instanceof PSEnumValue) return lname === 'value__' ? { found: true, value: value.value } : NOT_FOUND;
  if (value instanceof PSReference) return lname === 'value' ? { found: true, value: value.value } : NOT_FOUND;
  if (value instanceof SwitchValue) return lname === 'ispresent' ? { found: true, value: value.isPresent } : NOT_FOUND;
  if (value instanceof SecureString) return lname === 'length' ? { found: true, value: value.length } : NOT_FOUND;
  if (value instanceof PSRegex) {
    if (lname === 'options') return { found: true, value: value.optionsText };
    if (lname === 'righttoleft') return { found: true, value: false };
    return NOT_FOUND;
  }
  for (const p of providers) if (p.getMember && p.test(value)) return p.getMember(value, lname);
  return lname === 'count' || lname === 'length' ? { found: true, value: 1 } : NOT_FOUND;
}

/** `$value.Name`. Missing members give $null (PowerShell's non-strict mode); $null.Count is 0. */
export function getMember(value: unknown, name: string): unknown {
  const lname = name.toLowerCase();
  if (value === null || value === undefined) return lname === 'count' || lname === 'length' ? 0 : null;
  if (lname === 'psobject') return psObjectView(value);
  if (isCollection(value)) {
    const items = Array.isArray(value) ? value : value.items;
    if (lname === 'count' || lname === 'length' || lname === 'longlength') return items.length;
    if (lname === 'rank' && Array.isArray(value)) return 1;
    if (lname === 'capacity' && value instanceof PSList) return Math.max(4, items.length);
    return enumerateMember(items, lname);
  }
  const r = ownMember(value, lname);
  return r.found ? r.value ?? null : null;
}

/** Member enumeration: each element's member, flattened; one result is returned as a scalar. */
function enumerateMember(items: unknown[], lname: string): unknown {
  const out: unknown[] = [];
  for (const el of items) {
    if (isCollection(el)) {
      const inner = enumerateMember(Array.isArray(el) ? el : el.items, lname);
      if (Array.isArray(inner)) out.push(...inner); else if (inner !== null) out.push(inner);
      continue;
    }
    if (el === null || el === undefined) continue;
    const r = ownMember(el, lname);
    if (!r.found) continue;
    if (isCollection(r.value)) out.push(...(Array.isArray(r.value) ? r.value : r.value.items));
    else out.push(r.value ?? null);
  }
  if (out.length === 0) return null;
  return out.length === 1 ? out[0] : out;
}

function propertyNotFound(name: string): PSRuntimeError {
  return new PSRuntimeError(
    `The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`,
    'PropertyNotFound', 'InvalidOperation',
  );
}

/** `$value.Name = x`. */
export function setMember(target: unknown, name: string, value: unknown): void {
  if (target instanceof PSHashtable) { target.set(name, value); return; }
  if (target instanceof PSReference && name.toLowerCase() === 'value') { target.value = value; return; }
  if (target instanceof PSObject) {
    if (!target.has(name)) throw propertyNotFound(name);
    target.set(name, value);
    return;
  }
  if (target instanceof DateTime || target instanceof DateTimeOffset || target instanceof TimeSpan || typeof target === 'string') {
    if (ownMember(target, name.toLowerCase()).found) {
      throw new PSRuntimeError(`'${name}' is a ReadOnly property.`, 'PropertyAssignmentException', 'InvalidOperation');
    }
  }
  throw propertyNotFound(name);
}

const NUMBER_METHODS: MethodTable<number> = {
  tostring: { name: 'ToString', arity: [0, 1, 2], fn: (n, a) => (a.length && a[0] !== null && typeof a[0] === 'string' ? formatNumber(n, a[0]) : toPSString(n)) },
  compareto: { name: 'CompareTo', arity: [1], fn: (n, [o]) => (o === null ? 1 : compareValues(n, o)) },
  equals: { name: 'Equals', arity: [1], fn: (n, [o]) => toJsNumber(o) === n },
  gettypecode: { name: 'GetTypeCode', arity: [0], fn: (n) => typeOf(n)!.name },
  gethashcode: { name: 'GetHashCode', arity: [0], fn: (n) => n | 0 },
};

const BOOLEAN_METHODS: MethodTable<boolean> = {
  tostring: { name: 'ToString', arity: [0, 1], fn: (b) => (b ? 'True' : 'False') },
  equals: { name: 'Equals', arity: [1], fn: (b, [o]) => o === b },
  compareto: { name: 'CompareTo', arity: [1], fn: (b, [o]) => Number(b) - Number(Boolean(o)) },
  gethashcode: { name: 'GetHashCode', arity: [0], fn: (b) => (b ? 1 : 0) },
};

const GUID_METHODS: MethodTable<PSGuid> = {
  tostring: { name: 'ToString', arity: [0, 1], fn: (g, a) => g.toString(a.length ? argStr(a[0]) : 'D') },
  equals: { name: 'Equals', arity: [1], fn: (g, [o]) => g.equals(o) },
  compareto: { name: 'CompareTo', arity: [1], fn: (g, [o]) => (o instanceof PSGuid ? g.compareTo(o) : 1) },
};

const SECURESTRING_METHODS: MethodTable<SecureString> = {
  appendchar: { name: 'AppendChar', arity: [1], fn: (s, [c]) => { s.appendChar(argStr(c)); return undefined; } },
  dispose: { name: 'Dispose', arity: [0], fn: () => undefined },
  makereadonly: { name: 'MakeReadOnly', arity: [0], fn: () => undefined },
  isreadonly: { name: 'IsReadOnly', arity: [0], fn: () => false },
  tostring: { name: 'ToString', arity: [0], fn: (s) => s.toString() },
};

const TYPE_METHODS: MethodTable<PSTypeObject> = {
  tostring: { name: 'ToString', arity: [0], fn: (t) => t.fullName },
  equals: { name: 'Equals', arity: [1], fn: (t, [o]) => o instanceof PSTypeObject && o.fullName === t.fullName },
  getelementtype: { name: 'GetElementType', arity: [0], fn: (t) => (t.info.elementType ? new PSTypeObject(t.info.elementType) : null) },
};

function tableFor(value: unknown): MethodTable<never> | undefined {
  if (typeof value === 'string') return STRING_METHODS as MethodTable<never>;
  if (typeof value === 'number') return NUMBER_METHODS as MethodTable<never>;
  if (typeof value === 'boolean') return BOOLEAN_METHODS as MethodTable<never>;
  if (Array.isArray(value)) return ARRAY_METHODS as MethodTable<never>;
  if (value instanceof PSHashtable) return HASHTABLE_METHODS as MethodTable<never>;
  if (value instanceof PSList) return LIST_METHODS as MethodTable<never>;
  if (value instanceof DateTime) return DATETIME_METHODS as MethodTable<never>;
  if (value instanceof DateTimeOffset) return DATETIMEOFFSET_METHODS as MethodTable<never>;
  if (value instanceof TimeSpan) return TIMESPAN_METHODS as MethodTable<never>;
  if (value instanceof PSGuid) return GUID_METHODS as MethodTable<never>;
  if (value instanceof PSRegex) return REGEX_METHODS as MethodTable<never>;
  if (value instanceof SecureString) return SECURESTRING_METHODS as MethodTable<never>;
  if (value instanceof PSTypeObject) return TYPE_METHODS as MethodTable<never>;
  return undefined;
}

/** `$value.Name(args)`. */
export function invokeMethod(value: unknown, name: string, args: unknown[] = []): unknown {
  if (value === null || value === undefined) throw nullMethodCall();
  const lname = name.toLowerCase();
  if (lname === 'gettype' && args.length === 0) return new PSTypeObject(typeOf(value)!);
  if (value instanceof PSNumber) {
    if (lname === 'tostring' && args.length === 0) return value.toString();
    if (lname === 'gettypecode' && args.length === 0) return typeOf(value)!.name;
    value = value.value;
  }
  if (value instanceof PSObject) {
    const m = value.getMethod(name);
    if (m) return m(value, args);
  }
  const table = tableFor(value);
  if (table) {
    const r = callFromTable(table, value as never, name, args);
    if (r.found) return r.value;
  }
  for (const p of providers) {
    if (p.invokeMethod && p.test(value)) {
      const r = p.invokeMethod(value, name, args);
      if (r.found) return r.value;
    }
  }
  switch (lname) {
    case 'tostring': if (args.length === 0) return isCollection(value) || value instanceof PSHashtable ? typeOf(value)!.fullName : toPSString(value); break;
    case 'equals': if (args.length === 1) return value === args[0] || valueEquals(value, args[0], true); break;
    case 'gethashcode': if (args.length === 0) return 0; break;
    default: break;
  }
  // Method enumeration: an array without the method calls it on each element.
  if (isCollection(value)) {
    const out: unknown[] = [];
    for (const el of Array.isArray(value) ? value : value.items) {
      const r = invokeMethod(el, name, args);
      if (r !== undefined) out.push(r);
    }
    return out.length === 1 ? out[0] : out;
  }
  throw methodNotFound(value, name);
}

function nullIndex(): PSRuntimeError {
  return new PSRuntimeError('Cannot index into a null array.', 'NullArray', 'InvalidOperation');
}

function indexList(items: unknown[], index: unknown, groups: boolean): unknown {
  if (typeof index === 'string' && groups) {
    const lower = index.toLowerCase();
    return (items as PSObject[]).find((g) => String(g.get('Name')).toLowerCase() === lower) ?? null;
  }
  const i = argInt(index);
  const at = i < 0 ? items.length + i : i;
  return at >= 0 && at < items.length ? items[at] ?? null : null;
}

/** `$value[index]`; an array index returns one result per element (slicing). */
export function indexValue(target: unknown, index: unknown): unknown {
  if (target === null || target === undefined) throw nullIndex();
  if (Array.isArray(index) && !(target instanceof PSHashtable && target.containsKey(index))) {
    return index.map((i) => indexValue(target, i));
  }
  if (Array.isArray(target)) return indexList(target, index, (target as { [GROUP_COLLECTION]?: true })[GROUP_COLLECTION] === true);
  if (target instanceof PSList) return indexList(target.items, index, false);
  if (target instanceof PSHashtable) {
    // An [ordered] dictionary's integer index is a position, not a key.
    if (target.ordered && typeof index === 'number' && Number.isInteger(index)) {
      const entries = target.entries();
      const at = index < 0 ? entries.length + index : index;
      return entries[at]?.value ?? null;
    }
    return target.get(index);
  }
  if (typeof target === 'string') {
    const i = argInt(index);
    const at = i < 0 ? target.length + i : i;
    return at >= 0 && at < target.length ? makeChar(target[at]!) : null;
  }
  if (target instanceof PSObject) {
    const m = target.getMethod('get_Item');
    if (m) return m(target, [index]);
  }
  // A scalar, custom objects included, behaves as a one-element array (ArrayOps.GetNonIndexable).
  const i = argInt(index);
  return i === 0 || i === -1 ? target : null;
}

/** `$value[index] = x` for arrays, lists and hashtables. */
export function setIndex(target: unknown, index: unknown, value: unknown): void {
  if (target === null || target === undefined) throw nullIndex();
  if (target instanceof PSHashtable) {
    if (target.ordered && typeof index === 'number' && Number.isInteger(index)) {
      const entry = target.entries()[index < 0 ? target.count + index : index];
      if (!entry) throw new PSRuntimeError('Index was out of range. Must be non-negative and less than the size of the collection.', 'ArgumentOutOfRange', 'InvalidOperation', 'System.ArgumentOutOfRangeException');
      target.set(entry.key, value);
      return;
    }
    target.set(index, value);
    return;
  }
  const items = Array.isArray(target) ? target : target instanceof PSList ? target.items : undefined;
  if (!items) throw new PSRuntimeError(`Unable to index into an object of type "${typeOf(target)!.fullName}".`, 'CannotIndex', 'InvalidOperation');
  const i = argInt(index);
  const at = i < 0 ? items.length + i : i;
  if (at < 0 || at >= items.length) {
    throw new PSRuntimeError('Index was outside the bounds of the array.', 'IndexOutOfRange', 'InvalidOperation', 'System.IndexOutOfRangeException');
  }
  items[at] = value;
}

/**
 * The intrinsic `.PSObject` member: Properties (Name, Value, MemberType,
 * TypeNameOfValue), Methods, TypeNames and BaseObject, for scripts that
 * reflect over objects (`$o.PSObject.Properties.Name`).
 */
function psObjectView(value: unknown): PSObject {
  const members = listMembers(value);
  // A PSObject's properties keep their own order; Get-Member's listing is sorted.
  const propertyMembers = value instanceof PSObject
    ? value.names().map((n) => members.find((m) => m.name === n && m.memberType === 'NoteProperty')!)
    : members.filter((m) => m.memberType !== 'Method' && m.memberType !== 'ScriptMethod');
  const properties = propertyMembers
    .map((m) => {
      const v = value instanceof PSObject ? value.get(m.name) : getMember(value, m.name);
      return new PSObject(
        [['Name', m.name], ['Value', v ?? null], ['MemberType', m.memberType], ['TypeNameOfValue', typeOf(v)?.fullName ?? 'System.Object'], ['IsSettable', value instanceof PSObject], ['IsGettable', true]],
        [`System.Management.Automation.PS${m.memberType === 'NoteProperty' ? 'NoteProperty' : 'Property'}`, 'System.Management.Automation.PSPropertyInfo', 'System.Object'],
      );
    });
  const methods = members
    .filter((m) => m.memberType === 'Method' || m.memberType === 'ScriptMethod')
    .map((m) => new PSObject([['Name', m.name], ['MemberType', m.memberType], ['OverloadDefinitions', [m.definition]]], ['System.Management.Automation.PSMethod', 'System.Object']));
  const typeNames = value instanceof PSObject ? value.typeNames : typeNamesOfValue(value);
  return new PSObject(
    [['Properties', properties], ['Methods', methods], ['Members', [...properties, ...methods]], ['TypeNames', typeNames], ['BaseObject', value], ['ImmediateBaseObject', value]],
    ['System.Management.Automation.PSObject', 'System.Object'],
  );
}
