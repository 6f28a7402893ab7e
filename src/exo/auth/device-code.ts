import type { AuthenticationResult, PublicClientApplication } from '@azure/msal-node';
import { toSignInError } from './aadsts-hints.js';
import { SignInError } from './sign-in-error.js';
import { exchangeScope, type AuthEnvironment } from './token-provider.js';

/**
 * The device-code flow (-Device). msal polls the token endpoint itself; the service's message ("To sign in, use
 * a web browser to open the page https://microsoft.com/devicelogin and enter the code XXXXXXXXX to
 * authenticate.") goes to prompts.deviceCode, which the shell writes to stderr. Aborting stops the polling.
 */
export async function acquireByDeviceCode(pca: PublicClientApplication, env: AuthEnvironment, signal?: AbortSignal): Promise<AuthenticationResult> {
  const request: Parameters<PublicClientApplication['acquireTokenByDeviceCode']>[0] = {
    scopes: [exchangeScope(env)],
    deviceCodeCallback: (d) => env.prompts.deviceCode(d.message),
  };
  const onAbort = () => {
    request.cancel = true;
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    signal?.throwIfAborted();
    const r = await pca.acquireTokenByDeviceCode(request);
    if (!r) throw new SignInError('Device code sign-in was cancelled.', 'DeviceCodeCancelled');
    return r;
  } catch (e) {
    if (signal?.aborted) throw new SignInError('Device code sign-in was cancelled.', 'DeviceCodeCancelled');
    throw toSignInError(e, { tenant: env.tenant });
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
