import type { AccountInfo, AuthenticationResult, PublicClientApplication } from '@azure/msal-node';
import { accountFromToken, expiryOf } from './account.js';
import { toSignInError } from './aadsts-hints.js';
import { SignInError } from './sign-in-error.js';
import { TokenSlot } from './token-slot.js';
import { authorityFor, exchangeScope, type AccessToken, type AuthEnvironment, type GetTokenOptions, type SignedInAccount, type SignInMethod, type TokenProvider } from './token-provider.js';

/**
 * A signed-in user (interactive, device code or password). Renewal redeems the cached refresh token with
 * acquireTokenSilent; for a delegated organization it does so at the customer's authority, where msal's
 * cache lookup is by home tenant, hence forceRefresh (see test/sandbox/partner.test.ts).
 */
export class UserTokenProvider implements TokenProvider {
  readonly account: SignedInAccount;
  private readonly slot: TokenSlot;
  private readonly msalAccount: AccountInfo;

  constructor(
    readonly method: SignInMethod,
    private readonly pca: PublicClientApplication,
    result: AuthenticationResult,
    private readonly env: AuthEnvironment,
    private readonly delegatedOrganization?: string,
  ) {
    if (!result.account) throw new SignInError('Sign-in returned no account.', 'SignInFailed');
    this.msalAccount = result.account;
    this.account = accountFromToken(result.accessToken, result.tenantId || env.tenant, result.account.homeAccountId);
    this.slot = new TokenSlot((o) => this.renew(o));
    this.slot.set({ token: result.accessToken, expiresOn: expiryOf(result.accessToken, result.expiresOn) });
  }

  getToken(options?: GetTokenOptions): Promise<AccessToken> {
    return this.slot.get(options);
  }

  async signOut(): Promise<void> {
    this.slot.clear();
    await this.pca.getTokenCache().removeAccount(this.msalAccount);
  }

  private async renew(o: GetTokenOptions): Promise<AccessToken> {
    try {
      const r = await this.pca.acquireTokenSilent({
        account: this.msalAccount,
        scopes: [exchangeScope(this.env)],
        forceRefresh: true,
        ...(this.delegatedOrganization ? { authority: authorityFor(this.env, this.delegatedOrganization) } : {}),
        ...(o.claims ? { claims: o.claims } : {}),
      });
      return { token: r.accessToken, expiresOn: expiryOf(r.accessToken, r.expiresOn) };
    } catch (e) {
      throw toSignInError(e, { tenant: this.delegatedOrganization ?? this.account.tenantId, delegatedOrganization: this.delegatedOrganization, password: this.method === 'password' });
    }
  }
}

/** Builds the provider, first exchanging the partner's home sign-in for a customer-tenant token when delegated. */
export async function userProvider(method: SignInMethod, pca: PublicClientApplication, home: AuthenticationResult, env: AuthEnvironment, delegatedOrganization?: string): Promise<TokenProvider> {
  if (!delegatedOrganization) return new UserTokenProvider(method, pca, home, env);
  try {
    const customer = await pca.acquireTokenSilent({ account: home.account!, scopes: [exchangeScope(env)], authority: authorityFor(env, delegatedOrganization), forceRefresh: true });
    return new UserTokenProvider(method, pca, customer, env, delegatedOrganization);
  } catch (e) {
    throw toSignInError(e, { tenant: delegatedOrganization, delegatedOrganization });
  }
}
