import { tokenClaims } from './account.js';
import type { AccessToken, GetTokenOptions } from './token-provider.js';

const TEN_MINUTES = 10 * 60_000;

/**
 * Holds one connection's current token and decides when to renew it: within 10 minutes of expiry, as the
 * module does, or within half its lifetime when the whole token lives less than 20 minutes. Concurrent
 * getToken calls share one renewal, so a parallel pipeline makes a single token request.
 */
export class TokenSlot {
  private current: (AccessToken & { obtainedAt: number }) | undefined;
  private renewing: Promise<AccessToken> | undefined;

  constructor(private readonly renew: (options: GetTokenOptions) => Promise<AccessToken>) {}

  set(token: AccessToken): AccessToken {
    // The lifetime counts from the token's issue time: a token msal served from its cache may be half used.
    const iat = tokenClaims(token.token)?.iat;
    this.current = { ...token, obtainedAt: iat ? iat * 1000 : Date.now() };
    return token;
  }

  clear(): void {
    this.current = undefined;
  }

  needsRenewal(now = Date.now()): boolean {
    const c = this.current;
    if (!c) return true;
    const lifetime = c.expiresOn.getTime() - c.obtainedAt;
    const margin = Math.min(TEN_MINUTES, lifetime / 2);
    return c.expiresOn.getTime() - now <= margin;
  }

  async get(options: GetTokenOptions = {}): Promise<AccessToken> {
    options.signal?.throwIfAborted();
    if (!options.forceRefresh && !this.needsRenewal() && this.current) return { token: this.current.token, expiresOn: this.current.expiresOn };
    if (!options.forceRefresh && !options.claims && this.renewing) return this.renewing;
    const renewal = this.renew(options).then((t) => this.set(t));
    this.renewing = renewal;
    try {
      return await renewal;
    } finally {
      if (this.renewing === renewal) this.renewing = undefined;
    }
  }
}
