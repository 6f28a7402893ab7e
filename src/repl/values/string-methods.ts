/** System.String instance methods, with .NET's semantics and exceptions. */
import { argInt, argStr, argumentOutOfRange, ignoresCase, type MethodTable } from './method-support.js';
import { compareStrings } from './comparison.js';
import { toPSString } from './to-string.js';
import { DotNetException } from './errors.js';
import { PSEnumValue } from './enum.js';
import { makeChar } from './numbers.js';

/** .NET's Char.IsWhiteSpace set, which String.Trim() removes. */
const WS = ' \t\n\v\f\r\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

function trimChars(args: unknown[]): string {
  if (args.length === 0) return WS;
  return args.map((a) => (Array.isArray(a) ? a.map((x) => toPSString(x)).join('') : toPSString(a))).join('');
}

function trimStart(s: string, chars: string): string {
  let i = 0;
  while (i < s.length && chars.includes(s[i]!)) i++;
  return s.slice(i);
}

function trimEnd(s: string, chars: string): string {
  let i = s.length;
  while (i > 0 && chars.includes(s[i - 1]!)) i--;
  return s.slice(0, i);
}

function splitOptions(v: unknown): { removeEmpty: boolean; trim: boolean } {
  const t = toPSString(v);
  return { removeEmpty: /RemoveEmptyEntries/i.test(t) || t === '1' || t === '3', trim: /TrimEntries/i.test(t) || t === '2' || t === '3' };
}

const isOptionsArg = (v: unknown): boolean => (v instanceof PSEnumValue && v.typeName === 'System.StringSplitOptions')
  || (typeof v === 'string' && /^(None|RemoveEmptyEntries|TrimEntries)(\s*,\s*(None|RemoveEmptyEntries|TrimEntries))*$/i.test(v));

/**
 * String.Split. A single string argument is a whole-string separator (the
 * .NET Core overload PowerShell 7 binds); several one-character arguments or
 * an array are separator sets. A number limits the count; a
 * StringSplitOptions name may follow.
 */
function split(s: string, args: unknown[]): string[] {
  let separators: string[] = [];
  let count = Number.MAX_SAFE_INTEGER;
  let options = { removeEmpty: false, trim: false };
  const rest = [...args];
  if (rest.length && isOptionsArg(rest[rest.length - 1]) && rest.length > 1) options = splitOptions(rest.pop());
  if (rest.length > 1 && typeof rest[rest.length - 1] === 'number') count = argInt(rest.pop());
  for (const a of rest) {
    if (Array.isArray(a)) separators.push(...a.map((x) => toPSString(x)));
    else if (a !== null && a !== undefined) separators.push(toPSString(a));
  }
  separators = separators.filter((x) => x !== '');
  if (count < 0) throw argumentOutOfRange('Count cannot be less than zero.', 'count');
  if (count === 0) return [];
  let parts: string[];
  if (separators.length === 0) {
    parts = s.split(new RegExp(`[${WS}]`));
  } else {
    parts = [];
    let pos = 0;
    let start = 0;
    while (pos <= s.length && parts.length < count - 1) {
      const sep = separators.find((x) => s.startsWith(x, pos));
      if (sep !== undefined) { parts.push(s.slice(start, pos)); pos += sep.length; start = pos; } else pos++;
    }
    parts.push(s.slice(start));
  }
  if (options.trim) parts = parts.map((p) => p.trim());
  if (options.removeEmpty) parts = parts.filter((p) => p !== '');
  return parts;
}

function checkIndex(s: string, i: number, param = 'startIndex'): void {
  if (i < 0 || i > s.length) throw argumentOutOfRange(param === 'startIndex' && i > s.length ? 'startIndex cannot be larger than length of string.' : 'Index was out of range. Must be non-negative and less than or equal to the size of the collection.', param);
}

function indexOf(s: string, args: unknown[], last: boolean): number {
  const needle = toPSString(args[0]);
  const ic = args.length > 1 && typeof args[args.length - 1] === 'string' && /ordinal|culture|invariant/i.test(args[args.length - 1] as string)
    ? ignoresCase(args.pop()) : false;
  const hay = ic ? s.toLowerCase() : s;
  const n = ic ? needle.toLowerCase() : needle;
  if (!last) {
    const start = args.length > 1 ? argInt(args[1]) : 0;
    checkIndex(s, start);
    const end = args.length > 2 ? start + argInt(args[2]) : s.length;
    const i = hay.indexOf(n, start);
    return i >= 0 && i + n.length <= end ? i : -1;
  }
  const start = args.length > 1 ? argInt(args[1]) : s.length - 1;
  return hay.lastIndexOf(n, start - n.length + 1);
}

