import { decodeProtectedHeader, errors, importX509, jwtVerify } from 'jose';
import type { SandboxRequest, SandboxResponse } from '../http/types.js';
import type { IdentityContext } from './context.js';
import { AADSTS, entraError } from './entra-errors.js';
import type { AppRecord } from './model.js';
import { parseScopes, unknownResource } from './scopes.js';
import { isSpec, resolveAuthority } from './user-sign-in.js';

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/**
 * client_credentials: an app registration proves itself with a client
 * assertion signed by one of its registered certificates (found by the
 * assertion's x5t or x5t#S256 thumbprint), or with one of its secrets.
 */
export async function clientCredentialsGrant(ctx: IdentityContext, req: SandboxRequest, form: URLSearchParams, segment: string): Promise<SandboxResponse> {
  const authority = await resolveAuthority(ctx, segment);
  if (isSpec(authority)) return entraError(req, authority);
  if (authority.kind === 'multi') return entraError(req, AADSTS.commonNotAllowed());
  const tenant = authority.tenant;
  const basic = basicCredentials(req.headers.authorization);
  const clientId = form.get('client_id') ?? basic?.id;
  if (!clientId) return entraError(req, AADSTS.missingParameter('client_id'));
  const app = ctx.directory.findApp(tenant.id, clientId);
  if (!app) return entraError(req, AADSTS.appNotFound(clientId, tenant.domains[0]!));

  const scopes = parseScopes(form.get('scope'));
  if (scopes.resources.length === 0) return entraError(req, AADSTS.missingParameter('scope'));
  const unknown = unknownResource(scopes, req.origin);
  if (unknown) return entraError(req, AADSTS.resourceNotFound(unknown, tenant.domains[0]!));

  let appidacr: '1' | '2';
  const assertion = form.get('client_assertion');
  const secret = form.get('client_secret') ?? basic?.secret;
  if (assertion) {
    if (form.get('client_assertion_type') !== JWT_BEARER) return entraError(req, AADSTS.missingParameter('client_assertion_type'));
    const failure = await checkAssertion(req, app, assertion);
    if (failure) return failure;
    appidacr = '2';
  } else if (secret) {
    if (!ctx.directory.secretMatches(app, secret)) return entraError(req, AADSTS.badSecret(app.appId));
    appidacr = '1';
  } else {
    return entraError(req, AADSTS.noCredential());
  }

  const t = await ctx.issuer.appAccessToken({
    tenant,
    appId: app.appId,
    objectId: app.servicePrincipalId,
    displayName: app.displayName,
    role: app.exchangeRole,
    manageAsApp: app.manageAsApp,
    appidacr,
  });
  return {
    status: 200,
    headers: { 'cache-control': 'no-store, no-cache', pragma: 'no-cache' },
    body: { token_type: 'Bearer', expires_in: t.expiresIn, ext_expires_in: t.expiresIn, access_token: t.token },
  };
}

async function checkAssertion(req: SandboxRequest, app: AppRecord, assertion: string): Promise<SandboxResponse | undefined> {
  let header;
  try {
    header = decodeProtectedHeader(assertion);
  } catch {
    return entraError(req, { error: 'invalid_client', code: 50027, message: 'JWT token is invalid or malformed.' });
  }
  const sha1 = typeof header.x5t === 'string' ? hexThumbprint(header.x5t) : undefined;
  const sha256 = typeof header['x5t#S256'] === 'string' ? hexThumbprint(header['x5t#S256'] as string) : undefined;
  if (!sha1 && !sha256) return entraError(req, AADSTS.assertionInvalid('The client assertion has no x5t or x5t#S256 header naming its certificate.'));
  const cert = app.certificates.find((c) => (sha256 ? c.thumbprintSha256 === sha256 : c.thumbprintSha1 === sha1));
  if (!cert) return entraError(req, AADSTS.assertionKeyNotFound(app.appId, (sha256 ?? sha1)!));
  const alg = typeof header.alg === 'string' ? header.alg : 'RS256';
  if (alg !== 'RS256' && alg !== 'PS256') return entraError(req, AADSTS.assertionInvalid(`The signing algorithm '${alg}' is not supported.`));
  try {
    const key = await importX509(cert.pem, alg);
    const { payload } = await jwtVerify(assertion, key, { algorithms: [alg], clockTolerance: 300 });
    if (payload.iss !== app.appId || payload.sub !== app.appId) {
      return entraError(req, { error: 'invalid_client', code: 700021, message: "Client assertion application identifier doesn't match 'client_id' parameter." });
    }
    const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    if (!aud.some((a) => typeof a === 'string' && a.toLowerCase().startsWith(req.origin.toLowerCase()))) {
      return entraError(req, { error: 'invalid_client', code: 700212, message: `The client assertion audience '${aud.join(',')}' does not match this token endpoint.` });
    }
    return undefined;
  } catch (e) {
    if (e instanceof errors.JWTExpired || e instanceof errors.JWTClaimValidationFailed) {
      return entraError(req, { error: 'invalid_client', code: 700024, message: 'Client assertion is not within its valid time range.' });
    }
    return entraError(req, AADSTS.assertionInvalid('The key used to sign the client assertion does not match the registered certificate.'));
  }
}

function hexThumbprint(b64url: string): string {
  return Buffer.from(b64url, 'base64url').toString('hex').toUpperCase();
}

function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  if (!header?.toLowerCase().startsWith('basic ')) return undefined;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const i = decoded.indexOf(':');
  if (i < 0) return undefined;
  return { id: decodeURIComponent(decoded.slice(0, i)), secret: decodeURIComponent(decoded.slice(i + 1)) };
}
