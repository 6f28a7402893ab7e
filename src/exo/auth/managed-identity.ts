import { ManagedIdentityApplication } from '@azure/msal-node';
import { toSignInError } from './aadsts-hints.js';
import { AppTokenProvider, checkOrganization, type RawToken } from './app-token-provider.js';
import { SignInError } from './sign-in-error.js';
import type { AuthEnvironment, GetTokenOptions, SignInRequest, TokenProvider } from './token-provider.js';

type ManagedIdentityRequest = Extract<SignInRequest, { method: 'managed-identity' }>;

/**
 * -ManagedIdentity [-ManagedIdentityAccountId]: msal-node picks the source from the host's environment
 * (App Service / Functions / Automation through IDENTITY_ENDPOINT + IDENTITY_HEADER, Azure Arc, Cloud Shell,
 * else IMDS). msal keeps these tokens in its own process-wide memory cache, never on disk.
 */
export async function signInWithManagedIdentity(request: ManagedIdentityRequest, env: AuthEnvironment): Promise<TokenProvider> {
  const organization = checkOrganization(request.organization, 'Managed Identity');
  const app = new ManagedIdentityApplication(request.clientId ? { managedIdentityIdParams: { userAssignedClientId: request.clientId } } : {});
  const fetchToken = async (o: GetTokenOptions): Promise<RawToken> => {
    try {
      return await app.acquireToken({ resource: env.resource, forceRefresh: true, ...(o.claims ? { claims: o.claims } : {}) });
    } catch (e) {
      throw managedIdentityError(e, request.clientId);
    }
  };
  return new AppTokenProvider('managed-identity', fetchToken, await fetchToken({}), organization);
}

function managedIdentityError(e: unknown, clientId: string | undefined): SignInError {
  const text = `${(e as { errorCode?: string }).errorCode ?? ''} ${(e as Error).message ?? ''}`;
  if (/no managed identity found|identity not found|has not been assigned/i.test(text))
    return new SignInError(
      clientId
        ? `The requested identity has not been assigned to this resource: no user-assigned managed identity with client id ${clientId}. Check -ManagedIdentityAccountId.`
        : 'The requested identity has not been assigned to this resource. Enable a system-assigned identity on it, or pass -ManagedIdentityAccountId.',
      'ManagedIdentityNotAssigned',
      text.trim(),
    );
  if (/ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|network|fetch failed|timed out/i.test(text))
    return new SignInError('Failed to acquire managed identity token: no managed identity endpoint answered. Managed identity works only on Azure hosts (Automation, Functions, App Service, VMs).', 'ManagedIdentityUnavailable', text.trim());
  const mapped = toSignInError(e);
  return new SignInError(`Failed to acquire managed identity token. ${mapped.message}`, mapped.errorId, mapped.detail);
}
