import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { writeFileAtomic } from '../store/atomic-file.js';
import { certificateCredential, hashSecret, newClientSecret, secretMatches } from './credentials.js';
import { deterministicGuid, isGuid, newGuid } from './ids.js';
import {
  EXCHANGE_ROLES,
  type AppRecord,
  type DirectoryData,
  type ExchangeRole,
  type ManagedIdentityRecord,
  type PartnerRelationship,
  type TenantRecord,
  type UserRecord,
} from './model.js';

/** The password every auto-provisioned `admin@<domain>` gets: the one the seed scripts use. */
export const DEFAULT_ADMIN_PASSWORD = 'P@ssw0rd123!';

export class DirectoryError extends Error {
  constructor(
    readonly kind: 'invalid' | 'not-found' | 'conflict',
    message: string,
  ) {
    super(message);
  }
}

const DOMAIN_RE = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/i;

/**
 * Tenants, users, app registrations, managed identities and partner
 * relationships, persisted as one JSON file rewritten atomically on each
 * change. Lookups by domain and UPN are case-insensitive, as in Entra ID.
 */
export class Directory {
  private data: DirectoryData;
  private readonly file: string;

  constructor(dataDir: string) {
    const dir = join(dataDir, 'identity');
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    this.file = join(dir, 'directory.json');
    this.data = existsSync(this.file) ? readDirectory(this.file) : { version: 1, tenants: [], users: [], apps: [], managedIdentities: [], partners: [] };
  }

  private save(): void {
    writeFileAtomic(this.file, JSON.stringify(this.data, null, 1));
  }

  // ---- tenants

  tenants(): TenantRecord[] {
    return this.data.tenants;
  }

  /** By tenant GUID or any of its domains. */
  findTenant(ref: string): TenantRecord | undefined {
    const r = ref.toLowerCase();
    return this.data.tenants.find((t) => t.id === r || t.domains.includes(r));
  }

  tenant(ref: string): TenantRecord {
    const t = this.findTenant(ref);
    if (!t) throw new DirectoryError('not-found', `Tenant '${ref}' not found.`);
    return t;
  }

  /**
   * Creates a tenant with its `admin@<domain>` (Exchange admin, no MFA). A
   * vanity domain also gets `<label>.onmicrosoft.com` as its initial-style
   * second domain when that is free.
   */
  createTenant(o: { domain: string; displayName?: string; mailboxes?: number; seed?: number; adminPassword?: string }): TenantRecord {
    const domain = validDomain(o.domain);
    if (this.findTenant(domain)) throw new DirectoryError('conflict', `A tenant with the domain '${domain}' already exists.`);
    const id = deterministicGuid('tenant', domain);
    if (this.findTenant(id)) throw new DirectoryError('conflict', `A tenant with the id '${id}' already exists.`);
    const label = domain.split('.')[0]!;
    const domains = [domain];
    const initial = `${label}.onmicrosoft.com`;
    if (!domain.endsWith('.onmicrosoft.com') && !this.findTenant(initial)) domains.push(initial);
    const tenant: TenantRecord = {
      id,
      domains,
      displayName: o.displayName ?? titleCase(label),
      createdAt: new Date().toISOString(),
      ...(o.mailboxes !== undefined ? { mailboxes: o.mailboxes } : {}),
      ...(o.seed !== undefined ? { seed: o.seed } : {}),
    };
    this.data.tenants.push(tenant);
    this.data.users.push({
      objectId: deterministicGuid('user', `admin@${domain}`),
      tenantId: id,
      userPrincipalName: `admin@${domain}`,
      displayName: 'MOD Administrator',
      password: hashSecret(o.adminPassword ?? DEFAULT_ADMIN_PASSWORD),
      mfa: false,
      exchangeRole: 'admin',
    });
    this.save();
    return tenant;
  }

  // ---- users

  users(tenantId?: string): UserRecord[] {
    return tenantId ? this.data.users.filter((u) => u.tenantId === tenantId) : this.data.users;
  }

  findUser(upn: string): UserRecord | undefined {
    const u = upn.toLowerCase();
    return this.data.users.find((x) => x.userPrincipalName.toLowerCase() === u);
  }

  findUserById(objectId: string): UserRecord | undefined {
    return this.data.users.find((x) => x.objectId === objectId);
  }

  checkPassword(user: UserRecord, password: string): boolean {
    return secretMatches(password, user.password);
  }

