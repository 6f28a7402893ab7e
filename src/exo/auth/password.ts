import { toSignInError } from './aadsts-hints.js';
import { publicClient } from './msal-clients.js';
import { SignInError } from './sign-in-error.js';
import { exchangeScope, type AuthEnvironment, type SignInRequest, type TokenProvider } from './token-provider.js';
import { userProvider } from './user-token-provider.js';

type PasswordRequest = Extract<SignInRequest, { method: 'password' }>;

/**
 * -Credential / -InlineCredential: the resource-owner password grant. It cannot satisfy MFA or Conditional
 * Access and Entra refuses it on /common, so /common becomes /organizations. The password is used for this one
 * request, never cached or stored, and scrubbed from every message; renewal uses the refresh token.
 */
export async function signInWithPassword(request: PasswordRequest, env: AuthEnvironment, delegatedOrganization?: string): Promise<TokenProvider> {
  const tenant = env.tenant.toLowerCase() === 'common' ? 'organizations' : env.tenant;
  const pca = publicClient(env, tenant);
  const ctx = { tenant, password: true, secrets: [request.password] };
  let result;
  try {
    result = await pca.acquireTokenByUsernamePassword({ scopes: [exchangeScope(env)], username: request.userName, password: request.password });
  } catch (e) {
    throw toSignInError(e, ctx);
  }
  if (!result) throw new SignInError('Sign-in returned no token.', 'SignInFailed');
  return userProvider('password', pca, result, { ...env, tenant }, delegatedOrganization);
}
