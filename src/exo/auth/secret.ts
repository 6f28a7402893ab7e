import { AppTokenProvider, checkOrganization } from './app-token-provider.js';
import { clientCredentials } from './certificate.js';
import { confidentialClient } from './msal-clients.js';
import { SignInError } from './sign-in-error.js';
import type { AuthEnvironment, GetTokenOptions, SignInRequest, TokenProvider } from './token-provider.js';

type SecretRequest = Extract<SignInRequest, { method: 'secret' }>;

/** App-only sign-in with a client secret. The secret stays in this closure only and is scrubbed from messages. */
export async function signInWithSecret(request: SecretRequest, env: AuthEnvironment): Promise<TokenProvider> {
  if (!request.appId) throw new SignInError('AppId cannot be null for certificate based connections.', 'AppIdMissing');
  const organization = checkOrganization(request.organization, 'certificate');
  const cca = confidentialClient(env, organization, request.appId, { clientSecret: request.clientSecret });
  const ctx = { tenant: organization, appId: request.appId, secrets: [request.clientSecret] };
  const fetchToken = (o: GetTokenOptions) => clientCredentials(cca, env, o, ctx);
  return new AppTokenProvider('secret', fetchToken, await fetchToken({}), organization);
}
