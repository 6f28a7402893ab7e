import * as fs from 'node:fs';
import * as path from 'node:path';
import type { TenantRef } from '../../http/types.js';
import { Tenant } from '../model/tenant.js';
import type { JournalOp } from '../model/records.js';
import { Journal } from './journal.js';

/**
 * Tenants by id, each backed by its journal `<dataDir>/exchange/<tenantId>.journal`.
 * The first entry fixes the tenant's domain, size, seed and epoch, so a
 * restart rebuilds exactly the same seed and replays the changes over it.
 */
export class TenantStore {
  private readonly tenants = new Map<string, Tenant>();
  private readonly journals: Journal[] = [];
  private readonly dir: string;

  constructor(
    dataDir: string,
    private readonly defaults: { mailboxes: number; seed: number },
  ) {
    this.dir = path.join(dataDir, 'exchange');
    fs.mkdirSync(this.dir, { recursive: true });
  }

  ensure(ref: TenantRef, o: { mailboxes?: number; seed?: number } = {}): Tenant {
    const existing = this.tenants.get(ref.tenantId);
    if (existing) return existing;
    const file = path.join(this.dir, `${ref.tenantId.replace(/[^A-Za-z0-9._-]/g, '_')}.journal`);
    const { journal, entries } = Journal.open(file);
    this.journals.push(journal);
    let init = entries[0] as Extract<JournalOp, { op: 'init' }> | undefined;
    if (!init || init.op !== 'init') {
      init = { op: 'init', tenantId: ref.tenantId, domain: ref.domain, mailboxes: Math.max(1, o.mailboxes ?? this.defaults.mailboxes), seed: o.seed ?? this.defaults.seed, epoch: Date.now() };
      journal.append(init);
    }
    const tenant = new Tenant(init, journal);
    for (const op of entries.slice(1)) tenant.apply(op as JournalOp);
    this.tenants.set(ref.tenantId, tenant);
    return tenant;
  }

  get(tenantId: string): Tenant | undefined {
    return this.tenants.get(tenantId);
  }

  close(): void {
    for (const j of this.journals) j.close();
    this.journals.length = 0;
    this.tenants.clear();
  }
}
