import type { ConfidentialClientApplication } from '@azure/msal-node';
import { toSignInError } from './aadsts-hints.js';
import { AppTokenProvider, checkOrganization, type RawToken } from './app-token-provider.js';
import { credentialFromPem, credentialFromPemFile, credentialFromPfxFile, type CertificateCredential } from './certificate-loader.js';
import { CertStore } from './cert-store.js';
import { confidentialClient } from './msal-clients.js';
import { SignInError } from './sign-in-error.js';
import { exchangeScope, type AuthEnvironment, type CertificateSource, type GetTokenOptions, type SignInRequest, type TokenProvider } from './token-provider.js';

type CertificateRequest = Extract<SignInRequest, { method: 'certificate' }>;

/** App-only sign-in with a certificate (client_credentials with a signed client_assertion), tenant = -Organization. */
export async function signInWithCertificate(request: CertificateRequest, env: AuthEnvironment): Promise<TokenProvider> {
  if (!request.appId) throw new SignInError('AppId cannot be null for certificate based connections.', 'AppIdMissing');
  const organization = checkOrganization(request.organization, 'certificate');
  const credential = loadCertificate(request.certificate, env);
  const secrets = 'pfxPassword' in request.certificate ? [request.certificate.pfxPassword] : [];
  const cca = confidentialClient(env, organization, request.appId, {
    clientCertificate: { thumbprintSha256: credential.thumbprintSha256, privateKey: credential.privateKeyPem, x5c: credential.certificatePem },
  });
  const ctx = { tenant: organization, appId: request.appId, secrets };
  const fetchToken = (o: GetTokenOptions) => clientCredentials(cca, env, o, ctx);
  return new AppTokenProvider('certificate', fetchToken, await fetchToken({}), organization);
}

export function loadCertificate(source: CertificateSource, env: Pick<AuthEnvironment, 'certStoreDir'>): CertificateCredential {
  if ('pfxPath' in source) return credentialFromPfxFile(source.pfxPath, source.pfxPassword);
  if ('pemPath' in source) return credentialFromPemFile(source.pemPath);
  if ('thumbprint' in source) return new CertStore(env.certStoreDir).get(source.thumbprint);
  return credentialFromPem(`${source.pem.certificate}\n${source.pem.privateKey}`, 'the supplied PEM');
}

/** One client-credentials request; skipCache when renewing, since msal would hand back its cached token. */
export async function clientCredentials(cca: ConfidentialClientApplication, env: AuthEnvironment, o: GetTokenOptions, ctx: Parameters<typeof toSignInError>[1]): Promise<RawToken> {
  try {
    const r = await cca.acquireTokenByClientCredential({ scopes: [exchangeScope(env)], skipCache: true, ...(o.claims ? { claims: o.claims } : {}) });
    if (!r) throw new SignInError('Sign-in returned no token.', 'SignInFailed');
    return r;
  } catch (e) {
    throw toSignInError(e, ctx);
  }
}
