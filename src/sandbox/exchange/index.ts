import * as path from 'node:path';
import type { AuthenticatedRouteHandler, CallerIdentity, SandboxRequest, SandboxResponse, TenantRef } from '../http/types.js';
import { ExchangeError } from './errors.js';
import { entityRequest } from './http/entity-sets.js';
import { batch } from './http/batch.js';
import { invokeCommand } from './http/invoke-command.js';
import { banner, moduleFile } from './http/module-file.js';
import { helpFile } from './http/help-file.js';
import { loadModuleKey } from './http/public-key.js';
import { errorResponse, requestIdOf, serviceHeaders } from './http/responses.js';
import { TenantStore } from './store/tenant-store.js';

export interface ExchangeService {
  ensureTenant(t: TenantRef, o?: { mailboxes?: number; seed?: number }): Promise<void>;
  /** Patterns like '/adminapi/beta/:tenant/InvokeCommand'; the server resolves :tenant and checks it against the token. */
  routes: Array<{ method: string; pattern: string; handler: AuthenticatedRouteHandler }>;
  close(): Promise<void>;
}

/**
 * The Exchange Online admin API of the sandbox: InvokeCommand, the Get-EXO*
 * entity sets, the module-file and banner endpoints, over per-tenant data
 * seeded deterministically and persisted in `dataDir`.
 */
export async function createExchangeService(o: { dataDir: string; defaultMailboxes: number; seed: number }): Promise<ExchangeService> {
  const store = new TenantStore(o.dataDir, { mailboxes: o.defaultMailboxes, seed: o.seed });
  const { publicKeyXml } = loadModuleKey(path.join(o.dataDir, 'exchange'));

  const handler: AuthenticatedRouteHandler = (req, _params, caller) => dispatch(req, caller);

  function dispatch(req: SandboxRequest, caller: CallerIdentity): SandboxResponse {
    const tenant = store.ensure(caller.tenant);
    const segments = joinKeys(req.path.split('/').filter(Boolean)).map(decodeSegment);
    // /adminapi/{beta|v1.0}/{tenant}/...
    const tenantSegment = segments[2] ?? caller.tenant.tenantId;
    const rest = segments.slice(3);
    const head = rest[0]?.toLowerCase() ?? '';
    if (req.method === 'POST' && head === 'invokecommand' && rest.length === 1) return invokeCommand(req, tenantSegment, caller, tenant);
    if (req.method === 'POST' && head === '$batch' && rest.length === 1) return batch(req, tenantSegment, caller, tenant);
    if (req.method === 'GET') {
      if (head === 'exomodulefile') return moduleFile(req, caller, tenant, publicKeyXml);
      if (head === 'exohelpfile' && rest.length === 1) return helpFile(req, caller, tenant);
      const bannerMatch = /^exobanner\('([^']*)'\)$/i.exec(rest[0] ?? '');
      if (bannerMatch) return banner(req, tenant, bannerMatch[1]!);
      if (/^basicinfo\('adminapistate'\)$/i.test(rest[0] ?? ''))
        return { status: 200, headers: serviceHeaders(tenant.ctx, requestIdOf(req.headers)), body: { '@odata.context': `${req.origin}/adminapi/beta/${tenantSegment}/$metadata#BasicInfo/$entity`, PropertyName: 'AdminApiState', PropertyValue: 'Running' } };
      if (rest.length > 0) return entityRequest(req, tenantSegment, rest, caller, tenant);
    }
    return errorResponse(new ExchangeError(404, 'Microsoft.OData.ODataException', `No HTTP resource was found that matches the request URI '${req.path}'.`, '', 'NotFound'), tenant.ctx, requestIdOf(req.headers));
  }

  // The sandbox router matches literals case-insensitively (adminapi/AdminApi); `*rest` keeps
  // entity paths of any depth, including keys whose base64 holds a `/`.
  const routes: ExchangeService['routes'] = [
    { method: 'POST', pattern: '/adminapi/beta/:tenant/InvokeCommand', handler },
    { method: 'POST', pattern: '/adminapi/beta/:tenant/$batch', handler },
    { method: 'GET', pattern: '/adminapi/beta/:tenant/*rest', handler },
    { method: 'GET', pattern: '/adminapi/v1.0/:tenant/EXOModuleFile', handler },
  ];

  return {
    async ensureTenant(t, opts) {
      store.ensure(t, opts);
    },
    routes,
    async close() {
      store.close();
    },
  };
}

/** Rejoins a key such as `Mailbox('ab/c=')` that a base64 `/` split into several path segments. */
function joinKeys(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const prev = out.at(-1);
    if (prev !== undefined && (prev.match(/\(/g)?.length ?? 0) > (prev.match(/\)/g)?.length ?? 0)) out[out.length - 1] = `${prev}/${p}`;
    else out.push(p);
  }
  return out;
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
