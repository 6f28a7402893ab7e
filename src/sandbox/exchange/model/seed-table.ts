import { Rng } from '../util/prng.js';
import { EQUIPMENT_NAMES, FIRST_NAMES, LAST_NAMES, ROOM_NAMES, SHARED_NAMES } from './names.js';
import type { TenantContext } from './context.js';

export type MailboxKind = 'user' | 'shared' | 'room' | 'equipment';
const KINDS: MailboxKind[] = ['user', 'shared', 'room', 'equipment'];

/** The naming facts of a mailbox; everything else is derived from its index. */
export interface MailboxBase {
  index: number;
  kind: MailboxKind;
  firstName: string | null;
  lastName: string | null;
  displayName: string;
  alias: string;
}

/**
 * The seeded mailboxes in compact form (a few bytes each), with the two
 * lookup maps identity resolution needs: alias → index, display name → indexes.
 */
export class SeedTable {
  private readonly kinds: Uint8Array;
  private readonly a: Uint16Array;
  private readonly b: Uint16Array;
  private readonly suffix: Uint16Array;
  readonly byAlias = new Map<string, number>();
  readonly byDisplayName = new Map<string, number | number[]>();

  constructor(
    ctx: TenantContext,
    readonly count: number,
  ) {
    this.kinds = new Uint8Array(count);
    this.a = new Uint16Array(count);
    this.b = new Uint16Array(count);
    this.suffix = new Uint16Array(count);
    const seen = new Map<string, number>();
    for (let i = 0; i < count; i++) {
      const rng = new Rng(`${ctx.key}|name|${i}`);
      const roll = rng.next();
      const kind = i === 0 ? 0 : roll < 0.06 ? 1 : roll < 0.09 ? 2 : roll < 0.1 ? 3 : 0;
      this.kinds[i] = kind;
      this.a[i] = rng.int(0, 0xffff);
      this.b[i] = rng.int(0, 0xffff);
      const base = this.rawBase(i);
      const aliasKey = base.alias.toLowerCase();
      const n = (seen.get(aliasKey) ?? 0) + 1;
      seen.set(aliasKey, n);
      this.suffix[i] = n;
      const alias = n > 1 ? `${base.alias}${n}` : base.alias;
      this.byAlias.set(alias.toLowerCase(), i);
      const dn = base.displayName.toLowerCase();
      const prev = this.byDisplayName.get(dn);
      if (prev === undefined) this.byDisplayName.set(dn, i);
      else if (typeof prev === 'number') this.byDisplayName.set(dn, [prev, i]);
      else prev.push(i);
    }
  }

  base(i: number): MailboxBase {
    const raw = this.rawBase(i);
    const n = this.suffix[i]!;
    return { ...raw, alias: n > 1 ? `${raw.alias}${n}` : raw.alias };
  }

  private rawBase(i: number): MailboxBase {
    const kind = KINDS[this.kinds[i]!]!;
    const a = this.a[i]!;
    const b = this.b[i]!;
    if (i === 0) return { index: 0, kind, firstName: 'MOD', lastName: 'Administrator', displayName: 'MOD Administrator', alias: 'admin' };
    switch (kind) {
      case 'user': {
        const first = FIRST_NAMES[a % FIRST_NAMES.length]!;
        const last = LAST_NAMES[b % LAST_NAMES.length]!;
        return { index: i, kind, firstName: first, lastName: last, displayName: `${first} ${last}`, alias: `${first}.${last}`.toLowerCase() };
      }
      case 'shared': {
        const name = SHARED_NAMES[a % SHARED_NAMES.length]!;
        return { index: i, kind, firstName: null, lastName: null, displayName: name, alias: name.replace(/\s+/g, '').toLowerCase() };
      }
      case 'room':
      case 'equipment': {
        const list = kind === 'room' ? ROOM_NAMES : EQUIPMENT_NAMES;
        const name = `${list[a % list.length]} ${1 + (b % 40)}`;
        return { index: i, kind, firstName: null, lastName: null, displayName: name, alias: name.replace(/\s+/g, '').toLowerCase() };
      }
    }
  }
}
