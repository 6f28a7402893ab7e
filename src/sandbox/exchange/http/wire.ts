import { wireDate } from '../util/dates.js';
import { isGuid } from '../util/guid.js';
import type { Obj } from '../model/mailbox.js';

const GUID_PROPS = /(Guid|^ExchangeObjectId|^MailboxGuid|^OwnerADGuid|^ExternalDirectoryOrganizationId)$/;

/**
 * An object in the InvokeCommand JSON form (exo-protocol.md §2.7): values as
 * PowerShell-flavoured strings, collections annotated `#Collection(String)`,
 * non-string scalars annotated with their .NET and OData types.
 */
export function toWire(obj: Obj, annotate: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (Array.isArray(v)) {
      if (annotate) out[`${k}@odata.type`] = '#Collection(String)';
      out[k] = v.map((x) => (x instanceof Date ? wireDate(x) : String(x)));
    } else if (v instanceof Date) {
      if (annotate) out[`${k}@data.type`] = 'System.DateTime';
      out[k] = wireDate(v, k.endsWith('UTC'));
    } else if (typeof v === 'number') {
      if (annotate) out[`${k}@data.type`] = Number.isInteger(v) ? (Math.abs(v) > 2147483647 ? 'System.Int64' : 'System.Int32') : 'System.Double';
      if (annotate && Math.abs(v) > 2147483647) out[`${k}@odata.type`] = '#Int64';
      out[k] = v;
    } else if (typeof v === 'boolean') {
      if (annotate) out[`${k}@data.type`] = 'System.Boolean';
      out[k] = v;
    } else if (typeof v === 'string' && GUID_PROPS.test(k) && isGuid(v)) {
      if (annotate) {
        out[`${k}@data.type`] = 'System.Guid';
        out[`${k}@odata.type`] = '#Guid';
      }
      out[k] = v;
    } else out[k] = v ?? null;
  }
  return out;
}

/** Keeps the named properties (case-insensitive), in the object's own order. */
export function project(obj: Obj, names: readonly string[]): Obj {
  const want = new Set(names.map((n) => n.toLowerCase()));
  const out: Obj = {};
  for (const [k, v] of Object.entries(obj)) if (want.has(k.toLowerCase())) out[k] = v;
  return out;
}

export const JSON_CONTENT_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
