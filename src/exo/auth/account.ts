import { decodeJwt, type JWTPayload } from 'jose';
import type { SignedInAccount } from './token-provider.js';

/** The claims exosh reads from an Exchange access token (never verified here: the service verifies it). */
export interface ExchangeTokenClaims extends JWTPayload {
  tid?: string;
  oid?: string;
  upn?: string;
  unique_name?: string;
  preferred_username?: string;
  appid?: string;
  azp?: string;
  idtyp?: string;
}

export function tokenClaims(token: string): ExchangeTokenClaims | undefined {
  try {
    return decodeJwt(token) as ExchangeTokenClaims;
  } catch {
    return undefined;
  }
}

/** The account a token speaks for; app tokens have no UPN. */
export function accountFromToken(token: string, fallbackTenant: string, homeAccountId?: string): SignedInAccount {
  const c = tokenClaims(token) ?? {};
  const isApp = c.idtyp === 'app';
  const upn = isApp ? undefined : (c.upn ?? c.unique_name ?? c.preferred_username);
  return {
    tenantId: c.tid ?? fallbackTenant,
    ...(upn ? { userPrincipalName: upn } : {}),
    ...(c.oid ? { objectId: c.oid } : {}),
    ...(c.appid ?? c.azp ? { appId: (c.appid ?? c.azp)! } : {}),
    ...(homeAccountId ? { homeAccountId } : {}),
  };
}

/** msal's expiresOn, or the token's own exp, or an hour from now as Entra's default. */
export function expiryOf(token: string, expiresOn: Date | null | undefined): Date {
  if (expiresOn) return expiresOn;
  const exp = tokenClaims(token)?.exp;
  return new Date(exp ? exp * 1000 : Date.now() + 3600_000);
}
