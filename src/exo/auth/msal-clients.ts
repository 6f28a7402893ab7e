import { ConfidentialClientApplication, LogLevel, PublicClientApplication, type Configuration, type NodeAuthOptions } from '@azure/msal-node';
import { FileCachePlugin } from './cache-plugin.js';
import { authorityFor, type AuthEnvironment } from './token-provider.js';

/**
 * msal's auth block for an authority on `env.authorityHost`. The host is listed in knownAuthorities so msal
 * trusts the configured authority as given instead of asking login.microsoftonline.com for instance
 * metadata; that holds for every cloud and for any Entra-compatible endpoint the user configures.
 */
export function msalAuth(env: AuthEnvironment, tenant: string, clientId: string): NodeAuthOptions {
  return { clientId, authority: authorityFor(env, tenant), knownAuthorities: [new URL(env.authorityHost).host] };
}

// msal's own logging could print PII or tokens; the shell reports errors itself.
const quiet: Configuration['system'] = { loggerOptions: { logLevel: LogLevel.Error, piiLoggingEnabled: false, loggerCallback: () => {} } };

/** A public client whose token cache lives in the shared cache file (refresh tokens survive the session). */
export function publicClient(env: AuthEnvironment, tenant: string): PublicClientApplication {
  return new PublicClientApplication({
    auth: msalAuth(env, tenant, env.clientId),
    cache: { cachePlugin: new FileCachePlugin(env.cacheDir) },
    system: quiet,
  });
}

/** A confidential client for app-only sign-in; its tokens stay in memory, as nothing app-only is persisted. */
export function confidentialClient(env: AuthEnvironment, tenant: string, appId: string, credential: Pick<NodeAuthOptions, 'clientSecret' | 'clientCertificate'>): ConfidentialClientApplication {
  return new ConfidentialClientApplication({ auth: { ...msalAuth(env, tenant, appId), ...credential }, system: quiet });
}
