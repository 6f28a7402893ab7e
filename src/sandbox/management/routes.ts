import type { Faults } from '../faults.js';
import { FaultSettingsError } from '../faults.js';
import type { RequestLog } from '../http/request-log.js';
import type { Router } from '../http/router.js';
import type { RouteHandler, SandboxResponse } from '../http/types.js';
import { CertificateFormatError } from '../identity/credentials.js';
import { DirectoryError, type IdentityContext } from '../identity/index.js';
import { appView, managedIdentityView, partnerView, tenantView, userView } from './views.js';

export interface ManagementDeps {
  identity: IdentityContext;
  faults: Faults;
  log: RequestLog;
  info: () => Record<string, unknown>;
}

/**
 * The management API under `/_sandbox/`: JSON in and out, no auth (the
 * server refuses it from anything but loopback). Tests and demos use it to
 * shape the tenant, inject faults and read what clients sent.
 */
export function mountManagement(router: Router, d: ManagementDeps): void {
  const { directory, provisioner } = d.identity;
  const add = (method: string, pattern: string, h: RouteHandler) => router.add(method, `/_sandbox${pattern}`, guarded(h));

  add('GET', '/', () => ok(d.info()));

  add('GET', '/tenants', () => ok({ value: directory.tenants().map(tenantView) }));
  add('POST', '/tenants', async (req) => {
    const b = body(req.body);
    const t = await provisioner.create({
      domain: b.domain as string,
      ...(b.displayName !== undefined ? { displayName: String(b.displayName) } : {}),
      ...(b.mailboxes !== undefined ? { mailboxes: count(b.mailboxes, 'mailboxes') } : {}),
      ...(b.seed !== undefined ? { seed: count(b.seed, 'seed') } : {}),
    });
    return created(tenantView(t));
  });
  add('GET', '/tenants/:tenant', (req, p) => {
    const t = directory.tenant(p.tenant!);
    return ok({
      ...tenantView(t),
      users: directory.users(t.id).map(userView),
      apps: directory.apps(t.id).map(appView),
      managedIdentities: directory.managedIdentities(t.id).map((m) => managedIdentityView(m, req.origin)),
      partners: directory.partners().filter((r) => r.partnerTenantId === t.id || r.customerTenantId === t.id).map(partnerView),
    });
  });

  add('GET', '/tenants/:tenant/users', (_req, p) => ok({ value: directory.users(directory.tenant(p.tenant!).id).map(userView) }));
  add('POST', '/tenants/:tenant/users', (req, p) => {
    const b = body(req.body);
    return created(
      userView(
        directory.addUser({
          tenant: p.tenant!,
          userPrincipalName: b.userPrincipalName as string,
          password: b.password as string,
          ...(b.displayName !== undefined ? { displayName: String(b.displayName) } : {}),
          ...(b.mfa !== undefined ? { mfa: b.mfa === true } : {}),
          ...(b.exchangeRole !== undefined ? { exchangeRole: b.exchangeRole as string } : {}),
        }),
      ),
    );
  });

  add('GET', '/tenants/:tenant/apps', (_req, p) => ok({ value: directory.apps(directory.tenant(p.tenant!).id).map(appView) }));
  add('POST', '/tenants/:tenant/apps', (req, p) => {
    const b = body(req.body);
    const r = directory.registerApp({
      tenant: p.tenant!,
      ...(b.appId !== undefined ? { appId: String(b.appId) } : {}),
      ...(b.displayName !== undefined ? { displayName: String(b.displayName) } : {}),
      ...(b.certificatePem !== undefined ? { certificatePem: String(b.certificatePem) } : {}),
      ...(b.generateSecret !== undefined ? { generateSecret: b.generateSecret === true } : {}),
      ...(b.manageAsApp !== undefined ? { manageAsApp: b.manageAsApp === true } : {}),
      ...(b.exchangeRole !== undefined ? { exchangeRole: b.exchangeRole as string } : {}),
      ...(b.publicClient !== undefined ? { publicClient: b.publicClient === true } : {}),
    });
    return created({ ...appView(r.app), ...(r.secret ? { secret: r.secret } : {}) });
  });

  add('GET', '/tenants/:tenant/managed-identities', (req, p) =>
    ok({ value: directory.managedIdentities(directory.tenant(p.tenant!).id).map((m) => managedIdentityView(m, req.origin)) }),
  );
  add('POST', '/tenants/:tenant/managed-identities', (req, p) => {
    const b = body(req.body);
    const m = directory.addManagedIdentity({
      tenant: p.tenant!,
      kind: b.kind as string,
      ...(b.name !== undefined ? { name: String(b.name) } : {}),
      ...(b.exchangeRole !== undefined ? { exchangeRole: b.exchangeRole as string } : {}),
    });
    return created(managedIdentityView(m, req.origin));
  });

  add('GET', '/partners', () => ok({ value: directory.partners().map(partnerView) }));
  add('POST', '/partners', (req) => {
    const b = body(req.body);
    return created(
      partnerView(
        directory.addPartnerRelationship({
          partner: String(b.partner ?? ''),
          customer: String(b.customer ?? ''),
          ...(b.exchangeRole !== undefined ? { exchangeRole: b.exchangeRole as string } : {}),
        }),
      ),
    );
  });
  add('DELETE', '/partners', (req) => {
    const removed = directory.removePartnerRelationship(req.query.get('partner') ?? '', req.query.get('customer') ?? '');
    return removed ? { status: 204 } : fail(404, 'NotFound', 'No such partner relationship.');
  });

  add('GET', '/faults', () => ok(d.faults.get()));
  add('PUT', '/faults', (req) => ok(d.faults.set(body(req.body))));
  add('DELETE', '/faults', () => {
    d.faults.clear();
    return { status: 204 };
  });

  add('GET', '/requests', () => ok({ value: d.log.list() }));
  add('DELETE', '/requests', () => {
    d.log.clear();
    return { status: 204 };
  });
}

class BadRequest extends Error {}

function guarded(h: RouteHandler): RouteHandler {
  return async (req, p) => {
    try {
      return await h(req, p);
    } catch (e) {
      if (e instanceof DirectoryError) return fail(e.kind === 'not-found' ? 404 : e.kind === 'conflict' ? 409 : 400, e.kind === 'not-found' ? 'NotFound' : e.kind === 'conflict' ? 'Conflict' : 'BadRequest', e.message);
      if (e instanceof BadRequest || e instanceof FaultSettingsError || e instanceof CertificateFormatError) return fail(400, 'BadRequest', e.message);
      throw e;
    }
  };
}

function body(text: string): Record<string, unknown> {
  if (text.trim() === '') return {};
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    throw new BadRequest('The request body is not valid JSON.');
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new BadRequest('The request body must be a JSON object.');
  return v as Record<string, unknown>;
}

function count(v: unknown, name: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) throw new BadRequest(`${name} must be a whole number of at least 0.`);
  return v;
}

function ok(b: unknown): SandboxResponse {
  return { status: 200, body: b };
}
function created(b: unknown): SandboxResponse {
  return { status: 201, body: b };
}
function fail(status: number, code: string, message: string): SandboxResponse {
  return { status, body: { error: { code, message } } };
}
