import type { Router } from '../http/router.js';
import type { SandboxRequest, SandboxResponse } from '../http/types.js';
import type { IdentityContext } from './context.js';
import { entraError } from './entra-errors.js';
import { isSpec, resolveAuthority } from './user-sign-in.js';

/**
 * OIDC discovery (per tenant and for the multi-tenant aliases), instance
 * discovery and the signing keys, as msal-node reads them.
 */
export function mountDiscovery(router: Router, ctx: IdentityContext): void {
  const openid = async (req: SandboxRequest, p: Record<string, string>): Promise<SandboxResponse> => {
    const a = await resolveAuthority(ctx, p.tenant!);
    if (isSpec(a)) return entraError(req, a);
    const o = req.origin;
    const segment = a.kind === 'tenant' ? p.tenant! : a.segment;
    // Entra's multi-tenant documents carry a literal {tenantid} placeholder in the issuer.
    const issuerTenant = a.kind === 'tenant' ? a.tenant.id : '{tenantid}';
    return json({
      token_endpoint: `${o}/${segment}/oauth2/v2.0/token`,
      token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
      jwks_uri: `${o}/${segment}/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
      subject_types_supported: ['pairwise'],
      id_token_signing_alg_values_supported: ['RS256'],
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
      issuer: `${o}/${issuerTenant}/v2.0`,
      request_uri_parameter_supported: false,
      userinfo_endpoint: `${o}/oidc/userinfo`,
      authorization_endpoint: `${o}/${segment}/oauth2/v2.0/authorize`,
      device_authorization_endpoint: `${o}/${segment}/oauth2/v2.0/devicecode`,
      http_logout_supported: true,
      frontchannel_logout_supported: true,
      end_session_endpoint: `${o}/${segment}/oauth2/v2.0/logout`,
      claims_supported: ['sub', 'iss', 'cloud_instance_name', 'cloud_instance_host_name', 'cloud_graph_host_name', 'msgraph_host', 'aud', 'exp', 'iat', 'auth_time', 'acr', 'nonce', 'preferred_username', 'name', 'tid', 'ver', 'at_hash', 'c_hash', 'email'],
      kerberos_endpoint: `${o}/${segment}/kerberos`,
      tenant_region_scope: 'NA',
      cloud_instance_name: 'microsoftonline.com',
      cloud_graph_host_name: 'graph.windows.net',
      msgraph_host: 'graph.microsoft.com',
      rbac_url: 'https://pas.windows.net',
    });
  };
  router.add('GET', '/:tenant/v2.0/.well-known/openid-configuration', openid);

  const keys = (): SandboxResponse => json({ keys: [ctx.key.jwk] });
  router.add('GET', '/:tenant/discovery/v2.0/keys', keys);
  router.add('GET', '/:tenant/discovery/keys', keys);
  router.add('GET', '/discovery/keys', keys);

  router.add('GET', '/:tenant/discovery/instance', (req) => {
    const host = new URL(req.origin).host;
    return json({
      tenant_discovery_endpoint: `${req.origin}/${req.path.split('/')[1]}/v2.0/.well-known/openid-configuration`,
      'api-version': req.query.get('api-version') ?? '1.1',
      metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
    });
  });
}

function json(body: unknown): SandboxResponse {
  return { status: 200, headers: { 'cache-control': 'max-age=86400, private', 'access-control-allow-origin': '*' }, body };
}
