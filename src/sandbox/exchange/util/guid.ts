import { Rng } from './prng.js';

const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isGuid(text: string): boolean {
  return GUID_RE.test(text);
}

/** A random-looking but reproducible GUID for a key. */
export function deterministicGuid(key: string): string {
  const h = new Rng(key).hex(32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16]!, 16) & 3]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/**
 * GUIDs of seeded objects carry their index (masked) in the last group, so a
 * GUID typed by the user resolves to its object without an index of every GUID.
 */
export function indexedGuid(key: string, mask: number, index: number): string {
  const base = deterministicGuid(`${key}#${index}`);
  const tail = ((index ^ mask) >>> 0).toString(16).padStart(8, '0');
  return `${base.slice(0, 28)}${tail}`;
}

export function indexFromGuid(guid: string, mask: number): number | undefined {
  if (!isGuid(guid)) return undefined;
  const n = (parseInt(guid.slice(28), 16) ^ mask) >>> 0;
  return n;
}
