import { randomBytes } from 'node:crypto';
import { jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { ExchangeRole, TenantRecord, UserRecord } from './model.js';
import type { SigningKey } from './signing-key.js';

/** The Exchange Online resource: the `aud` of every token the sandbox issues for Exchange. */
export const EXCHANGE_RESOURCE = 'https://outlook.office365.com';
export const EXCHANGE_APP_ID = '00000002-0000-0ff1-ce00-000000000000';
export const MANAGE_AS_APP = 'Exchange.ManageAsApp';
const DELEGATED_SCOPES = 'AdminApi.AccessAsUser.All FfoPowerShell.AccessAsUser.All RemotePowerShell.AccessAsUser.All';

/** Directory role template ids carried in `wids`. */
export const ROLE_TEMPLATES = {
  exchangeAdministrator: '29232cdf-9323-42fd-ade2-1d097af3e4de',
  globalReader: 'f2ef992c-3afb-46b9-b7cf-a126ee74c451',
  defaultUser: 'b79fbf4d-3ef9-4689-8143-76b194e85509',
} as const;

export function widsFor(role: ExchangeRole): string[] {
  if (role === 'admin') return [ROLE_TEMPLATES.exchangeAdministrator, ROLE_TEMPLATES.defaultUser];
  if (role === 'read-only') return [ROLE_TEMPLATES.globalReader, ROLE_TEMPLATES.defaultUser];
  return [ROLE_TEMPLATES.defaultUser];
}

export function roleFromWids(wids: unknown): ExchangeRole {
  const list = Array.isArray(wids) ? wids : [];
  if (list.includes(ROLE_TEMPLATES.exchangeAdministrator)) return 'admin';
  if (list.includes(ROLE_TEMPLATES.globalReader)) return 'read-only';
  return 'none';
}

export const stsIssuer = (tenantId: string): string => `https://sts.windows.net/${tenantId}/`;

const REFRESH_AUDIENCE = 'urn:exosh-sandbox:refresh-token';
const REFRESH_LIFETIME_SECONDS = 90 * 24 * 3600;

export interface RefreshClaims {
  userObjectId: string;
  clientId: string;
}

export interface IssuedToken {
  token: string;
  expiresIn: number;
}

/**
 * Issues the sandbox's JWTs: v1-style Exchange access tokens (as Entra issues
 * for outlook.office365.com), v2 id tokens, and refresh tokens (signed, so
 * they stay valid across restarts without server state).
 */
export class TokenIssuer {
  /** Token ids issued since the last forced expiry; forcing expiry moves them to `expired`. */
  private issued = new Set<string>();
  private readonly expired = new Set<string>();

  constructor(
    readonly key: SigningKey,
    readonly lifetimeSeconds: number,
  ) {}

  private async sign(claims: JWTPayload, lifetime: number, typ = 'JWT'): Promise<IssuedToken> {
    const now = Math.floor(Date.now() / 1000);
    const uti = randomBytes(16).toString('base64url').slice(0, 22);
    this.issued.add(uti);
    const token = await new SignJWT({ ...claims, uti })
      .setProtectedHeader({ alg: 'RS256', typ, kid: this.key.kid, x5t: this.key.kid })
      .setIssuedAt(now)
      .setNotBefore(now)
      .setExpirationTime(now + lifetime)
      .sign(this.key.privateKey);
    return { token, expiresIn: lifetime };
  }

  /** A delegated Exchange token; `tenant` is the resource tenant (a customer's, for partner access). */
  userAccessToken(o: { tenant: TenantRecord; user: UserRecord; clientId: string; role: ExchangeRole; partnerTenantId?: string; amr: string[] }): Promise<IssuedToken> {
    const upn = o.user.userPrincipalName;
    const [given, ...rest] = o.user.displayName.split(' ');
    return this.sign(
      {
        aud: EXCHANGE_RESOURCE,
        iss: stsIssuer(o.tenant.id),
        acct: 0,
        acr: '1',
        amr: o.amr,
        app_displayname: 'Microsoft Exchange REST API Based Powershell',
        appid: o.clientId,
        appidacr: '0',
        family_name: rest.join(' ') || given,
        given_name: given,
        idtyp: 'user',
        ...(o.partnerTenantId ? { idp: stsIssuer(o.partnerTenantId), altsecid: `5::${o.user.objectId}` } : {}),
        ipaddr: '127.0.0.1',
        name: o.user.displayName,
        oid: o.user.objectId,
        puid: o.user.objectId.replaceAll('-', '').slice(0, 16).toUpperCase(),
        scp: DELEGATED_SCOPES,
        sid: randomBytes(16).toString('hex'),
        sub: o.user.objectId,
        tid: o.tenant.id,
        unique_name: upn,
        upn,
        ver: '1.0',
        wids: widsFor(o.role),
      },
      this.lifetimeSeconds,
    );
  }

  /** An app-only Exchange token for an app registration or a managed identity. */
  appAccessToken(o: { tenant: TenantRecord; appId: string; objectId: string; displayName: string; role: ExchangeRole; manageAsApp: boolean; appidacr: '1' | '2'; managedIdentityResourceId?: string }): Promise<IssuedToken> {
    return this.sign(
      {
        aud: EXCHANGE_RESOURCE,
        iss: stsIssuer(o.tenant.id),
        app_displayname: o.displayName,
        appid: o.appId,
        appidacr: o.appidacr,
        idp: stsIssuer(o.tenant.id),
        idtyp: 'app',
        oid: o.objectId,
        roles: o.manageAsApp ? [MANAGE_AS_APP] : [],
        sub: o.objectId,
        tid: o.tenant.id,
        ver: '1.0',
        wids: widsFor(o.role).filter((w) => w !== ROLE_TEMPLATES.defaultUser),
        ...(o.managedIdentityResourceId ? { xms_mirid: o.managedIdentityResourceId } : {}),
      },
      this.lifetimeSeconds,
    );
  }

  /** The v2 id token msal-node reads the account from. */
  idToken(o: { issuerBase: string; tenant: TenantRecord; user: UserRecord; clientId: string; nonce?: string }): Promise<IssuedToken> {
    return this.sign(
      {
        aud: o.clientId,
        iss: `${o.issuerBase}/${o.tenant.id}/v2.0`,
        name: o.user.displayName,
        oid: o.user.objectId,
        preferred_username: o.user.userPrincipalName,
        sub: o.user.objectId,
        tid: o.tenant.id,
        ver: '2.0',
        ...(o.nonce ? { nonce: o.nonce } : {}),
      },
      3600,
    );
  }

  refreshToken(c: RefreshClaims): Promise<IssuedToken> {
    return this.sign({ aud: REFRESH_AUDIENCE, sub: c.userObjectId, azp: c.clientId }, REFRESH_LIFETIME_SECONDS, 'RT');
  }

  async readRefreshToken(token: string): Promise<RefreshClaims | undefined> {
    try {
      const { payload } = await jwtVerify(token, this.key.publicKey, { audience: REFRESH_AUDIENCE, typ: 'RT' });
      if (typeof payload.sub !== 'string' || typeof payload.azp !== 'string') return undefined;
      return { userObjectId: payload.sub, clientId: payload.azp };
    } catch {
      return undefined;
    }
  }

  /** Forced expiry (a fault): every token issued until now counts as expired. */
  expireAllIssued(): void {
    for (const uti of this.issued) this.expired.add(uti);
    this.issued.clear();
  }

  isForcedExpired(uti: unknown): boolean {
    return typeof uti === 'string' && this.expired.has(uti);
  }
}
