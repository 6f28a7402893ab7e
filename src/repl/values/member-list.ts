/**
 * The members of a value, for Get-Member: name, member type and a
 * definition in PowerShell's style ("int Length {get;}", "string a=x").
 * Method definitions give the name and argument counts the value layer
 * accepts, not .NET's full overload list.
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
import { toPSString } from './to-string.js';
import { typeOf } from './types.js';
import { STRING_METHODS } from './string-methods.js';
import { ARRAY_METHODS, HASHTABLE_METHODS, LIST_METHODS } from './collection-methods.js';
import { DATETIME_METHODS, DATETIMEOFFSET_METHODS, TIMESPAN_METHODS } from './datetime-members.js';
import { REGEX_METHODS } from './regex-objects.js';
import type { MethodTable } from './method-support.js';

export type MemberType = 'Method' | 'Property' | 'NoteProperty' | 'ScriptMethod' | 'ParameterizedProperty';

export interface MemberInfo {
  name: string;
  memberType: MemberType;
  definition: string;
}

const SHORT_NAMES: Record<string, string> = {
  'System.Int32': 'int', 'System.Int64': 'long', 'System.Double': 'double', 'System.String': 'string',
  'System.Boolean': 'bool', 'System.DateTime': 'datetime', 'System.TimeSpan': 'timespan', 'System.Object': 'System.Object',
  'System.Guid': 'guid', 'System.Collections.Hashtable': 'hashtable', 'System.Object[]': 'Object[]',
  'System.Management.Automation.PSCustomObject': 'System.Management.Automation.PSCustomObject',
};

/** Type name as Get-Member shows it in definitions. */
export function shortTypeName(value: unknown): string {
  const t = typeOf(value);
  if (!t) return 'object';
  return SHORT_NAMES[t.fullName] ?? t.fullName;
}

const UNIVERSAL: MemberInfo[] = [
  { name: 'Equals', memberType: 'Method', definition: 'bool Equals(System.Object obj)' },
  { name: 'GetHashCode', memberType: 'Method', definition: 'int GetHashCode()' },
  { name: 'GetType', memberType: 'Method', definition: 'type GetType()' },
  { name: 'ToString', memberType: 'Method', definition: 'string ToString()' },
];

function fromTable(table: MethodTable<never>): MemberInfo[] {
  return Object.values(table).filter((m) => m.name !== 'new' && !m.name.includes('_')).map((m) => {
    const counts = m.arity.includes(-1) ? ['params System.Object[] args'] : m.arity.map((n) => Array.from({ length: n }, (_, i) => `arg${i + 1}`).join(', '));
    return { name: m.name, memberType: 'Method' as const, definition: counts.map((c) => `${m.name}(${c})`).join(', ') };
  });
}

function props(entries: [string, string][]): MemberInfo[] {
  return entries.map(([name, type]) => ({ name, memberType: 'Property' as const, definition: `${type} ${name} {get;}` }));
}

const DATE_PROPS = props([
  ['Date', 'datetime'], ['Day', 'int'], ['DayOfWeek', 'System.DayOfWeek'], ['DayOfYear', 'int'], ['Hour', 'int'],
  ['Kind', 'System.DateTimeKind'], ['Millisecond', 'int'], ['Minute', 'int'], ['Month', 'int'], ['Second', 'int'],
  ['Ticks', 'long'], ['TimeOfDay', 'timespan'], ['Year', 'int'],
]);

/** DateTimeOffset has the clock's parts but no Kind; its own are the three views, the offset and UtcTicks. */
const OFFSET_DATE_PROPS = [
  ...DATE_PROPS.filter((p) => p.name !== 'Kind'),
  ...props([['DateTime', 'datetime'], ['LocalDateTime', 'datetime'], ['Offset', 'timespan'], ['UtcDateTime', 'datetime'], ['UtcTicks', 'long']]),
];

const SPAN_PROPS = props([
  ['Days', 'int'], ['Hours', 'int'], ['Milliseconds', 'int'], ['Minutes', 'int'], ['Seconds', 'int'], ['Ticks', 'long'],
  ['TotalDays', 'double'], ['TotalHours', 'double'], ['TotalMilliseconds', 'double'], ['TotalMinutes', 'double'], ['TotalSeconds', 'double'],
]);

/** Get-Member's order: by member type name, then by member name. */
function byTypeThenName(a: MemberInfo, b: MemberInfo): number {
  return a.memberType.localeCompare(b.memberType) || a.name.localeCompare(b.name, 'en-US', { sensitivity: 'base' });
}

/** Members of one value, in Get-Member's order. */
export function listMembers(value: unknown): MemberInfo[] {
  let methods: MemberInfo[] = [];
  let properties: MemberInfo[] = [];
  if (value instanceof PSObject) {
    methods = value.methodNames().map((n) => ({ name: n, memberType: 'ScriptMethod' as const, definition: `System.Object ${n}();` }));
    properties = value.properties().map((p) => ({
      name: p.name, memberType: 'NoteProperty' as const,
      definition: `${shortTypeName(p.value)} ${p.name}=${p.value === null || p.value === undefined ? 'null' : toPSString(p.value)}`,
    }));
  } else if (typeof value === 'string') {
    methods = fromTable(STRING_METHODS as MethodTable<never>);
    properties = props([['Length', 'int']]);
  } else if (Array.isArray(value)) {
    methods = fromTable(ARRAY_METHODS as MethodTable<never>);
    properties = props([['Count', 'int'], ['Length', 'int'], ['LongLength', 'long'], ['Rank', 'int']]);
  } else if (value instanceof PSHashtable) {
    methods = fromTable(HASHTABLE_METHODS as MethodTable<never>);
    properties = props([['Count', 'int'], ['IsFixedSize', 'bool'], ['IsReadOnly', 'bool'], ['Keys', 'System.Collections.ICollection'], ['Values', 'System.Collections.ICollection']]);
  } else if (value instanceof PSList) {
    methods = fromTable(LIST_METHODS as MethodTable<never>);
    properties = props([['Capacity', 'int'], ['Count', 'int']]);
  } else if (value instanceof DateTime) {
    methods = fromTable(DATETIME_METHODS as MethodTable<never>);
    properties = [...DATE_PROPS, { name: 'DateTime', memberType: 'Property', definition: 'string DateTime {get;}' }];
  } else if (value instanceof DateTimeOffset) {
    methods = fromTable(DATETIMEOFFSET_METHODS as MethodTable<never>);
    properties = OFFSET_DATE_PROPS;
  } else if (value instanceof TimeSpan) {
    methods = fromTable(TIMESPAN_METHODS as MethodTable<never>);
    properties = SPAN_PROPS;
  } else if (value instanceof PSRegex) {
    methods = fromTable(REGEX_METHODS as MethodTable<never>);
    properties = props([['Options', 'System.Text.RegularExpressions.RegexOptions'], ['RightToLeft', 'bool']]);
  } else if (value instanceof PSGuid) {
    properties = props([['Guid', 'string']]);
  } else if (value instanceof SecureString) {
    properties = props([['Length', 'int']]);
  }
  const seen = new Set(methods.map((m) => m.name.toLowerCase()));
  for (const u of UNIVERSAL) if (!seen.has(u.name.toLowerCase())) methods.push(u);
  else methods = methods.map((m) => (m.name.toLowerCase() === u.name.toLowerCase() && m.memberType === 'Method' ? u : m));
  return [...methods, ...properties].sort(byTypeThenName);
}
