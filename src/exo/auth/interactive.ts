import type { AuthenticationResult, PublicClientApplication } from '@azure/msal-node';
import { toSignInError } from './aadsts-hints.js';
import { browserUsable } from './browser.js';
import { acquireByDeviceCode } from './device-code.js';
import { publicClient } from './msal-clients.js';
import { SignInError } from './sign-in-error.js';
import { exchangeScope, type AuthEnvironment, type SignInRequest, type TokenProvider } from './token-provider.js';
import { userProvider } from './user-token-provider.js';

type InteractiveRequest = Extract<SignInRequest, { method: 'interactive' }>;

const DEFAULT_TIMEOUT_MS = 5 * 60_000;

/** Thrown inside this module when the browser route cannot be used, so the caller falls back to device code. */
class BrowserUnavailable extends Error {}

/**
 * Delegated sign-in as Connect-ExchangeOnline does it without credentials: first a silent sign-in with the cached
 * account named by -UserPrincipalName, then the browser (auth code + PKCE on msal's loopback redirect), else the
 * device-code flow (-Device, SSH, no display, a browser that cannot be opened or never redirects).
 */
export async function signInInteractive(request: InteractiveRequest, env: AuthEnvironment, delegatedOrganization?: string, signal?: AbortSignal): Promise<TokenProvider> {
  const pca = publicClient(env, env.tenant);
  if (request.userPrincipalName) {
    const cached = await silentForUser(pca, env, request.userPrincipalName);
    if (cached) return userProvider('interactive', pca, cached, env, delegatedOrganization);
  }
  const useDevice = request.forceDevice || !browserUsable(env.prompts, env.processEnv ?? process.env);
  if (!useDevice) {
    try {
      const r = await viaBrowser(pca, env, request.userPrincipalName, signal);
      return userProvider('interactive', pca, r, env, delegatedOrganization);
    } catch (e) {
      if (!(e instanceof BrowserUnavailable)) throw e;
      env.prompts.warn(`${e.message} Using device code sign-in instead.`);
    }
  }
  const r = await acquireByDeviceCode(pca, env, signal);
  return userProvider('device', pca, r, env, delegatedOrganization);
}

/** The cached account whose user name matches, renewed silently; undefined when it needs interaction. */
async function silentForUser(pca: PublicClientApplication, env: AuthEnvironment, upn: string): Promise<AuthenticationResult | undefined> {
  const accounts = await pca.getTokenCache().getAllAccounts();
  const account = accounts.find((a) => a.username.toLowerCase() === upn.toLowerCase());
  if (!account) return undefined;
  try {
    return await pca.acquireTokenSilent({ account, scopes: [exchangeScope(env)] });
  } catch {
    return undefined; // an expired or revoked refresh token: sign in again interactively
  }
}

async function viaBrowser(pca: PublicClientApplication, env: AuthEnvironment, loginHint: string | undefined, signal?: AbortSignal): Promise<AuthenticationResult> {
  let openFailed: unknown;
  const interactive = pca.acquireTokenInteractive({
    scopes: [exchangeScope(env)],
    ...(loginHint ? { loginHint } : {}),
    successTemplate: 'Authentication complete. You can close this window and return to exosh.',
    errorTemplate: 'Authentication failed. Return to exosh for details.',
    openBrowser: async (url) => {
      try {
        await env.prompts.openBrowser(url);
      } catch (e) {
        openFailed = e;
        throw e;
      }
    },
  });
  // msal cannot tell when the user closes the tab (auth-and-style.md §1.1), so we stop waiting after a timeout.
  // msal has no way to cancel its loopback listener; it is left to close with the process.
  let timer: NodeJS.Timeout | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BrowserUnavailable('No sign-in completed in the browser in time.')), env.interactiveTimeoutMs ?? DEFAULT_TIMEOUT_MS);
    timer.unref();
    onAbort = () => reject(new SignInError('Sign-in was cancelled.', 'SignInCancelled'));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([interactive, stop]);
  } catch (e) {
    if (openFailed !== undefined) throw new BrowserUnavailable('The web browser could not be opened.');
    if (e instanceof BrowserUnavailable || e instanceof SignInError) throw e;
    throw toSignInError(e, { tenant: env.tenant });
  } finally {
    clearTimeout(timer);
    if (onAbort) signal?.removeEventListener('abort', onAbort);
    interactive.catch(() => {}); // a late rejection after the timeout must not surface as unhandled
  }
}
