/**
 * ConvertTo-Json's serializer: pwsh preprocesses the object graph (objects
 * deeper than -Depth become their string form, with one warning) and then
 * Newtonsoft.Json writes it, indented by two spaces unless compressed.
 */
import { DateTimeOffset } from '../../values/datetime-offset.js';
import { PSHashtable } from '../../values/hashtable.js';
import { PSList } from '../../values/list.js';
import { PSNumber } from '../../values/numbers.js';
import { TimeSpan } from '../../values/timespan.js';
import { DateTime, PSObject, toPSString } from './values.js';

export type EscapeHandling = 'Default' | 'EscapeNonAscii' | 'EscapeHtml';

export interface JsonWriteOptions {
  depth: number;
  compress: boolean;
  escape: EscapeHandling;
  /** Called once when some value was cut off at the depth limit. */
  onTruncated: () => void;
}

/** A JSON-ready tree: what pwsh's ProcessValue produces. */
type Node = null | boolean | number | string | { date: DateTime | DateTimeOffset } | { double: number } | Node[] | Map<string, Node>;

export function toJson(value: unknown, options: JsonWriteOptions): string {
  let warned = false;
  const warnOnce = (): void => {
    if (!warned) options.onTruncated();
    warned = true;
  };
  const tree = prepare(value, 0, options.depth, warnOnce);
  return write(tree, options, '');
}

function prepare(value: unknown, depth: number, max: number, truncated: () => void): Node {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  // An integral Double keeps its decimal point (0.0); Int64 and decimal write as plain numbers.
  // A char writes as its one-character string, a Single with the digits it prints with.
  if (value instanceof PSNumber) {
    if (value.kind === 'double') return { double: value.value };
    if (value.kind === 'char') return value.toString();
    return value.kind === 'single' ? Number(value.toString()) : value.value;
  }
  if (value instanceof DateTime || value instanceof DateTimeOffset) return { date: value };
  const container = value instanceof PSHashtable || value instanceof PSObject || Array.isArray(value) || value instanceof PSList || value instanceof TimeSpan;
  if (!container) return toPSString(value);
  if (depth > max) {
    truncated();
    return toPSString(value);
  }
  const child = (v: unknown): Node => prepare(v, depth + 1, max, truncated);
  if (Array.isArray(value)) return value.map(child);
  if (value instanceof PSList) return value.items.map(child);
  const map = new Map<string, Node>();
  if (value instanceof PSHashtable) {
    for (const { key, value: v } of value.entries()) map.set(toPSString(key), child(v));
  } else if (value instanceof TimeSpan) {
    // The Total* properties are doubles, which Newtonsoft writes with a decimal point.
    for (const [k, v] of timeSpanProperties(value)) map.set(k, k.startsWith('Total') ? { double: v } : v);
  } else {
    for (const p of value.properties()) map.set(p.name, child(p.value));
  }
  return map;
}

function timeSpanProperties(t: TimeSpan): [string, number][] {
  return [
    ['Ticks', t.ticks], ['Days', t.days], ['Hours', t.hours], ['Milliseconds', t.milliseconds],
    ['Microseconds', Math.trunc((t.ticks % 10000) / 10)], ['Nanoseconds', (t.ticks % 10) * 100],
    ['Minutes', t.minutes], ['Seconds', t.seconds], ['TotalDays', t.totalDays], ['TotalHours', t.totalHours],
    ['TotalMilliseconds', t.totalMilliseconds], ['TotalMicroseconds', t.ticks / 10], ['TotalNanoseconds', t.ticks * 100],
    ['TotalMinutes', t.totalMinutes], ['TotalSeconds', t.totalSeconds],
  ];
}

function write(node: Node, options: JsonWriteOptions, indent: string): string {
  if (node === null) return 'null';
  if (typeof node === 'boolean') return node ? 'true' : 'false';
  if (typeof node === 'number') return numberText(node);
  if (typeof node === 'string') return quote(node, options.escape);
  if (Array.isArray(node)) {
    if (node.length === 0) return '[]';
    if (options.compress) return `[${node.map((n) => write(n, options, '')).join(',')}]`;
    const inner = indent + '  ';
    return `[\n${node.map((n) => inner + write(n, options, inner)).join(',\n')}\n${indent}]`;
  }
  if (node instanceof Map) {
    if (node.size === 0) return '{}';
    const entries = [...node];
    if (options.compress) return `{${entries.map(([k, v]) => `${quote(k, options.escape)}:${write(v, options, '')}`).join(',')}}`;
    const inner = indent + '  ';
    return `{\n${entries.map(([k, v]) => `${inner}${quote(k, options.escape)}: ${write(v, options, inner)}`).join(',\n')}\n${indent}}`;
  }
  if ('double' in node) return doubleText(node.double);
  return quote(isoDate(node.date), options.escape);
}

function doubleText(n: number): string {
  const s = numberText(n);
  return /^-?\d+$/.test(s) ? `${s}.0` : s;
}

/**
 * Newtonsoft writes a date as ISO 8601 with 7-digit fractions trimmed; 'K' gives
 * a DateTime its kind's zone and a DateTimeOffset always its offset (+00:00, never Z).
 */
function isoDate(d: DateTime | DateTimeOffset): string {
  return d.toString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK");
}

/** Doubles as .NET's round-trip text ("R"): 1E+21, 1E-07. */
function numberText(n: number): string {
  if (Number.isNaN(n)) return '"NaN"';
  if (!Number.isFinite(n)) return n > 0 ? '"Infinity"' : '"-Infinity"';
  const s = String(n);
  const m = /^(-?[\d.]+)e([+-])(\d+)$/.exec(s);
  return m ? `${m[1]}E${m[2]}${m[3]!.padStart(2, '0')}` : s;
}

const SHORT_ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const HTML = new Set(['<', '>', '&', "'", '"']);

function quote(text: string, escape: EscapeHandling): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (escape === 'EscapeHtml' && HTML.has(ch)) out += unicodeEscape(code);
    else if (SHORT_ESCAPES[ch]) out += SHORT_ESCAPES[ch];
    else if (code < 0x20 || code === 0x7f || code === 0x85 || code === 0x2028 || code === 0x2029) out += unicodeEscape(code);
    else if (escape === 'EscapeNonAscii' && code > 0x7f) out += code > 0xffff ? surrogates(code) : unicodeEscape(code);
    else out += ch;
  }
  return out + '"';
}

function unicodeEscape(code: number): string {
  return '\\u' + code.toString(16).padStart(4, '0');
}

function surrogates(code: number): string {
  const s = String.fromCodePoint(code);
  return unicodeEscape(s.charCodeAt(0)) + unicodeEscape(s.charCodeAt(1));
}
