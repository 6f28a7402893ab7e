import { wireDate } from '../util/dates.js';
import { isGuid } from '../util/guid.js';
import type { Obj } from '../model/mailbox.js';

const GUID_PROPS = /(Guid|^ExchangeObjectId|^MailboxGuid|^OwnerADGuid|^ExternalDirectoryOrganizationId)$/;

/**
 * An object as InvokeCommand JSON (exo-protocol.md §2.7): values as
 * PowerShell-flavoured strings, collections annotated `#Collection(String)`,
 * non-string scalars annotated with their .NET and OData types. Written
 * straight to text: a mailbox has about 450 members with annotations, and
 * building them as JS objects first costs several times more.
 */
export function wireJson(obj: Obj, annotate: boolean): string {
  let out = '';
  for (const k in obj) {
    const v = obj[k];
    const key = keyText(k);
    let note = '';
    let text: string;
    if (Array.isArray(v)) {
      note = `"${k}@odata.type":"#Collection(String)",`;
      text = JSON.stringify(v.map((x) => (x instanceof Date ? wireDate(x) : String(x))));
    } else if (v instanceof Date) {
      note = `"${k}@data.type":"System.DateTime",`;
      text = `"${wireDate(v, k.endsWith('UTC'))}"`;
    } else if (typeof v === 'number') {
      const big = Math.abs(v) > 2147483647;
      note = `"${k}@data.type":"${Number.isInteger(v) ? (big ? 'System.Int64' : 'System.Int32') : 'System.Double'}",${big ? `"${k}@odata.type":"#Int64",` : ''}`;
      text = String(v);
    } else if (typeof v === 'boolean') {
      note = `"${k}@data.type":"System.Boolean",`;
      text = v ? 'true' : 'false';
    } else if (typeof v === 'string') {
      if (GUID_PROPS.test(k) && isGuid(v)) note = `"${k}@data.type":"System.Guid","${k}@odata.type":"#Guid",`;
      text = JSON.stringify(v);
    } else text = v === null || v === undefined ? 'null' : JSON.stringify(v);
    out += `${annotate ? note : ''}${key}${text},`;
  }
  return `{${out.slice(0, -1)}}`;
}

const KEYS = new Map<string, string>();

/** `"Name":` for a property name, cached: the same few hundred names recur on every object. */
function keyText(k: string): string {
  let t = KEYS.get(k);
  if (t === undefined) {
    t = `${JSON.stringify(k)}:`;
    if (KEYS.size < 10_000) KEYS.set(k, t);
  }
  return t;
}

/** An envelope object with its `value` array spliced in as ready-made JSON text (and members after it). */
export function envelopeJson(head: Record<string, unknown>, values: string[], tail: Record<string, unknown> = {}): string {
  const before = JSON.stringify(head).slice(0, -1);
  const after = Object.keys(tail).length ? `,${JSON.stringify(tail).slice(1, -1)}` : '';
  return `${before}${before.length > 1 ? ',' : ''}"value":[${values.join(',')}]${after}}`;
}

/** Keeps the named properties (case-insensitive), in the object's own order. */
export function project(obj: Obj, names: readonly string[]): Obj {
  const want = new Set(names.map((n) => n.toLowerCase()));
  const out: Obj = {};
  for (const [k, v] of Object.entries(obj)) if (want.has(k.toLowerCase())) out[k] = v;
  return out;
}

export const JSON_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
