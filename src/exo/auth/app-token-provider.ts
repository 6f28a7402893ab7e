import { accountFromToken, expiryOf } from './account.js';
import { SignInError } from './sign-in-error.js';
import { TokenSlot } from './token-slot.js';
import type { AccessToken, GetTokenOptions, SignedInAccount, SignInMethod, TokenProvider } from './token-provider.js';

export interface RawToken {
  accessToken: string;
  expiresOn: Date | null;
}

/**
 * An app-only identity (certificate, secret, managed identity): renewal asks the token endpoint again, since
 * there is no refresh token. Tokens live in memory only; signOut forgets them.
 */
export class AppTokenProvider implements TokenProvider {
  readonly account: SignedInAccount;
  private readonly slot: TokenSlot;

  constructor(
    readonly method: SignInMethod,
    private readonly fetchToken: (o: GetTokenOptions) => Promise<RawToken>,
    first: RawToken,
    fallbackTenant: string,
  ) {
    this.account = accountFromToken(first.accessToken, fallbackTenant);
    this.slot = new TokenSlot(async (o) => toAccessToken(await this.fetchToken(o)));
    this.slot.set(toAccessToken(first));
  }

  getToken(options?: GetTokenOptions): Promise<AccessToken> {
    return this.slot.get(options);
  }

  async signOut(): Promise<void> {
    this.slot.clear();
  }
}

function toAccessToken(r: RawToken): AccessToken {
  return { token: r.accessToken, expiresOn: expiryOf(r.accessToken, r.expiresOn) };
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The module's checks on -Organization for app-only sign-in (exo-protocol.md §1.5, §1.6). */
export function checkOrganization(organization: string | undefined, kind: 'certificate' | 'Managed Identity'): string {
  if (!organization) throw new SignInError(`Organization cannot be null for ${kind} based connections.`, 'OrganizationMissing');
  if (GUID.test(organization)) throw new SignInError('Organization cannot be a Guid, please enter the name of the tenant instead.', 'OrganizationIsGuid');
  return organization;
}