export const STRING_METHODS: MethodTable<string> = {
  toupper: { name: 'ToUpper', arity: [0, 1], fn: (s) => s.toUpperCase() },
  tolower: { name: 'ToLower', arity: [0, 1], fn: (s) => s.toLowerCase() },
  toupperinvariant: { name: 'ToUpperInvariant', arity: [0], fn: (s) => s.toUpperCase() },
  tolowerinvariant: { name: 'ToLowerInvariant', arity: [0], fn: (s) => s.toLowerCase() },
  trim: { name: 'Trim', arity: [-1], fn: (s, a) => { const c = trimChars(a); return trimEnd(trimStart(s, c), c); } },
  trimstart: { name: 'TrimStart', arity: [-1], fn: (s, a) => trimStart(s, trimChars(a)) },
  trimend: { name: 'TrimEnd', arity: [-1], fn: (s, a) => trimEnd(s, trimChars(a)) },
  split: { name: 'Split', arity: [-1], fn: (s, a) => split(s, a) },
  replace: {
    name: 'Replace', arity: [2, 3, 4],
    fn: (s, a) => {
      const from = argStr(a[0]);
      if (from === '') throw new DotNetException("String cannot be of zero length. (Parameter 'oldValue')", 'System.ArgumentException');
      const to = argStr(a[1]);
      if (a.length > 2 && ignoresCase(a[2])) {
        return s.replace(new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'gi'), () => to);
      }
      return s.split(from).join(to);
    },
  },
  substring: {
    name: 'Substring', arity: [1, 2],
    fn: (s, a) => {
      const start = argInt(a[0]);
      if (start < 0) throw argumentOutOfRange('StartIndex cannot be less than zero.', 'startIndex');
      if (start > s.length) throw argumentOutOfRange('startIndex cannot be larger than length of string.', 'startIndex');
      if (a.length === 1) return s.slice(start);
      const len = argInt(a[1]);
      if (len < 0) throw argumentOutOfRange('Length cannot be less than zero.', 'length');
      if (start + len > s.length) throw argumentOutOfRange('Index and length must refer to a location within the string.', 'length');
      return s.slice(start, start + len);
    },
  },
  contains: { name: 'Contains', arity: [1, 2], fn: (s, a) => (a.length > 1 && ignoresCase(a[1]) ? s.toLowerCase().includes(argStr(a[0]).toLowerCase()) : s.includes(argStr(a[0]))) },
  startswith: { name: 'StartsWith', arity: [1, 2, 3], fn: (s, a) => (a.length > 1 && ignoresCase(a[1]) ? s.toLowerCase().startsWith(argStr(a[0]).toLowerCase()) : s.startsWith(argStr(a[0]))) },
  endswith: { name: 'EndsWith', arity: [1, 2, 3], fn: (s, a) => (a.length > 1 && ignoresCase(a[1]) ? s.toLowerCase().endsWith(argStr(a[0]).toLowerCase()) : s.endsWith(argStr(a[0]))) },
  indexof: { name: 'IndexOf', arity: [1, 2, 3, 4], fn: (s, a) => indexOf(s, [...a], false) },
  lastindexof: { name: 'LastIndexOf', arity: [1, 2, 3, 4], fn: (s, a) => indexOf(s, [...a], true) },
  indexofany: {
    name: 'IndexOfAny', arity: [1, 2],
    fn: (s, a) => {
      const set = Array.isArray(a[0]) ? a[0].map((x) => toPSString(x)).join('') : argStr(a[0]);
      for (let i = a.length > 1 ? argInt(a[1]) : 0; i < s.length; i++) if (set.includes(s[i]!)) return i;
      return -1;
    },
  },
  padleft: { name: 'PadLeft', arity: [1, 2], fn: (s, a) => s.padStart(argInt(a[0]), a.length > 1 ? argStr(a[1])[0] ?? ' ' : ' ') },
  padright: { name: 'PadRight', arity: [1, 2], fn: (s, a) => s.padEnd(argInt(a[0]), a.length > 1 ? argStr(a[1])[0] ?? ' ' : ' ') },
  insert: {
    name: 'Insert', arity: [2],
    fn: (s, a) => { const i = argInt(a[0]); checkIndex(s, i); return s.slice(0, i) + argStr(a[1]) + s.slice(i); },
  },
  remove: {
    name: 'Remove', arity: [1, 2],
    fn: (s, a) => {
      const i = argInt(a[0]);
      if (i < 0 || i > s.length) throw argumentOutOfRange('startIndex must be less than length of string.', 'startIndex');
      if (a.length === 1) return s.slice(0, i);
      const n = argInt(a[1]);
      if (n < 0 || i + n > s.length) throw argumentOutOfRange('Index and count must refer to a location within the string.', 'count');
      return s.slice(0, i) + s.slice(i + n);
    },
  },
  tochararray: { name: 'ToCharArray', arity: [0, 2], fn: (s, a) => (a.length ? s.substr(argInt(a[0]), argInt(a[1])) : s).split('').map((c) => makeChar(c)) },
  equals: { name: 'Equals', arity: [1, 2], fn: (s, a) => (typeof a[0] === 'string' && (a.length > 1 && ignoresCase(a[1]) ? s.toLowerCase() === a[0].toLowerCase() : s === a[0])) },
  compareto: { name: 'CompareTo', arity: [1], fn: (s, a) => (a[0] === null || a[0] === undefined ? 1 : Math.sign(compareStrings(s, argStr(a[0]), true))) },
  normalize: { name: 'Normalize', arity: [0, 1], fn: (s, a) => s.normalize((a.length ? argStr(a[0]).replace(/^Form/i, 'NF') : 'NFC') as 'NFC') },
  isnormalized: { name: 'IsNormalized', arity: [0], fn: (s) => s === s.normalize('NFC') },
  chars: {
    name: 'Chars', arity: [1],
    fn: (s, a) => {
      const i = argInt(a[0]);
      if (i < 0 || i >= s.length) throw new DotNetException('Index was outside the bounds of the array.', 'System.IndexOutOfRangeException');
      return s[i];
    },
  },
  tostring: { name: 'ToString', arity: [0, 1], fn: (s) => s },
  clone: { name: 'Clone', arity: [0], fn: (s) => s },
  gethashcode: {
    name: 'GetHashCode', arity: [0],
    fn: (s) => { let h = 0; for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0; return h; },
  },
};