  addUser(o: { tenant: string; userPrincipalName: string; password: string; displayName?: string; mfa?: boolean; exchangeRole?: string }): UserRecord {
    const tenant = this.tenant(o.tenant);
    const upn = String(o.userPrincipalName ?? '').toLowerCase();
    const at = upn.lastIndexOf('@');
    if (at < 1) throw new DirectoryError('invalid', `'${o.userPrincipalName}' is not a user principal name (user@domain).`);
    if (!tenant.domains.includes(upn.slice(at + 1))) {
      throw new DirectoryError('invalid', `The domain of '${upn}' is not a domain of tenant ${tenant.domains[0]} (${tenant.domains.join(', ')}).`);
    }
    if (this.findUser(upn)) throw new DirectoryError('conflict', `A user '${upn}' already exists.`);
    if (typeof o.password !== 'string' || o.password === '') throw new DirectoryError('invalid', 'A password is required.');
    const user: UserRecord = {
      objectId: newGuid(),
      tenantId: tenant.id,
      userPrincipalName: upn,
      displayName: o.displayName ?? upn.slice(0, at),
      password: hashSecret(o.password),
      mfa: o.mfa === true,
      exchangeRole: role(o.exchangeRole, 'admin'),
    };
    this.data.users.push(user);
    this.save();
    return user;
  }

  // ---- app registrations

  apps(tenantId?: string): AppRecord[] {
    return tenantId ? this.data.apps.filter((a) => a.tenantId === tenantId) : this.data.apps;
  }

  findApp(tenantId: string, appId: string): AppRecord | undefined {
    const id = appId.toLowerCase();
    return this.data.apps.find((a) => a.tenantId === tenantId && a.appId === id);
  }

  /**
   * Registers an app in a tenant, or adds credentials to the one with that
   * app id. Returns the generated secret's value once; only its hash is kept.
   */
  registerApp(o: {
    tenant: string;
    appId?: string;
    displayName?: string;
    certificatePem?: string;
    generateSecret?: boolean;
    manageAsApp?: boolean;
    exchangeRole?: string;
    publicClient?: boolean;
  }): { app: AppRecord; secret?: string } {
    const tenant = this.tenant(o.tenant);
    if (o.appId !== undefined && !isGuid(o.appId)) throw new DirectoryError('invalid', `The app id '${o.appId}' is not a GUID.`);
    const cert = o.certificatePem !== undefined ? certificateCredential(o.certificatePem) : undefined;
    let app = o.appId ? this.findApp(tenant.id, o.appId) : undefined;
    if (!app) {
      app = {
        appId: (o.appId ?? newGuid()).toLowerCase(),
        servicePrincipalId: newGuid(),
        tenantId: tenant.id,
        displayName: o.displayName ?? 'Exchange automation',
        certificates: [],
        secrets: [],
        manageAsApp: o.manageAsApp ?? true,
        exchangeRole: role(o.exchangeRole, 'admin'),
        publicClient: o.publicClient ?? false,
      };
      this.data.apps.push(app);
    } else {
      if (o.displayName !== undefined) app.displayName = o.displayName;
      if (o.manageAsApp !== undefined) app.manageAsApp = o.manageAsApp;
      if (o.exchangeRole !== undefined) app.exchangeRole = role(o.exchangeRole, app.exchangeRole);
      if (o.publicClient !== undefined) app.publicClient = o.publicClient;
    }
    if (cert && !app.certificates.some((c) => c.thumbprintSha1 === cert.thumbprintSha1)) app.certificates.push(cert);
    let secret: string | undefined;
    if (o.generateSecret) {
      secret = newClientSecret();
      app.secrets.push({ keyId: newGuid(), hint: secret.slice(0, 3), hash: hashSecret(secret) });
    }
    this.save();
    return secret ? { app, secret } : { app };
  }

  secretMatches(app: AppRecord, value: string): boolean {
    return app.secrets.some((s) => secretMatches(value, s.hash));
  }

  // ---- managed identities

  managedIdentities(tenantId?: string): ManagedIdentityRecord[] {
    return tenantId ? this.data.managedIdentities.filter((m) => m.tenantId === tenantId) : this.data.managedIdentities;
  }

