/**
 * Sign-in for Exchange Online: one entry point, `signIn`, and one interface, `TokenProvider`, per connection.
 *
 *   const provider = await signIn({ method: 'password', userName, password }, env);
 *   const { token, expiresOn } = await provider.getToken();          // cached, renewed silently near expiry
 *   await provider.getToken({ forceRefresh: true, claims });          // after a 401 carrying CAE claims
 *   provider.account                                                  // UPN / tenant / object id / app id
 *   await provider.signOut();                                         // Disconnect-ExchangeOnline
 *
 * Each method lives in its own file (interactive.ts, device-code.ts, password.ts, certificate.ts, secret.ts,
 * managed-identity.ts, access-token.ts). Every failure the user can cause is a `SignInError` (sign-in-error.ts)
 * whose message says what to do, with the raw AADSTS text in `detail` for -Verbose only.
 * The authority and resource come from `AuthEnvironment`; nothing here knows about the sandbox.
 */
import { signInWithAccessToken } from './access-token.js';
import { signInWithCertificate } from './certificate.js';
import { signInInteractive } from './interactive.js';
import { signInWithManagedIdentity } from './managed-identity.js';
import { signInWithPassword } from './password.js';
import { signInWithSecret } from './secret.js';

export interface AccessToken {
  token: string;
  expiresOn: Date;
}

export interface SignedInAccount {
  userPrincipalName?: string;
  tenantId: string;
  objectId?: string;
  appId?: string;
  homeAccountId?: string;
}

export type SignInMethod = 'interactive' | 'device' | 'password' | 'certificate' | 'secret' | 'managed-identity' | 'access-token';

export interface GetTokenOptions {
  forceRefresh?: boolean;
  /** The claims challenge from a 401's WWW-Authenticate (Continuous Access Evaluation). */
  claims?: string;
  signal?: AbortSignal;
}

export interface TokenProvider {
  readonly method: SignInMethod;
  /**
   * The cached token unless it is within 10 minutes of expiry (half its lifetime for tokens shorter than
   * 20 minutes) or `forceRefresh` is set; then it is renewed silently. Concurrent callers share one renewal.
   */
  getToken(options?: GetTokenOptions): Promise<AccessToken>;
  readonly account: SignedInAccount;
  /** Forgets this connection's cached tokens (Disconnect-ExchangeOnline). */
  signOut(): Promise<void>;
}

export type CertificateSource =
  | { pfxPath: string; pfxPassword?: string }
  | { pemPath: string }
  | { thumbprint: string }
  | { pem: { certificate: string; privateKey: string } };

export type SignInRequest =
  | { method: 'interactive'; userPrincipalName?: string; forceDevice?: boolean }
  | { method: 'password'; userName: string; password: string }
  | { method: 'certificate'; appId: string; organization: string; certificate: CertificateSource }
  /** Not a Connect-ExchangeOnline parameter; offered for app registrations that only have a secret. */
  | { method: 'secret'; appId: string; organization: string; clientSecret: string }
  | { method: 'managed-identity'; organization: string; clientId?: string }
  | { method: 'access-token'; accessToken: string; organization?: string; userPrincipalName?: string };

export interface AuthPrompts {
  /** Shows the device-code instruction; the shell writes it to stderr. */
  deviceCode(message: string): void;
  openBrowser(url: string): Promise<void>;
  /** False when this terminal has no way to open a browser (the shell's own knowledge, beyond the env checks). */
  canOpenBrowser(): boolean;
  warn(message: string): void;
}

export interface AuthEnvironment {
  /** e.g. https://login.microsoftonline.com, or another cloud's Entra host. */
  authorityHost: string;
  /** The Exchange host, also the token resource, e.g. https://outlook.office365.com. */
  resource: string;
  /** The public client for user sign-in; fb78d390-0c51-40cd-8e17-fdbfab77341b by default. */
  clientId: string;
  /** organizations, or a tenant id / domain. */
  tenant: string;
  /** Folder of the token cache file (0700; the file is 0600). */
  cacheDir: string;
  prompts: AuthPrompts;
  /** The certificate store for -CertificateThumbprint; defaults to cert-store.ts's certStoreDir(). */
  certStoreDir?: string;
  /** How long to wait for the browser redirect before falling back to device code; 5 minutes by default. */
  interactiveTimeoutMs?: number;
  /** Environment variables consulted for browser detection; process.env by default. */
  processEnv?: NodeJS.ProcessEnv;
}

export type SignInOptions = SignInRequest & {
  /** Sign in as the partner admin, then take tokens from the customer tenant's authority. */
  delegatedOrganization?: string;
};

export function signIn(request: SignInOptions, env: AuthEnvironment, signal?: AbortSignal): Promise<TokenProvider> {
  switch (request.method) {
    case 'interactive':
      return signInInteractive(request, env, request.delegatedOrganization, signal);
    case 'password':
      return signInWithPassword(request, env, request.delegatedOrganization);
    case 'certificate':
      return signInWithCertificate(request, env);
    case 'secret':
      return signInWithSecret(request, env);
    case 'managed-identity':
      return signInWithManagedIdentity(request, env);
    case 'access-token':
      return signInWithAccessToken(request, env, request.delegatedOrganization);
  }
}

/** The .default scope of the Exchange resource. */
export function exchangeScope(env: Pick<AuthEnvironment, 'resource'>): string {
  return `${env.resource.replace(/\/+$/, '')}/.default`;
}

export function authorityFor(env: Pick<AuthEnvironment, 'authorityHost'>, tenant: string): string {
  return `${env.authorityHost.replace(/\/+$/, '')}/${tenant}`;
}
