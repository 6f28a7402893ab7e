import { randomUUID } from 'node:crypto';
import type { Router } from '../http/router.js';
import type { SandboxRequest, SandboxResponse } from '../http/types.js';
import type { IdentityContext } from './context.js';
import type { ManagedIdentityRecord } from './model.js';
import { isExchangeResource } from './scopes.js';

const APP_SERVICE_API = '2019-08-01';
const IMDS_API = '2018-02-01';

/**
 * Managed identity endpoints in the two shapes msal-node's
 * ManagedIdentityApplication speaks:
 * - App Service: `IDENTITY_ENDPOINT=<origin>/msi/token` with
 *   `IDENTITY_HEADER=<the host's secret>` (sent as X-IDENTITY-HEADER); the
 *   secret names the host, whose system-assigned identity is the default.
 * - IMDS: `AZURE_POD_IDENTITY_AUTHORITY_HOST=<origin>/_imds/<system identity client id>`
 *   (msal appends /metadata/identity/oauth2/token), or the bare path when the
 *   sandbox has a single system-assigned identity; `Metadata: true` required.
 * User-assigned identities are chosen by client_id, object_id or resource id
 * and must belong to the host's tenant.
 */
export function mountManagedIdentity(router: Router, ctx: IdentityContext): void {
  router.add('GET', '/msi/token', (req) => appService(ctx, req));
  router.add('GET', '/metadata/identity/oauth2/token', (req) => imds(ctx, req, undefined));
  router.add('GET', '/_imds/:host/metadata/identity/oauth2/token', (req, p) => imds(ctx, req, p.host));
}

async function appService(ctx: IdentityContext, req: SandboxRequest): Promise<SandboxResponse> {
  const fail = (status: number, message: string): SandboxResponse => ({ status, body: { statusCode: status, message, correlationId: randomUUID() } });
  const secret = req.headers['x-identity-header'];
  if (!secret) return fail(401, 'The X-IDENTITY-HEADER header is missing.');
  const host = ctx.directory.findHostIdentity(secret);
  if (!host) return fail(401, 'The X-IDENTITY-HEADER header value is not valid for this resource.');
  if (req.query.get('api-version') !== APP_SERVICE_API) return fail(400, `The api-version '${req.query.get('api-version') ?? ''}' is not supported; use ${APP_SERVICE_API}.`);
  const resource = req.query.get('resource');
  if (!resource) return fail(400, "The 'resource' query parameter is required.");
  const identity = pick(ctx, host, req.query, 'mi_res_id');
  if (!identity) return fail(400, 'No managed identity found for specified ClientId/ResourceId/PrincipalId.');
  if (!isExchangeResource(resource, req.origin)) return fail(400, `AADSTS500011: The resource principal named ${resource} was not found in the tenant.`);
  const t = await token(ctx, identity);
  return { status: 200, body: { access_token: t.token, expires_on: String(t.expiresOn), resource, token_type: 'Bearer', client_id: identity.clientId } };
}

async function imds(ctx: IdentityContext, req: SandboxRequest, hostClientId: string | undefined): Promise<SandboxResponse> {
  const fail = (error: string, description: string): SandboxResponse => ({ status: 400, body: { error, error_description: description } });
  if (req.headers.metadata?.toLowerCase() !== 'true') return fail('invalid_request', 'Required metadata header not specified');
  if (req.query.get('api-version') !== IMDS_API) return fail('invalid_request', `Invalid API version '${req.query.get('api-version') ?? ''}'`);
  const resource = req.query.get('resource');
  if (!resource) return fail('invalid_request', 'Required query variable resource is missing');
  const systems = ctx.directory.managedIdentities().filter((m) => m.kind === 'system');
  const host = hostClientId ? systems.find((m) => m.clientId === hostClientId.toLowerCase()) : systems.length === 1 ? systems[0] : undefined;
  const identity = host ? pick(ctx, host, req.query, 'msi_res_id') : pickWithoutHost(ctx, req.query);
  if (!identity) return fail('invalid_request', 'Identity not found');
  if (!isExchangeResource(resource, req.origin)) return fail('invalid_resource', `AADSTS500011: The resource principal named ${resource} was not found in the tenant.`);
  const t = await token(ctx, identity);
  return {
    status: 200,
    body: {
      access_token: t.token,
      client_id: identity.clientId,
      expires_in: String(t.expiresIn),
      expires_on: String(t.expiresOn),
      ext_expires_in: String(t.expiresIn),
      not_before: String(t.expiresOn - t.expiresIn),
      resource,
      token_type: 'Bearer',
    },
  };
}

/** The identity a request names, from the user-assigned ones in the host's tenant, or the host's own. */
function pick(ctx: IdentityContext, host: ManagedIdentityRecord, q: URLSearchParams, resourceIdParam: string): ManagedIdentityRecord | undefined {
  const named = userAssigned(ctx, q, resourceIdParam);
  if (named === undefined) return host;
  return named && named.tenantId === host.tenantId ? named : undefined;
}

/** Without a known host only a user-assigned identity can be named. */
function pickWithoutHost(ctx: IdentityContext, q: URLSearchParams): ManagedIdentityRecord | undefined {
  return userAssigned(ctx, q, 'msi_res_id') || undefined;
}

/** undefined: no user-assigned id in the request; null: one was named but does not exist. */
function userAssigned(ctx: IdentityContext, q: URLSearchParams, resourceIdParam: string): ManagedIdentityRecord | null | undefined {
  const clientId = q.get('client_id');
  const objectId = q.get('object_id') ?? q.get('principal_id');
  const resourceId = q.get(resourceIdParam);
  const found = clientId
    ? ctx.directory.findManagedIdentity('clientId', clientId)
    : objectId
      ? ctx.directory.findManagedIdentity('objectId', objectId)
      : resourceId
        ? ctx.directory.findManagedIdentity('resourceId', resourceId)
        : undefined;
  if (!clientId && !objectId && !resourceId) return undefined;
  return found && found.kind === 'user' ? found : null;
}

async function token(ctx: IdentityContext, mi: ManagedIdentityRecord): Promise<{ token: string; expiresIn: number; expiresOn: number }> {
  const tenant = ctx.directory.tenant(mi.tenantId);
  const t = await ctx.issuer.appAccessToken({
    tenant,
    appId: mi.clientId,
    objectId: mi.objectId,
    displayName: mi.name,
    role: mi.exchangeRole,
    manageAsApp: true,
    appidacr: '2',
    managedIdentityResourceId: mi.resourceId,
  });
  return { token: t.token, expiresIn: t.expiresIn, expiresOn: Math.floor(Date.now() / 1000) + t.expiresIn };
}
