/**
 * The members Get-Member lists. For the kinds scripts inspect most (custom
 * objects, strings, numbers, dates, hashtables, arrays) the list follows
 * pwsh's output, each method with the signatures scripts use most; other
 * kinds come from the value layer's member list.
 */
import { listMembers } from '../../values/member-list.js';
import { isNumber } from '../../values/numbers.js';
import { DateTime, PSObject, toDotNetString } from './values.js';
import { isHashtable } from './hashtable.js';
import { typeNameOf } from './type-name.js';

export interface MemberInfo { name: string; memberType: string; definition: string }

const OBJECT_METHODS: MemberInfo[] = [
  method('Equals', 'bool Equals(System.Object obj)'),
  method('GetHashCode', 'int GetHashCode()'),
  method('GetType', 'type GetType()'),
  method('ToString', 'string ToString()'),
];

function method(name: string, definition: string): MemberInfo {
  return { name, memberType: 'Method', definition };
}

function property(name: string, type: string, access = '{get;}'): MemberInfo {
  return { name, memberType: 'Property', definition: `${type} ${name} ${access}` };
}

const STRING_MEMBERS: MemberInfo[] = [
  method('Clone', 'System.Object Clone(), System.Object ICloneable.Clone()'),
  method('CompareTo', 'int CompareTo(System.Object value), int CompareTo(string strB)'),
  method('Contains', 'bool Contains(string value), bool Contains(char value)'),
  method('EndsWith', 'bool EndsWith(string value), bool EndsWith(string value, System.StringComparison comparisonType)'),
  ...OBJECT_METHODS.filter((m) => m.name !== 'ToString'),
  method('GetTypeCode', 'System.TypeCode GetTypeCode()'),
  method('IndexOf', 'int IndexOf(char value), int IndexOf(string value), int IndexOf(string value, int startIndex)'),
  method('Insert', 'string Insert(int startIndex, string value)'),
  method('LastIndexOf', 'int LastIndexOf(char value), int LastIndexOf(string value)'),
  method('Normalize', 'string Normalize()'),
  method('PadLeft', 'string PadLeft(int totalWidth), string PadLeft(int totalWidth, char paddingChar)'),
  method('PadRight', 'string PadRight(int totalWidth), string PadRight(int totalWidth, char paddingChar)'),
  method('Remove', 'string Remove(int startIndex, int count), string Remove(int startIndex)'),
  method('Replace', 'string Replace(string oldValue, string newValue)'),
  method('Split', 'string[] Split(Params char[] separator), string[] Split(string separator)'),
  method('StartsWith', 'bool StartsWith(string value), bool StartsWith(string value, System.StringComparison comparisonType)'),
  method('Substring', 'string Substring(int startIndex), string Substring(int startIndex, int length)'),
  method('ToCharArray', 'char[] ToCharArray()'),
  method('ToLower', 'string ToLower()'),
  method('ToLowerInvariant', 'string ToLowerInvariant()'),
  method('ToString', 'string ToString()'),
  method('ToUpper', 'string ToUpper()'),
  method('ToUpperInvariant', 'string ToUpperInvariant()'),
  method('Trim', 'string Trim(), string Trim(Params char[] trimChars)'),
  method('TrimEnd', 'string TrimEnd(), string TrimEnd(Params char[] trimChars)'),
  method('TrimStart', 'string TrimStart(), string TrimStart(Params char[] trimChars)'),
  { name: 'Chars', memberType: 'ParameterizedProperty', definition: 'char Chars(int index) {get;}' },
  property('Length', 'int'),
];

function numberMembers(type: string): MemberInfo[] {
  return [
    method('CompareTo', `int CompareTo(System.Object value), int CompareTo(${type} value)`),
    method('Equals', `bool Equals(System.Object obj), bool Equals(${type} obj)`),
    method('GetHashCode', 'int GetHashCode()'),
    method('GetType', 'type GetType()'),
    method('GetTypeCode', 'System.TypeCode GetTypeCode()'),
    method('ToString', 'string ToString(), string ToString(string format), string ToString(System.IFormatProvider provider)'),
  ];
}

