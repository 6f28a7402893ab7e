import type { Journal } from '../store/journal.js';
import { tenantContext, type TenantContext } from './context.js';
import { SeedTable, type MailboxBase, type MailboxKind } from './seed-table.js';
import { mailboxFacts, mailboxObject, type MailboxFacts, type Obj } from './mailbox.js';
import { seedGroups, seedTransportRules } from './seed-groups.js';
import type { FolderAce, GroupRecord, JournalOp, MailboxAce, RecipientAce, TransportRuleRecord } from './records.js';

export interface MailboxEntry {
  base: MailboxBase;
  facts: MailboxFacts;
  obj: Obj;
}

/**
 * One tenant's Exchange data: the deterministic seed plus the changes made
 * since (kept small: only what writes touched). Every change goes through
 * `commit`, which journals it and applies it; replay applies the same ops.
 */
export class Tenant {
  readonly ctx: TenantContext;
  readonly table: SeedTable;
  private readonly patches = new Map<number, Record<string, unknown>>();
  private readonly created = new Map<number, { base: MailboxBase; at: Date }>();
  private readonly createdOrder: number[] = [];
  readonly removed = new Map<number, Date>();
  readonly mailboxAces = new Map<number, MailboxAce[]>();
  readonly recipientAces = new Map<number, RecipientAce[]>();
  readonly folderAces = new Map<string, FolderAce[]>();
  readonly casPatches = new Map<number, Record<string, unknown>>();
  readonly oofPatches = new Map<number, Record<string, unknown>>();
  readonly groups = new Map<string, GroupRecord>();
  readonly transportRules = new Map<string, TransportRuleRecord>();
  /** Lower-cased identity keys of patched or created mailboxes (the seed maps miss them). */
  private overrideKeys = new Map<string, Set<number>>();
  private nextIndex: number;

  constructor(
    init: Extract<JournalOp, { op: 'init' }>,
    private readonly journal: Journal,
  ) {
    this.ctx = tenantContext(init.tenantId, init.domain, init.seed, init.epoch);
    this.table = new SeedTable(this.ctx, init.mailboxes);
    this.nextIndex = init.mailboxes;
    for (const g of seedGroups(this.ctx, this.table)) this.groups.set(g.id, g);
    for (const r of seedTransportRules(this.ctx)) this.transportRules.set(r.id, r);
  }

  get seededCount(): number {
    return this.table.count;
  }

  commit(op: JournalOp): void {
    this.journal.append(op);
    this.apply(op);
  }

  apply(op: JournalOp): void {
    switch (op.op) {
      case 'init':
        return;
      case 'mbx.patch': {
        this.patches.set(op.index, { ...this.patches.get(op.index), ...op.patch });
        this.reindex(op.index);
        return;
      }
      case 'mbx.new': {
        const base: MailboxBase = { index: op.index, kind: op.kind as MailboxKind, alias: op.alias, displayName: op.displayName, firstName: op.firstName, lastName: op.lastName };
        this.created.set(op.index, { base, at: op.at });
        this.createdOrder.push(op.index);
        this.nextIndex = Math.max(this.nextIndex, op.index + 1);
        this.reindex(op.index);
        return;
      }
      case 'mbx.remove':
        this.removed.set(op.index, op.at);
        return;
      case 'mperm':
        this.mailboxAces.set(op.index, op.aces);
        return;
      case 'rperm':
        this.recipientAces.set(op.index, op.aces);
        return;
      case 'fperm':
        this.folderAces.set(op.key, op.aces);
        return;
      case 'cas':
        this.casPatches.set(op.index, { ...this.casPatches.get(op.index), ...op.patch });
        return;
      case 'oof':
        this.oofPatches.set(op.index, { ...this.oofPatches.get(op.index), ...op.patch });
        return;
      case 'dg.put':
        this.groups.set(op.group.id, op.group);
        return;
      case 'dg.remove':
        this.groups.delete(op.id);
        return;
      case 'tr.put':
        this.transportRules.set(op.rule.id, op.rule);
        return;
      case 'tr.remove':
        this.transportRules.delete(op.id);
        return;
    }
  }

  allocateIndex(): number {
    return this.nextIndex++;
  }

  exists(index: number, includeRemoved = false): boolean {
    if (!includeRemoved && this.removed.has(index)) return false;
    return index < this.table.count || this.created.has(index);
  }

  base(index: number): MailboxBase {
    const created = this.created.get(index);
    if (created) return created.base;
    return this.table.base(index);
  }

  facts(index: number): MailboxFacts {
    const created = this.created.get(index);
    const base = this.base(index);
    const facts = mailboxFacts(this.ctx, base);
    if (!created) return facts;
    return { ...facts, totalBytes: 0, itemCount: 0, deletedBytes: 0, deletedCount: 0, associatedCount: 0, whenCreated: created.at, whenChanged: created.at, lastLogon: null, archive: false, litigationHold: false, hidden: false };
  }

  /** The current Get-Mailbox object (seed + changes). */
  mailbox(index: number): MailboxEntry {
    const base = this.base(index);
    const facts = this.facts(index);
    const obj = mailboxObject(this.ctx, base, facts, this.removed.get(index));
    const patch = this.patches.get(index);
    if (patch) Object.assign(obj, patch);
    return { base, facts, obj };
  }

  /** Mailbox indexes in listing order, starting at position `from`. */
  *mailboxIndexes(from = 0, includeRemoved = false): Generator<number> {
    for (let i = from; i < this.table.count; i++) if (includeRemoved || !this.removed.has(i)) yield i;
    for (const i of this.createdOrder) if (i >= from && (includeRemoved || !this.removed.has(i))) yield i;
  }

  /** Candidate indexes for a lower-cased key among changed mailboxes. */
  overrideCandidates(key: string): Iterable<number> {
    return this.overrideKeys.get(key) ?? [];
  }

  private reindex(index: number): void {
    for (const set of this.overrideKeys.values()) set.delete(index);
    const { obj } = this.mailbox(index);
    const keys = [obj.Name, obj.Alias, obj.DisplayName, obj.UserPrincipalName, ...((obj.EmailAddresses as string[]) ?? []).map((e) => e.replace(/^[a-z0-9]+:/i, ''))];
    for (const k of keys) {
      if (typeof k !== 'string') continue;
      const key = k.toLowerCase();
      let set = this.overrideKeys.get(key);
      if (!set) this.overrideKeys.set(key, (set = new Set()));
      set.add(index);
    }
  }
}
