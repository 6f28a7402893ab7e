import type { Obj } from '../model/mailbox.js';
import type { Results } from '../cmdlets/types.js';

/** State carried by `$skiptoken` in a nextLink: where to resume and how many were sent. */
export interface PageToken {
  position: number;
  sent: number;
}

export function encodeToken(t: PageToken): string {
  return Buffer.from(JSON.stringify([t.position, t.sent])).toString('base64url');
}

export function decodeToken(text: string | null): PageToken | undefined {
  if (!text) return { position: 0, sent: 0 };
  try {
    const [position, sent] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown[];
    if (Number.isInteger(position) && Number.isInteger(sent) && (position as number) >= 0 && (sent as number) >= 0) return { position: position as number, sent: sent as number };
  } catch {
    // falls through to undefined: the caller answers 400
  }
  return undefined;
}

/** `Prefer: odata.maxpagesize=N` (1–1000), else the default. */
export function preferredPageSize(prefer: string | undefined, fallback: number): number {
  const m = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(prefer ?? '');
  if (!m) return fallback;
  return Math.min(1000, Math.max(1, Number(m[1])));
}

export interface Page {
  items: Obj[];
  next?: PageToken;
  /** More objects exist than the result size allows. */
  truncated: boolean;
}

/** One page of results: up to `pageSize`, never past `limit` in total. */
export function takePage(results: Results, token: PageToken, pageSize: number, limit: number): Page {
  const room = Math.min(pageSize, limit - token.sent);
  const items: Obj[] = [];
  let lastPosition = token.position - 1;
  let more = false;
  for (const [position, obj] of results.from(token.position)) {
    if (items.length >= room) {
      more = true;
      break;
    }
    items.push(obj);
    lastPosition = position;
  }
  const sent = token.sent + items.length;
  if (!more) return { items, truncated: false };
  if (sent >= limit) return { items, truncated: true };
  return { items, next: { position: lastPosition + 1, sent }, truncated: false };
}