const DATE_MEMBERS: MemberInfo[] = [
  ...['Days', 'Hours', 'Minutes', 'Seconds', 'Milliseconds', 'Months', 'Years'].map((u) =>
    method(`Add${u}`, `datetime Add${u}(${u === 'Months' || u === 'Years' ? 'int' : 'double'} value)`)),
  method('CompareTo', 'int CompareTo(System.Object value), int CompareTo(datetime value)'),
  ...OBJECT_METHODS.filter((m) => m.name !== 'ToString'),
  method('Subtract', 'timespan Subtract(datetime value), datetime Subtract(timespan value)'),
  method('ToLocalTime', 'datetime ToLocalTime()'),
  method('ToLongDateString', 'string ToLongDateString()'),
  method('ToShortDateString', 'string ToShortDateString()'),
  method('ToString', 'string ToString(), string ToString(string format)'),
  method('ToUniversalTime', 'datetime ToUniversalTime()'),
  { name: 'DisplayHint', memberType: 'NoteProperty', definition: 'DisplayHintType DisplayHint=DateTime' },
  property('Date', 'datetime'), property('Day', 'int'), property('DayOfWeek', 'System.DayOfWeek'),
  property('DayOfYear', 'int'), property('Hour', 'int'), property('Kind', 'System.DateTimeKind'),
  property('Millisecond', 'int'), property('Minute', 'int'), property('Month', 'int'), property('Second', 'int'),
  property('Ticks', 'long'), property('TimeOfDay', 'timespan'), property('Year', 'int'),
  { name: 'DateTime', memberType: 'ScriptProperty', definition: 'System.Object DateTime {get=...;}' },
];

const HASHTABLE_MEMBERS: MemberInfo[] = [
  method('Add', 'void Add(System.Object key, System.Object value)'),
  method('Clear', 'void Clear()'),
  method('Clone', 'System.Object Clone()'),
  method('Contains', 'bool Contains(System.Object key)'),
  method('ContainsKey', 'bool ContainsKey(System.Object key)'),
  method('ContainsValue', 'bool ContainsValue(System.Object value)'),
  ...OBJECT_METHODS,
  method('Remove', 'void Remove(System.Object key)'),
  { name: 'Item', memberType: 'ParameterizedProperty', definition: 'System.Object Item(System.Object key) {get;set;}' },
  property('Count', 'int'), property('IsFixedSize', 'bool'), property('IsReadOnly', 'bool'),
  property('IsSynchronized', 'bool'), property('Keys', 'System.Collections.ICollection'),
  property('SyncRoot', 'System.Object'), property('Values', 'System.Collections.ICollection'),
];

const ARRAY_MEMBERS: MemberInfo[] = [
  method('Clone', 'System.Object Clone()'),
  method('Contains', 'bool IList.Contains(System.Object value)'),
  method('CopyTo', 'void CopyTo(array array, int index)'),
  ...OBJECT_METHODS.filter((m) => m.name !== 'ToString'),
  method('IndexOf', 'int IList.IndexOf(System.Object value)'),
  method('ToString', 'string ToString()'),
  { name: 'Item', memberType: 'ParameterizedProperty', definition: 'System.Object IList.Item(int index) {get;set;}' },
  { name: 'Count', memberType: 'AliasProperty', definition: 'Count = Length' },
  property('IsFixedSize', 'bool'), property('IsReadOnly', 'bool'), property('IsSynchronized', 'bool'),
  property('Length', 'int'), property('LongLength', 'long'), property('Rank', 'int'), property('SyncRoot', 'System.Object'),
];

/** Short names PowerShell uses for types in member definitions. */
const SHORT_TYPE_NAMES: Record<string, string> = {
  'System.Int32': 'int', 'System.Int64': 'long', 'System.String': 'string', 'System.Boolean': 'bool',
  'System.Double': 'double', 'System.Decimal': 'decimal', 'System.DateTime': 'datetime', 'System.TimeSpan': 'timespan',
  'System.Collections.Hashtable': 'hashtable', 'System.Object[]': 'Object[]', 'System.Guid': 'guid',
  'System.Management.Automation.ScriptBlock': 'scriptblock', 'System.Char': 'char',
};

export function definitionTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'object';
  const full = typeNameOf(value);
  return SHORT_TYPE_NAMES[full] ?? full;
}

function noteProperty(name: string, value: unknown): MemberInfo {
  const shown = value === null || value === undefined ? 'null' : toDotNetString(value);
  return { name, memberType: 'NoteProperty', definition: `${definitionTypeName(value)} ${name}=${shown}` };
}

export function membersOf(value: unknown): MemberInfo[] {
  if (value instanceof PSObject) {
    return [
      ...OBJECT_METHODS,
      ...value.methodNames().map((name) => ({ name, memberType: 'ScriptMethod', definition: `System.Object ${name}();` })),
      ...value.properties().map((p) => noteProperty(p.name, p.value)),
    ];
  }
  if (typeof value === 'string') return STRING_MEMBERS;
  if (isNumber(value) || typeof value === 'boolean') return numberMembers(definitionTypeName(value));
  if (value instanceof DateTime) return DATE_MEMBERS;
  if (isHashtable(value)) return HASHTABLE_MEMBERS;
  if (Array.isArray(value)) return ARRAY_MEMBERS;
  // Other kinds (TimeSpan, List[T], regex, guid...): the value layer's list of what they support.
  return listMembers(value);
}
