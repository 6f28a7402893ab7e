import { createHash, randomUUID } from 'node:crypto';

const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(s: string): boolean {
  return GUID_RE.test(s);
}

export function newGuid(): string {
  return randomUUID();
}

/**
 * A name-based (version 5 style) GUID, so a tenant auto-provisioned from a
 * domain gets the same id in every sandbox and across restarts.
 */
export function deterministicGuid(kind: string, name: string): string {
  const h = createHash('sha1').update(`exosh-sandbox:${kind}:${name.toLowerCase()}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
