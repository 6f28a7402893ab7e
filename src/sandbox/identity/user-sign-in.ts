import type { SandboxRequest, SandboxResponse } from '../http/types.js';
import type { IdentityContext } from './context.js';
import { AADSTS, entraError, type EntraErrorSpec } from './entra-errors.js';
import type { ExchangeRole, TenantRecord, UserRecord } from './model.js';
import { MULTI_TENANT_SEGMENTS } from './provisioner.js';
import { FIRST_PARTY_PUBLIC_CLIENTS, unknownResource, type ScopeRequest } from './scopes.js';

/** The tenant part of an authority: one tenant, or a multi-tenant alias resolved by the user's home tenant. */
export type Authority = { kind: 'multi'; segment: string } | { kind: 'tenant'; tenant: TenantRecord };

export function isSpec(x: unknown): x is EntraErrorSpec {
  return typeof x === 'object' && x !== null && 'code' in x && 'error' in x;
}

export async function resolveAuthority(ctx: IdentityContext, segment: string): Promise<Authority | EntraErrorSpec> {
  if (MULTI_TENANT_SEGMENTS.includes(segment.toLowerCase())) return { kind: 'multi', segment: segment.toLowerCase() };
  const tenant = await ctx.provisioner.resolve(segment);
  return tenant ? { kind: 'tenant', tenant } : AADSTS.tenantNotFound(segment);
}

/** The user a sign-in names; the user's domain is auto-provisioned like any domain a sign-in names. */
export async function findSignInUser(ctx: IdentityContext, authority: Authority, username: string): Promise<UserRecord | EntraErrorSpec> {
  const domain = username.includes('@') ? username.slice(username.lastIndexOf('@') + 1) : '';
  if (domain) await ctx.provisioner.resolve(domain);
  const user = ctx.directory.findUser(username);
  if (user) return user;
  const tenantName = authority.kind === 'tenant' ? authority.tenant.domains[0]! : domain || authority.segment;
  return AADSTS.userNotFound(tenantName);
}

/** The tenant a user's token is for: the authority's tenant, or for /organizations the user's home tenant. */
export function resourceTenant(ctx: IdentityContext, authority: Authority, user: UserRecord): TenantRecord {
  return authority.kind === 'tenant' ? authority.tenant : ctx.directory.tenant(user.tenantId);
}

/**
 * What a user may do in a tenant: members act with their own role; a
 * partner tenant's admins act for a customer with the relationship's role
 * (delegated administration); anyone else is not in that tenant.
 */
export function accessFor(ctx: IdentityContext, tenant: TenantRecord, user: UserRecord, clientId: string): { role: ExchangeRole; partnerTenantId?: string } | EntraErrorSpec {
  if (user.tenantId === tenant.id) return { role: user.exchangeRole };
  const rel = ctx.directory.findPartnerRelationship(user.tenantId, tenant.id);
  if (rel && user.exchangeRole === 'admin') return { role: rel.exchangeRole, partnerTenantId: user.tenantId };
  return AADSTS.userNotInTenant(user.tenantId, tenant.domains[0]!, clientId);
}

/** Public client flows need a first-party client or an app registration that allows them. */
export function checkPublicClient(ctx: IdentityContext, tenant: TenantRecord, clientId: string): EntraErrorSpec | undefined {
  const id = clientId.toLowerCase();
  if (FIRST_PARTY_PUBLIC_CLIENTS.has(id)) return undefined;
  const app = ctx.directory.findApp(tenant.id, id);
  return app ? undefined : AADSTS.appNotFound(clientId, tenant.domains[0]!);
}

export interface UserTokenRequest {
  authority: Authority;
  user: UserRecord;
  clientId: string;
  scopes: ScopeRequest;
  amr: string[];
  nonce?: string;
}

/** Checks the user's access to the target tenant and the requested resource, then answers with tokens. */
export async function issueUserTokens(ctx: IdentityContext, req: SandboxRequest, r: UserTokenRequest): Promise<SandboxResponse> {
  const tenant = resourceTenant(ctx, r.authority, r.user);
  const clientError = checkPublicClient(ctx, tenant, r.clientId);
  if (clientError) return entraError(req, clientError);
  const access = accessFor(ctx, tenant, r.user, r.clientId);
  if (isSpec(access)) return entraError(req, access);
  const unknown = unknownResource(r.scopes, req.origin);
  if (unknown) return entraError(req, AADSTS.resourceNotFound(unknown, tenant.domains[0]!));
  const access_token = await ctx.issuer.userAccessToken({
    tenant,
    user: r.user,
    clientId: r.clientId,
    role: access.role,
    amr: r.amr,
    ...(access.partnerTenantId ? { partnerTenantId: access.partnerTenantId } : {}),
  });
  const body: Record<string, unknown> = {
    token_type: 'Bearer',
    scope: r.scopes.requested.join(' '),
    expires_in: access_token.expiresIn,
    ext_expires_in: access_token.expiresIn,
    access_token: access_token.token,
  };
  if (r.scopes.wantsRefreshToken) body.refresh_token = (await ctx.issuer.refreshToken({ userObjectId: r.user.objectId, clientId: r.clientId.toLowerCase() })).token;
  if (r.scopes.wantsIdToken) {
    body.id_token = (await ctx.issuer.idToken({ issuerBase: req.origin, tenant, user: r.user, clientId: r.clientId, ...(r.nonce ? { nonce: r.nonce } : {}) })).token;
  }
  // msal asks for client_info=1 and keys its accounts by uid.utid (the user's home tenant).
  body.client_info = Buffer.from(JSON.stringify({ uid: r.user.objectId, utid: r.user.tenantId })).toString('base64url');
  return { status: 200, headers: { 'cache-control': 'no-store, no-cache', pragma: 'no-cache' }, body };
}
