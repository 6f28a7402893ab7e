import type { Router } from './http/router.js';
import type { ExchangeService } from './exchange/index.js';
import type { SandboxRequest, SandboxResponse } from './http/types.js';
import { verifyAccessToken, type IdentityContext } from './identity/index.js';

/** Makes the Exchange admin API; `createExchangeService` in production, a stand-in in tests. */
export type ExchangeServiceFactory = (o: { dataDir: string; defaultMailboxes: number; seed: number }) => Promise<ExchangeService>;

/**
 * Mounts the Exchange routes behind the bearer-token check: a valid token
 * for Exchange, and a URL tenant (GUID or any of its domains) that is the
 * token's tenant.
 */
export function mountExchange(router: Router, routes: ExchangeService['routes'], ctx: IdentityContext): void {
  for (const r of routes) {
    router.add(r.method, r.pattern, async (req, params) => {
      const auth = req.headers.authorization ?? '';
      const m = /^Bearer\s+(\S+)$/i.exec(auth);
      if (!m) return unauthorized(req, 'The token is missing from the request.');
      const check = await verifyAccessToken(m[1]!, ctx.issuer, ctx.directory);
      if (!check.ok) return unauthorized(req, check.message, check.reason === 'expired' ? 'expired_token' : 'invalid_token');
      if (params.tenant !== undefined) {
        const urlTenant = ctx.directory.findTenant(params.tenant);
        if (!urlTenant || urlTenant.id !== check.caller.tenant.tenantId) {
          return {
            status: 403,
            headers: { 'x-ms-diagnostics': `2000003;reason="The tenant in the request URL does not match the tenant of the token.";error_category="invalid_tenant"` },
            body: {
              error: {
                code: 'Forbidden',
                message: `The user or application is not authorized to access tenant '${params.tenant}'. The token was issued for tenant '${check.caller.tenant.tenantId}'.`,
              },
            },
          };
        }
      }
      return r.handler(req, params, check.caller);
    });
  }
}

/** Exchange Online's 401: an empty body, the Bearer challenge and the x-ms-diagnostics reason. */
function unauthorized(req: SandboxRequest, reason: string, category = 'invalid_token'): SandboxResponse {
  return {
    status: 401,
    headers: {
      'www-authenticate': `Bearer client_id="00000002-0000-0ff1-ce00-000000000000", trusted_issuers="00000001-0000-0000-c000-000000000000@*", token_types="app_asserted_user_v1 service_asserted_app_v1", authorization_uri="${req.origin}/common/oauth2/authorize", error="invalid_token"`,
      'x-ms-diagnostics': `2000001;reason="${reason}";error_category="${category}"`,
    },
    body: '',
  };
}
