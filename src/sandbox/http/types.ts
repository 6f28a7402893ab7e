/**
 * The sandbox's routes are plain functions from a parsed request to a
 * response, so each part (identity, Exchange API, management API) can be
 * written and tested without the HTTP server, which only mounts them.
 */
export interface SandboxRequest {
  method: string;
  /** Path without query string, URL-decoded segments kept as sent. */
  path: string;
  query: URLSearchParams;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** Raw body text ('' when none). */
  body: string;
  /** Origin the client used, e.g. https://127.0.0.1:8443 (for absolute links such as @odata.nextLink). */
  origin: string;
}

export interface SandboxResponse {
  status: number;
  headers?: Record<string, string>;
  /** A string is sent as is; any other value is sent as JSON. */
  body?: unknown;
  /** Close the socket without a response (fault injection). */
  drop?: boolean;
}

export type RouteHandler = (req: SandboxRequest, params: Record<string, string>) => Promise<SandboxResponse> | SandboxResponse;

/** A tenant as the identity side knows it; the Exchange side keys its data by tenantId. */
export interface TenantRef {
  tenantId: string;
  /** The initial domain, e.g. contoso.onmicrosoft.com (or the vanity domain the tenant was created with). */
  domain: string;
}

/** Who called, from a verified access token (the identity side checks signature, expiry and audience first). */
export interface CallerIdentity {
  tenant: TenantRef;
  /** Object id of the user, app's service principal or managed identity. */
  objectId: string;
  /** For delegated tokens. */
  userPrincipalName?: string;
  /** For app-only tokens (idtyp=app), the client (app) id. */
  appId?: string;
  isApp: boolean;
  /** What the caller may do in Exchange: admins read and write, read-only admins only read. */
  exchangeRole: 'admin' | 'read-only' | 'none';
  /** Set when a partner admin acts for a customer tenant (-DelegatedOrganization). */
  partnerTenantId?: string;
}

/** A route behind the identity side's bearer-token check. */
export type AuthenticatedRouteHandler = (
  req: SandboxRequest,
  params: Record<string, string>,
  caller: CallerIdentity,
) => Promise<SandboxResponse> | SandboxResponse;
