import { randomUUID } from 'node:crypto';
import type { SandboxRequest, SandboxResponse } from '../http/types.js';

export interface EntraErrorSpec {
  /** The OAuth error, e.g. invalid_grant. */
  error: string;
  /** The AADSTS number. */
  code: number;
  message: string;
  status?: number;
  suberror?: string;
  claims?: string;
}

/** Entra's timestamp form in error bodies: `2024-05-01 12:34:56Z`. */
function entraTimestamp(d = new Date()): string {
  return d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

/**
 * An error response shaped as Entra ID's v2 endpoints return it, including the
 * trace and correlation lines inside `error_description`. The correlation id
 * echoes the client's `client-request-id`, as Entra does.
 */
export function entraError(req: SandboxRequest, spec: EntraErrorSpec): SandboxResponse {
  const traceId = randomUUID();
  const correlationId = req.headers['client-request-id'] || randomUUID();
  const timestamp = entraTimestamp();
  const body: Record<string, unknown> = {
    error: spec.error,
    error_description: `AADSTS${spec.code}: ${spec.message}\r\nTrace ID: ${traceId}\r\nCorrelation ID: ${correlationId}\r\nTimestamp: ${timestamp}`,
    error_codes: [spec.code],
    timestamp,
    trace_id: traceId,
    correlation_id: correlationId,
    error_uri: `${req.origin}/error?code=${spec.code}`,
  };
  if (spec.suberror) body.suberror = spec.suberror;
  if (spec.claims) body.claims = spec.claims;
  return {
    status: spec.status ?? (spec.error === 'invalid_client' ? 401 : 400),
    headers: { 'cache-control': 'no-store, no-cache', pragma: 'no-cache', 'x-ms-request-id': traceId, 'client-request-id': correlationId },
    body,
  };
}

/** Entra masks user names in some messages. */
export const EMAIL_HIDDEN = '{EmailHidden}';

/** The AADSTS errors the sandbox produces, with Entra's wording. */
export const AADSTS = {
  tenantNotFound: (tenant: string): EntraErrorSpec => ({
    error: 'invalid_tenant',
    code: 90002,
    message: `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.`,
  }),
  userNotFound: (tenantName: string): EntraErrorSpec => ({
    error: 'invalid_grant',
    code: 50034,
    message: `The user account ${EMAIL_HIDDEN} does not exist in the ${tenantName} directory. To sign into this application, the account must be added to the directory.`,
  }),
  badPassword: (): EntraErrorSpec => ({ error: 'invalid_grant', code: 50126, message: 'Error validating credentials due to invalid username or password.' }),
  mfaRequired: (): EntraErrorSpec => ({
    error: 'invalid_grant',
    code: 50076,
    message:
      "Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access '00000002-0000-0ff1-ce00-000000000000'.",
    suberror: 'basic_action',
    claims: '{"access_token":{"capolids":{"essential":true,"values":["00000000-0000-0000-0000-000000000000"]}}}',
  }),
  userNotInTenant: (homeTenantId: string, tenantName: string, clientId: string): EntraErrorSpec => ({
    error: 'invalid_grant',
    code: 50020,
    message: `User account '${EMAIL_HIDDEN}' from identity provider 'https://sts.windows.net/${homeTenantId}/' does not exist in tenant '${tenantName}' and cannot access the application '${clientId}'(Microsoft Exchange REST API Based Powershell) in that tenant. The account needs to be added as an external user in the tenant first. Sign out and sign in again with a different Azure Active Directory user account.`,
  }),
  appNotFound: (clientId: string, tenantName: string): EntraErrorSpec => ({
    error: 'unauthorized_client',
    code: 700016,
    message: `Application with identifier '${clientId}' was not found in the directory '${tenantName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`,
  }),
  badSecret: (clientId: string): EntraErrorSpec => ({
    error: 'invalid_client',
    code: 7000215,
    message: `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${clientId}'.`,
  }),
  noCredential: (): EntraErrorSpec => ({
    error: 'invalid_client',
    code: 7000218,
    message: "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  }),
  assertionKeyNotFound: (clientId: string, thumbprint: string): EntraErrorSpec => ({
    error: 'invalid_client',
    code: 700027,
    message: `The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${thumbprint}', Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${clientId}'.]`,
  }),
  assertionInvalid: (reason: string): EntraErrorSpec => ({
    error: 'invalid_client',
    code: 700027,
    message: `Client assertion failed signature validation. [Reason - ${reason}]`,
  }),
  resourceNotFound: (resource: string, tenantName: string): EntraErrorSpec => ({
    error: 'invalid_resource',
    code: 500011,
    message: `The resource principal named ${resource} was not found in the tenant named ${tenantName}. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.`,
  }),
  commonNotAllowed: (): EntraErrorSpec => ({
    error: 'invalid_request',
    code: 9001023,
    message: "The grant type isn't supported over the /common or /consumers endpoints. Please use the /organizations or tenant-specific endpoint.",
  }),
  unsupportedGrant: (grant: string): EntraErrorSpec => ({
    error: 'unsupported_grant_type',
    code: 70003,
    message: `The app requested an unsupported grant type '${grant}'.`,
  }),
  missingParameter: (name: string): EntraErrorSpec => ({
    error: 'invalid_request',
    code: 900144,
    message: `The request body must contain the following parameter: '${name}'.`,
  }),
  authorizationPending: (): EntraErrorSpec => ({
    error: 'authorization_pending',
    code: 70016,
    message: 'OAuth 2.0 device flow error. Authorization is pending. Continue polling.',
  }),
  deviceCodeExpired: (): EntraErrorSpec => ({ error: 'expired_token', code: 70019, message: 'Verification code expired.' }),
  badDeviceCode: (): EntraErrorSpec => ({ error: 'invalid_grant', code: 70000, message: 'The provided value for the input parameter \'device_code\' is not valid.' }),
  badAuthCode: (): EntraErrorSpec => ({
    error: 'invalid_grant',
    code: 70000,
    message: 'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
  }),
  badCodeVerifier: (): EntraErrorSpec => ({ error: 'invalid_grant', code: 501481, message: 'The Code_Verifier does not match the code_challenge supplied in the authorization request.' }),
  badRefreshToken: (): EntraErrorSpec => ({
    error: 'invalid_grant',
    code: 9002313,
    message: 'Invalid request. Request is malformed or invalid.',
  }),
  redirectMismatch: (redirectUri: string, clientId: string): EntraErrorSpec => ({
    error: 'invalid_request',
    code: 50011,
    message: `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${clientId}'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal.`,
  }),
};
