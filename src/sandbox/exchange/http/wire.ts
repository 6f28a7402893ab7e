import { wireDate } from '../util/dates.js';
import { isGuid } from '../util/guid.js';
import type { Obj } from '../model/mailbox.js';
import { PageText } from './page-text.js';

const GUID_PROPS = /(Guid|^ExchangeObjectId|^MailboxGuid|^OwnerADGuid|^ExternalDirectoryOrganizationId)$/;

/** Writes the members of a page's `value` array, comma-separated. */
export type ValueWriter = (out: PageText) => void;

/**
 * An object as InvokeCommand JSON (exo-protocol.md §2.7): values as
 * PowerShell-flavoured strings, collections annotated `#Collection(String)`,
 * non-string scalars annotated with their .NET and OData types.
 *
 * A mailbox has about 450 members with annotations, so each member name's
 * text (with every annotation form) is made once per process and only the
 * values are written per object. `want` (lower-case names) keeps only those
 * members, in the object's own order.
 */
export function wireJson(obj: Obj, annotate: boolean, want?: ReadonlySet<string>): string {
  let out = '';
  for (const k in obj) {
    const info = keyInfo(k);
    if (want && !want.has(info.lower)) continue;
    const v = obj[k];
    if (v === null || v === undefined) {
      out += `,${info.key}null`;
    } else if (typeof v === 'string') {
      out += `,${annotate && info.guidProp && isGuid(v) ? info.guid : info.key}${JSON.stringify(v)}`;
    } else if (typeof v === 'boolean') {
      out += `,${annotate ? info.bool : info.key}${v ? 'true' : 'false'}`;
    } else if (typeof v === 'number') {
      const big = Math.abs(v) > 2147483647;
      out += `,${annotate ? (Number.isInteger(v) ? (big ? info.int64 : info.int32) : big ? info.bigDouble : info.double) : info.key}${String(v)}`;
    } else if (Array.isArray(v)) {
      out += `,${annotate ? info.collection : info.key}${v.length === 0 ? '[]' : JSON.stringify(allStrings(v) ? v : v.map((x) => (x instanceof Date ? wireDate(x) : String(x))))}`;
    } else if (v instanceof Date) {
      out += `,${annotate ? info.date : info.key}"${wireDate(v, info.utc)}"`;
    } else {
      out += `,${info.key}${JSON.stringify(v)}`;
    }
  }
  return out === '' ? '{}' : `{${out.slice(1)}}`;
}

function allStrings(v: unknown[]): boolean {
  for (const x of v) if (typeof x !== 'string') return false;
  return true;
}

/** A member name's text with each annotation form it may take: `"Name":`, `"Name@data.type":"System.Boolean","Name":`, … */
interface KeyInfo {
  lower: string;
  key: string;
  guidProp: boolean;
  utc: boolean;
  guid: string;
  bool: string;
  int32: string;
  int64: string;
  double: string;
  bigDouble: string;
  collection: string;
  date: string;
}

const KEYS = new Map<string, KeyInfo>();

function keyInfo(k: string): KeyInfo {
  let info = KEYS.get(k);
  if (info !== undefined) return info;
  const key = `${JSON.stringify(k)}:`;
  const data = (type: string) => `"${k}@data.type":"${type}",`;
  const odata = `"${k}@odata.type":"#Int64",`;
  info = {
    lower: k.toLowerCase(),
    key,
    guidProp: GUID_PROPS.test(k),
    utc: k.endsWith('UTC'),
    guid: `${data('System.Guid')}"${k}@odata.type":"#Guid",${key}`,
    bool: `${data('System.Boolean')}${key}`,
    int32: `${data('System.Int32')}${key}`,
    int64: `${data('System.Int64')}${odata}${key}`,
    double: `${data('System.Double')}${key}`,
    bigDouble: `${data('System.Double')}${odata}${key}`,
    collection: `"${k}@odata.type":"#Collection(String)",${key}`,
    date: `${data('System.DateTime')}${key}`,
  };
  // The same few hundred names recur on every object; the bound only guards against odd clients.
  if (KEYS.size < 10_000) KEYS.set(k, info);
  return info;
}

/** Writes objects as the members of a JSON array. */
export function wireObjects(items: readonly Obj[], annotate: boolean, want?: ReadonlySet<string>): ValueWriter {
  return (out) => {
    for (let i = 0; i < items.length; i++) {
      if (i > 0) out.add(',');
      out.add(wireJson(items[i]!, annotate, want));
    }
  };
}

/** Ready-made JSON texts as the members of a JSON array. */
export function rawValues(values: readonly string[]): ValueWriter {
  return (out) => {
    out.add(values.join(','));
  };
}

/** An envelope object with its `value` array written in place (and members after it). */
export function envelopeJson(head: Record<string, unknown>, values: ValueWriter, tail: Record<string, unknown> = {}): string {
  const before = JSON.stringify(head).slice(0, -1);
  const out = new PageText();
  out.add(`${before}${before.length > 1 ? ',' : ''}"value":[`);
  values(out);
  out.add(Object.keys(tail).length ? `],${JSON.stringify(tail).slice(1, -1)}}` : ']}');
  return out.finish();
}

/** Lower-cased property names for `wireJson`'s `want`. */
export function memberSet(names: readonly string[]): Set<string> {
  return new Set(names.map((n) => n.toLowerCase()));
}

/** Keeps the members named in `want` (lower-case), in the object's own order. */
export function project(obj: Obj, want: ReadonlySet<string>): Obj {
  const out: Obj = {};
  for (const k in obj) if (want.has(k.toLowerCase())) out[k] = obj[k];
  return out;
}

export const JSON_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
