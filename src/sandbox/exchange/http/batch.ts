import type { CallerIdentity, SandboxRequest, SandboxResponse } from '../../http/types.js';
import { ExchangeError } from '../errors.js';
import type { Tenant } from '../model/tenant.js';
import { invokeCommand } from './invoke-command.js';
import { errorResponse, requestIdOf, serviceHeaders } from './responses.js';

interface BatchItem {
  id?: unknown;
  method?: unknown;
  url?: unknown;
  headers?: Record<string, string>;
  body?: unknown;
}

/**
 * `POST /adminapi/beta/{tenant}/$batch` (exo-protocol.md §2.8): each request
 * is an InvokeCommand call answered on its own, so one failure does not
 * fail the others.
 */
export function batch(req: SandboxRequest, tenantSegment: string, caller: CallerIdentity, tenant: Tenant): SandboxResponse {
  const requestId = requestIdOf(req.headers);
  let items: BatchItem[];
  try {
    const parsed = JSON.parse(req.body || '{}') as { requests?: unknown };
    if (!Array.isArray(parsed.requests)) throw new Error('requests');
    items = parsed.requests as BatchItem[];
  } catch {
    return errorResponse(new ExchangeError(400, 'Microsoft.OData.ODataException', "The batch request body must be a JSON object with a 'requests' array.", '', 'BadRequest'), tenant.ctx, requestId);
  }
  const responses = items.map((item, k) => {
    const id = typeof item.id === 'string' ? item.id : String(k);
    const url = new URL(typeof item.url === 'string' ? item.url : '', req.origin);
    if (item.method !== 'POST' || !/\/invokecommand$/i.test(url.pathname))
      return { id, status: 400, headers: {}, body: { error: { code: 'BadRequest', message: 'Only InvokeCommand requests can be batched.' } } };
    const headers = Object.fromEntries(Object.entries(item.headers ?? {}).map(([k2, v]) => [k2.toLowerCase(), String(v)]));
    const sub: SandboxRequest = { method: 'POST', path: url.pathname, query: url.searchParams, headers, body: typeof item.body === 'string' ? item.body : JSON.stringify(item.body ?? {}), origin: req.origin };
    const res = invokeCommand(sub, tenantSegment, caller, tenant);
    return { id, status: res.status, headers: res.headers ?? {}, body: typeof res.body === 'string' ? JSON.parse(res.body) : res.body };
  });
  return { status: 200, headers: serviceHeaders(tenant.ctx, requestId), body: { responses } };
}
