/**
 * Connect-ExchangeOnline's parameters → a sign-in request and the target,
 * with the module's own validation messages (exo-protocol.md §1.5–1.8, §4.1, §4.5).
 */
import type { BoundParameters } from '../../repl/cmdlets/types.js';
import { isCredential, revealSecureString, SecureString } from '../../repl/values/securestring.js';
import { PSObject } from '../../repl/values/psobject.js';
import { exchangeEnvironment, splitAuthorizationEndpoint } from '../auth/environments.js';
import type { SignInOptions } from '../auth/token-provider.js';
import type { DefaultTarget } from './shell-options.js';

export class ConnectParameterError extends Error {}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ConnectTarget {
  /** As shown by Get-ConnectionInformation. */
  connectionUri: string;
  /** The REST base: the ConnectionUri's scheme and host. */
  baseUri: string;
  authorizationEndpointUri: string;
  authorityHost: string;
  authorityTenant: string;
}

function httpsUri(value: string, parameter: string): URL {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new ConnectParameterError(`Invalid ${parameter} parameter '${value}'`);
  }
  if (u.protocol !== 'https:') throw new ConnectParameterError(`Invalid ${parameter} parameter '${value}'`);
  return u;
}

export function connectTarget(p: BoundParameters, defaults: DefaultTarget): ConnectTarget {
  const env = exchangeEnvironment(String(p['ExchangeEnvironmentName'] ?? 'O365Default'))!;
  const explicitUri = p['ConnectionUri'] ? String(p['ConnectionUri']) : '';
  const explicitAuth = p['AzureADAuthorizationEndpointUri'] ? String(p['AzureADAuthorizationEndpointUri']) : '';
  // An explicit -ExchangeEnvironmentName means that cloud; the sandbox default only replaces Microsoft's O365Default.
  const useDefaults = p['ExchangeEnvironmentName'] === undefined;
  const connectionUri = explicitUri || (useDefaults && defaults.connectionUri) || env.exchangeHost;
  const authorizationEndpointUri = explicitAuth || (useDefaults && defaults.authorizationEndpointUri) || env.authorizationEndpointUri;
  const base = httpsUri(connectionUri, 'ConnectionUri');
  httpsUri(authorizationEndpointUri, 'AzureADAuthorizationEndpointUri');
  const { authorityHost, tenant } = splitAuthorizationEndpoint(authorizationEndpointUri);
  return { connectionUri, baseUri: base.origin, authorizationEndpointUri, authorityHost, authorityTenant: tenant };
}

export function validatePrefix(prefix: unknown): string {
  if (prefix === undefined || prefix === null || prefix === '') return '';
  const s = String(prefix);
  if (!/^[a-z0-9]+$/i.test(s)) throw new ConnectParameterError('Use of any special characters in the Prefix string is not supported.');
  if (/^exo$/i.test(s)) throw new ConnectParameterError("Prefix 'EXO' is a reserved Prefix, please use a different prefix.");
  return s;
}

const has = (p: BoundParameters, name: string) => p[name] !== undefined && p[name] !== null && p[name] !== false && p[name] !== '';
const text = (v: unknown) => (v instanceof SecureString ? revealSecureString(v) : String(v ?? ''));

/** Credentials from a PSCredential (or, for -InlineCredential, the answers the shell collected). */
function credentialOf(v: unknown): { userName: string; password: string } {
  if (isCredential(v) || v instanceof PSObject) return { userName: String(v.get('UserName') ?? ''), password: text(v.get('Password')) };
  throw new ConnectParameterError('Cannot process argument transformation on parameter \'Credential\'. A PSCredential is required.');
}

export function signInRequest(p: BoundParameters, inlineCredential?: { userName: string; password: string }): SignInOptions {
  const organization = has(p, 'Organization') ? String(p['Organization']) : undefined;
  const delegatedOrganization = has(p, 'DelegatedOrganization') ? String(p['DelegatedOrganization']) : undefined;
  const upn = has(p, 'UserPrincipalName') ? String(p['UserPrincipalName']) : undefined;
  const certificate = has(p, 'CertificateThumbprint') || has(p, 'CertificateFilePath') || has(p, 'Certificate');
  const extra = delegatedOrganization ? { delegatedOrganization } : {};
  if (organization && GUID.test(organization)) throw new ConnectParameterError('Organization cannot be a Guid, please enter the name of the tenant instead.');

  if (has(p, 'AccessToken')) {
    if (certificate || has(p, 'ManagedIdentity')) throw new ConnectParameterError('Certificate or ManagedIdentity cannot be used with an AccessToken');
    if (has(p, 'Credential') || has(p, 'InlineCredential')) throw new ConnectParameterError('Credentials cannot be provided with an AccessToken');
    if (!organization && !delegatedOrganization && !upn) throw new ConnectParameterError('Either one of Organization, DelegatedOrganization or UserPrincipalName should be provided with the AccessToken');
    const token = text(p['AccessToken']);
    if (token.split('.').length !== 3) throw new ConnectParameterError('AccessToken is not a well formed JWT token');
    return { method: 'access-token', accessToken: token, ...(organization ? { organization } : {}), ...(upn ? { userPrincipalName: upn } : {}), ...extra };
  }
  if (has(p, 'ManagedIdentity')) {
    if (!organization) throw new ConnectParameterError('Organization cannot be null for Managed Identity based connections.');
    return { method: 'managed-identity', organization, ...(has(p, 'ManagedIdentityAccountId') ? { clientId: String(p['ManagedIdentityAccountId']) } : {}) };
  }
  if (certificate) {
    if (!has(p, 'AppId')) throw new ConnectParameterError('AppId cannot be null for certificate based connections.');
    if (!organization) throw new ConnectParameterError('Organization cannot be null for certificate based connections.');
    const appId = String(p['AppId']);
    if (has(p, 'CertificateThumbprint')) return { method: 'certificate', appId, organization, certificate: { thumbprint: String(p['CertificateThumbprint']) } };
    if (has(p, 'CertificateFilePath')) {
      const pfxPath = String(p['CertificateFilePath']);
      if (/\.pem$/i.test(pfxPath)) return { method: 'certificate', appId, organization, certificate: { pemPath: pfxPath } };
      return { method: 'certificate', appId, organization, certificate: { pfxPath, ...(has(p, 'CertificatePassword') ? { pfxPassword: text(p['CertificatePassword']) } : {}) } };
    }
    return { method: 'certificate', appId, organization, certificate: certificateObject(p['Certificate']) };
  }
  if (has(p, 'Credential') || inlineCredential) {
    const { userName, password } = inlineCredential ?? credentialOf(p['Credential']);
    return { method: 'password', userName, password, ...extra };
  }
  return { method: 'interactive', ...(upn ? { userPrincipalName: upn } : {}), ...(has(p, 'Device') ? { forceDevice: true } : {}), ...extra };
}

/** -Certificate takes an X509Certificate2; ours are the certificate store's objects, which carry their thumbprint. */
function certificateObject(v: unknown): { thumbprint: string } {
  const thumb = v instanceof PSObject ? v.get('Thumbprint') : undefined;
  if (typeof thumb !== 'string' || !thumb) throw new ConnectParameterError('Certificate is not accessible to the current user.');
  return { thumbprint: thumb };
}