  addManagedIdentity(o: { tenant: string; kind: string; name?: string; exchangeRole?: string }): ManagedIdentityRecord {
    const tenant = this.tenant(o.tenant);
    if (o.kind !== 'system' && o.kind !== 'user') throw new DirectoryError('invalid', "A managed identity's kind is 'system' or 'user'.");
    const name = o.name ?? (o.kind === 'system' ? `automation-${randomBytes(3).toString('hex')}` : `uami-${randomBytes(3).toString('hex')}`);
    const provider = o.kind === 'system' ? 'Microsoft.Automation/automationAccounts' : 'Microsoft.ManagedIdentity/userAssignedIdentities';
    const mi: ManagedIdentityRecord = {
      kind: o.kind,
      clientId: newGuid(),
      objectId: newGuid(),
      tenantId: tenant.id,
      name,
      resourceId: `/subscriptions/${deterministicGuid('subscription', tenant.id)}/resourceGroups/exosh-sandbox/providers/${provider}/${name}`,
      exchangeRole: role(o.exchangeRole, 'admin'),
      ...(o.kind === 'system' ? { hostSecret: randomBytes(24).toString('base64url') } : {}),
    };
    this.data.managedIdentities.push(mi);
    this.save();
    return mi;
  }

  findHostIdentity(hostSecret: string): ManagedIdentityRecord | undefined {
    return this.data.managedIdentities.find((m) => m.kind === 'system' && m.hostSecret === hostSecret);
  }

  findManagedIdentity(by: 'clientId' | 'objectId' | 'resourceId', value: string): ManagedIdentityRecord | undefined {
    const v = value.toLowerCase();
    return this.data.managedIdentities.find((m) => m[by].toLowerCase() === v);
  }

  // ---- partner relationships

  partners(): PartnerRelationship[] {
    return this.data.partners;
  }

  findPartnerRelationship(partnerTenantId: string, customerTenantId: string): PartnerRelationship | undefined {
    return this.data.partners.find((p) => p.partnerTenantId === partnerTenantId && p.customerTenantId === customerTenantId);
  }

  addPartnerRelationship(o: { partner: string; customer: string; exchangeRole?: string }): PartnerRelationship {
    const partner = this.tenant(o.partner);
    const customer = this.tenant(o.customer);
    if (partner.id === customer.id) throw new DirectoryError('invalid', 'A tenant cannot be its own partner.');
    const existing = this.findPartnerRelationship(partner.id, customer.id);
    if (existing) {
      if (o.exchangeRole !== undefined) existing.exchangeRole = role(o.exchangeRole, existing.exchangeRole);
      this.save();
      return existing;
    }
    const rel: PartnerRelationship = {
      partnerTenantId: partner.id,
      customerTenantId: customer.id,
      exchangeRole: role(o.exchangeRole, 'admin'),
      createdAt: new Date().toISOString(),
    };
    this.data.partners.push(rel);
    this.save();
    return rel;
  }

  removePartnerRelationship(partner: string, customer: string): boolean {
    const p = this.tenant(partner).id;
    const c = this.tenant(customer).id;
    const before = this.data.partners.length;
    this.data.partners = this.data.partners.filter((r) => !(r.partnerTenantId === p && r.customerTenantId === c));
    if (this.data.partners.length === before) return false;
    this.save();
    return true;
  }
}

function readDirectory(file: string): DirectoryData {
  let data: Partial<DirectoryData>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8')) as Partial<DirectoryData>;
  } catch (e) {
    throw new Error(`The sandbox directory ${file} cannot be read (${(e as Error).message}); move it away to start with a fresh directory.`);
  }
  if (data.version !== 1) throw new Error(`The sandbox directory ${file} has version ${String(data.version)}; this sandbox reads version 1.`);
  return { version: 1, tenants: data.tenants ?? [], users: data.users ?? [], apps: data.apps ?? [], managedIdentities: data.managedIdentities ?? [], partners: data.partners ?? [] };
}

function validDomain(d: unknown): string {
  if (typeof d !== 'string' || !DOMAIN_RE.test(d)) throw new DirectoryError('invalid', `'${String(d)}' is not a valid domain name.`);
  return d.toLowerCase();
}

function role(v: unknown, fallback: ExchangeRole): ExchangeRole {
  if (v === undefined) return fallback;
  if (typeof v === 'string' && (EXCHANGE_ROLES as readonly string[]).includes(v)) return v as ExchangeRole;
  throw new DirectoryError('invalid', `The Exchange role must be one of ${EXCHANGE_ROLES.join(', ')}.`);
}

function titleCase(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}
