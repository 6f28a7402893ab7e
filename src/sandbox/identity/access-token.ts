import { errors, jwtVerify } from 'jose';
import type { CallerIdentity } from '../http/types.js';
import type { Directory } from './directory.js';
import { EXCHANGE_RESOURCE, roleFromWids, type TokenIssuer } from './tokens.js';

export type AccessTokenCheck =
  | { ok: true; caller: CallerIdentity }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' | 'audience' | 'tenant'; message: string };

/**
 * Checks an Exchange access token as the service does: signature by the
 * sandbox's key, lifetime, audience, and a tenant the directory knows; then
 * says who is calling and what Exchange lets them do.
 */
export async function verifyAccessToken(token: string, issuer: TokenIssuer, directory: Directory): Promise<AccessTokenCheck> {
  let payload;
  try {
    ({ payload } = await jwtVerify(token, issuer.key.publicKey, { algorithms: ['RS256'], clockTolerance: 0 }));
  } catch (e) {
    if (e instanceof errors.JWTExpired) return { ok: false, reason: 'expired', message: 'The token has expired.' };
    if (e instanceof errors.JWSSignatureVerificationFailed) return { ok: false, reason: 'signature', message: 'The token signature is invalid.' };
    return { ok: false, reason: 'malformed', message: 'The token is not a valid JWT issued by this service.' };
  }
  if (issuer.isForcedExpired(payload.uti)) return { ok: false, reason: 'expired', message: 'The token has expired.' };
  const aud = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
  if (!aud.includes(EXCHANGE_RESOURCE) && !aud.includes(`${EXCHANGE_RESOURCE}/`)) {
    return { ok: false, reason: 'audience', message: `The audience '${aud.join(',')}' is invalid.` };
  }
  const tenant = typeof payload.tid === 'string' ? directory.findTenant(payload.tid) : undefined;
  if (!tenant) return { ok: false, reason: 'tenant', message: `The tenant '${String(payload.tid)}' of the token is unknown.` };
  const isApp = payload.idtyp === 'app';
  const idp = typeof payload.idp === 'string' ? /sts\.windows\.net\/([0-9a-f-]+)\//i.exec(payload.idp)?.[1] : undefined;
  const partnerTenantId = !isApp && idp && idp !== tenant.id ? idp : undefined;
  const caller: CallerIdentity = {
    tenant: { tenantId: tenant.id, domain: tenant.domains[0]! },
    objectId: String(payload.oid),
    isApp,
    // App-only access needs the Exchange.ManageAsApp permission on top of a role.
    exchangeRole: isApp && !(Array.isArray(payload.roles) && payload.roles.includes('Exchange.ManageAsApp')) ? 'none' : roleFromWids(payload.wids),
    ...(isApp ? { appId: String(payload.appid) } : { userPrincipalName: String(payload.upn ?? payload.unique_name) }),
    ...(partnerTenantId ? { partnerTenantId } : {}),
  };
  return { ok: true, caller };
}
