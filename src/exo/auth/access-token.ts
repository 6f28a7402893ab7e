import { tokenClaims } from './account.js';
import { SignInError } from './sign-in-error.js';
import type { AccessToken, AuthEnvironment, SignedInAccount, SignInRequest, TokenProvider } from './token-provider.js';

type AccessTokenRequest = Extract<SignInRequest, { method: 'access-token' }>;

/**
 * -AccessToken: a token obtained elsewhere, kept in memory only. It is decoded, not verified (the service does
 * that), to learn its tenant, user and expiry. It cannot be renewed, so the user is warned of its expiry and,
 * once it has expired, told to connect again with a new one.
 */
export async function signInWithAccessToken(request: AccessTokenRequest, env: AuthEnvironment, delegatedOrganization?: string): Promise<TokenProvider> {
  const claims = tokenClaims(request.accessToken);
  if (!claims) throw new SignInError('AccessToken is not a well formed JWT token.', 'AccessTokenMalformed');
  const tenantId = claims.tid ?? delegatedOrganization ?? request.organization;
  if (!tenantId && !request.userPrincipalName)
    throw new SignInError('Either one of Organization, DelegatedOrganization or UserPrincipalName should be provided with the AccessToken', 'AccessTokenTargetMissing');
  const expiresOn = claims.exp ? new Date(claims.exp * 1000) : undefined;
  if (expiresOn && expiresOn.getTime() <= Date.now())
    throw new SignInError(`The access token expired at ${expiresOn.toISOString()}. Get a new token and run Connect-ExchangeOnline -AccessToken again.`, 'AccessTokenExpired');
  if (expiresOn)
    env.prompts.warn(`The access token expires at ${expiresOn.toISOString()} (in ${minutesUntil(expiresOn)} minutes) and cannot be renewed; after that, connect again with a new token.`);
  const isApp = claims.idtyp === 'app';
  const upn = request.userPrincipalName ?? (isApp ? undefined : (claims.upn ?? claims.unique_name ?? claims.preferred_username));
  const account: SignedInAccount = {
    tenantId: tenantId ?? env.tenant,
    ...(upn ? { userPrincipalName: upn } : {}),
    ...(claims.oid ? { objectId: claims.oid } : {}),
    ...(claims.appid ?? claims.azp ? { appId: (claims.appid ?? claims.azp)! } : {}),
  };
  return new StaticTokenProvider(request.accessToken, expiresOn, account);
}

function minutesUntil(d: Date): number {
  return Math.max(0, Math.floor((d.getTime() - Date.now()) / 60_000));
}

class StaticTokenProvider implements TokenProvider {
  readonly method = 'access-token' as const;
  private token: string | undefined;

  constructor(
    token: string,
    private readonly expiresOn: Date | undefined,
    readonly account: SignedInAccount,
  ) {
    this.token = token;
  }

  async getToken(): Promise<AccessToken> {
    if (!this.token) throw new SignInError('This connection was closed. Run Connect-ExchangeOnline again.', 'ConnectionClosed');
    const expiresOn = this.expiresOn ?? new Date(8.64e15);
    if (expiresOn.getTime() <= Date.now())
      throw new SignInError(`The access token expired at ${expiresOn.toISOString()} and cannot be renewed. Get a new token and run Connect-ExchangeOnline -AccessToken again.`, 'AccessTokenExpired');
    return { token: this.token, expiresOn };
  }

  async signOut(): Promise<void> {
    this.token = undefined;
  }
}
