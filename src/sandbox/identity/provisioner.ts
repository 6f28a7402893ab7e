import type { TenantRef } from '../http/types.js';
import { Directory, DirectoryError } from './directory.js';
import { isGuid } from './ids.js';
import type { TenantRecord } from './model.js';

export type TenantCreatedHook = (t: TenantRef, o: { mailboxes?: number; seed?: number }) => Promise<void>;

/** The tenant the sandbox creates on first start, and the one multi-tenant sign-ins land in without a user name. */
export const DEFAULT_TENANT_DOMAIN = 'contoso.onmicrosoft.com';

const PARTNER_DOMAIN = 'partner.onmicrosoft.com';
const CUSTOMER_RE = /^customer\d+\.onmicrosoft\.com$/;

export const MULTI_TENANT_SEGMENTS = ['common', 'organizations', 'consumers'];

/**
 * Creates tenants, explicitly or on the fly for a domain a sign-in names,
 * and tells the Exchange side about each new one before anyone can use it.
 *
 * Auto-provisioning links the seed scripts' partner to its customers: a
 * `customerN.onmicrosoft.com` created on the fly gets a partner relationship
 * (Exchange admin) with `partner.onmicrosoft.com`, which is created too. Any
 * other relationship is made through the management API.
 */
export class TenantProvisioner {
  private inFlight = new Map<string, Promise<TenantRecord>>();

  constructor(
    private readonly directory: Directory,
    private readonly o: { autoProvision: boolean; onCreated: TenantCreatedHook },
  ) {}

  get autoProvision(): boolean {
    return this.o.autoProvision;
  }

  async create(input: { domain: string; displayName?: string; mailboxes?: number; seed?: number }): Promise<TenantRecord> {
    const tenant = this.directory.createTenant(input);
    await this.announce(tenant);
    return tenant;
  }

  /** Tells the Exchange side about every tenant (at start-up; ensureTenant is idempotent). */
  async announceAll(): Promise<void> {
    for (const t of this.directory.tenants()) await this.announce(t);
  }

  private announce(t: TenantRecord): Promise<void> {
    return this.o.onCreated(
      { tenantId: t.id, domain: t.domains[0]! },
      { ...(t.mailboxes !== undefined ? { mailboxes: t.mailboxes } : {}), ...(t.seed !== undefined ? { seed: t.seed } : {}) },
    );
  }

  /** The default tenant, created when the directory is empty. */
  async ensureDefault(mailboxes?: number): Promise<TenantRecord> {
    const found = this.directory.findTenant(DEFAULT_TENANT_DOMAIN) ?? this.directory.tenants()[0];
    if (found) return found;
    return this.create({ domain: DEFAULT_TENANT_DOMAIN, ...(mailboxes !== undefined ? { mailboxes } : {}) });
  }

  defaultTenant(): TenantRecord | undefined {
    return this.directory.findTenant(DEFAULT_TENANT_DOMAIN) ?? this.directory.tenants()[0];
  }

  /** A tenant by GUID or domain; an unknown domain is created when auto-provisioning is on. */
  async resolve(ref: string): Promise<TenantRecord | undefined> {
    const found = this.directory.findTenant(ref);
    if (found || !this.o.autoProvision || isGuid(ref) || MULTI_TENANT_SEGMENTS.includes(ref.toLowerCase())) return found;
    const domain = ref.toLowerCase();
    let pending = this.inFlight.get(domain);
    if (!pending) {
      pending = this.autoCreate(domain).finally(() => this.inFlight.delete(domain));
      this.inFlight.set(domain, pending);
    }
    try {
      return await pending;
    } catch (e) {
      if (e instanceof DirectoryError && e.kind === 'invalid') return undefined;
      throw e;
    }
  }

  private async autoCreate(domain: string): Promise<TenantRecord> {
    const tenant = this.directory.findTenant(domain) ?? (await this.create({ domain }));
    if (CUSTOMER_RE.test(domain)) {
      const partner = await this.resolve(PARTNER_DOMAIN);
      if (partner) this.directory.addPartnerRelationship({ partner: partner.id, customer: tenant.id });
    }
    return tenant;
  }
}
