import type { KeyObject } from 'node:crypto';
import { DateTime } from '../../repl/values/datetime.js';
import { DateTimeOffset } from '../../repl/values/datetime-offset.js';
import { PSHashtable } from '../../repl/values/hashtable.js';
import { PSList } from '../../repl/values/list.js';
import { PSObject } from '../../repl/values/psobject.js';
import { PSCREDENTIAL_TYPE, revealSecureString, SecureString } from '../../repl/values/securestring.js';
import { SwitchValue } from '../../repl/values/convert.js';
import { toPSString } from '../../repl/values/to-string.js';
import { encryptValue } from './encrypt-value.js';

/**
 * Parameter values as the module's Transform-Parameters writes them into
 * `CmdletInput.Parameters` (exo-protocol.md §2.4).
 */

const COMMON_PARAMETERS = new Set(
  ['Debug', 'ErrorAction', 'ErrorVariable', 'OutBuffer', 'OutVariable', 'Verbose', 'WarningAction', 'WarningVariable', 'InformationAction', 'InformationVariable', 'PipelineVariable'].map((n) => n.toLowerCase()),
);
const FILTER_PARAMETERS = new Set(['filter', 'recipientfilter', 'recipientpreviewfilter']);
const GENERIC_HASHTABLE = '#Exchange.GenericHashTable';
const BYTE_ARRAY = '#Exchange.ByteArrayType';

export interface SerializeOptions {
  publicKey?: KeyObject;
}

export function serializeParameters(parameters: Record<string, unknown>, o: SerializeOptions = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(parameters)) {
    const lname = name.toLowerCase();
    if (lname === 'usecustomrouting') continue;
    if (COMMON_PARAMETERS.has(lname)) {
      out[name] = value === null || value === undefined ? null : toPSString(value);
      continue;
    }
    if (FILTER_PARAMETERS.has(lname) && value !== null && value !== undefined && !(value instanceof SwitchValue)) {
      out[name] = toPSString(value).replace(/\$true/gi, "'True'").replace(/\$false/gi, "'False'");
      continue;
    }
    const items = asArray(value);
    if (items) {
      if (items.length > 0 && items.every(isHashtableLike)) out[`${name}@odata.type`] = '#Collection(Exchange.GenericHashTable)';
      else if (items.length > 0 && items.every((i) => i instanceof Uint8Array)) {
        out[`${name}@odata.type`] = '#Collection(Exchange.ByteArrayType)';
        out[name] = items.map((b) => ({ Data: [...(b as Uint8Array)] }));
        continue;
      }
    }
    out[name] = serializeValue(value, o);
  }
  return out;
}

function asArray(v: unknown): unknown[] | undefined {
  if (Array.isArray(v)) return v;
  if (v instanceof PSList) return v.items;
  return undefined;
}

function isHashtableLike(v: unknown): boolean {
  return v instanceof PSHashtable || (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype);
}

export function serializeValue(v: unknown, o: SerializeOptions): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof SwitchValue) return v.isPresent;
  switch (typeof v) {
    case 'string': case 'boolean': return v;
    case 'number': return Number.isFinite(v) ? v : String(v);
    case 'bigint': return Number(v);
    default: break;
  }
  if (v instanceof SecureString) return encryptValue(o.publicKey, revealSecureString(v));
  if (v instanceof DateTime || v instanceof DateTimeOffset) return sortableUtc(v.toInstant());
  if (v instanceof Date) return sortableUtc(v.getTime());
  if (v instanceof Uint8Array) return { '@odata.type': BYTE_ARRAY, Data: [...v] };
  const items = asArray(v);
  if (items) return items.map((i) => (i instanceof PSObject && !isCredential(i) ? toPSString(i) : serializeValue(i, o)));
  if (v instanceof PSHashtable) return hashtable(v.entries().map((e) => [toPSString(e.key), e.value] as const), o);
  if (v instanceof PSObject) {
    if (isCredential(v)) {
      const password = v.get('Password');
      const plain = password instanceof SecureString ? revealSecureString(password) : toPSString(password ?? '');
      return encryptValue(o.publicKey, JSON.stringify({ UserName: toPSString(v.get('UserName') ?? ''), Password: plain }));
    }
    return toPSString(v);
  }
  if (isHashtableLike(v)) return hashtable(Object.entries(v as Record<string, unknown>), o);
  return toPSString(v);
}

function isCredential(v: PSObject): boolean {
  return v.typeNames.includes(PSCREDENTIAL_TYPE);
}

function hashtable(entries: ReadonlyArray<readonly [string, unknown]>, o: SerializeOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, val] of entries) out[k] = serializeValue(val, o);
  out['@odata.type'] = GENERIC_HASHTABLE;
  return out;
}

/** UTC in the sortable pattern with no zone designator: `2025-01-31T23:59:59`. */
function sortableUtc(instantMs: number): string {
  return new Date(instantMs).toISOString().slice(0, 19);
}
