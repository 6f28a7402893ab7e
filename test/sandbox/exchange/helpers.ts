import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CallerIdentity, SandboxRequest, SandboxResponse, TenantRef } from '../../../src/sandbox/http/types.js';
import { createExchangeService, type ExchangeService } from '../../../src/sandbox/exchange/index.js';
import { Router } from '../../../src/sandbox/http/router.js';

export const TENANT = { tenantId: '6f1c0b1e-1111-4a2b-9c3d-000000000001', domain: 'contoso.com' };
export const ORIGIN = 'https://127.0.0.1:8443';

export function caller(role: CallerIdentity['exchangeRole'] = 'admin', tenant: TenantRef = TENANT): CallerIdentity {
  return { tenant, objectId: '00000000-0000-0000-0000-0000000000aa', userPrincipalName: `admin@${tenant.domain}`, isApp: false, exchangeRole: role };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'exo-sandbox-'));
}

export interface Harness {
  service: ExchangeService;
  dir: string;
  invoke(cmdlet: string, parameters?: Record<string, unknown>, o?: { role?: CallerIdentity['exchangeRole']; prefer?: string; url?: string; headers?: Record<string, string> }): Promise<SandboxResponse & { body: any }>;
  get(pathAndQuery: string, o?: { role?: CallerIdentity['exchangeRole']; prefer?: string; headers?: Record<string, string> }): Promise<SandboxResponse & { body: any }>;
  /** Every object of a Get- cmdlet, following nextLinks. */
  all(cmdlet: string, parameters?: Record<string, unknown>, prefer?: string): Promise<{ items: any[]; pages: number; warnings: string[] }>;
}

/** Bodies sent as ready-made JSON text are parsed, as a client would. */
function parsed(res: SandboxResponse): SandboxResponse & { body: any } {
  return typeof res.body === 'string' && /json/.test(res.headers?.['content-type'] ?? '') ? { ...res, body: JSON.parse(res.body) } : (res as SandboxResponse & { body: any });
}

/** Sends a request through the sandbox's own router, so the route patterns are exercised too. */
async function dispatch(service: ExchangeService, req: SandboxRequest, who: CallerIdentity): Promise<SandboxResponse> {
  const router = new Router();
  for (const r of service.routes) router.add(r.method, r.pattern, (rq, params) => r.handler(rq, params, who));
  const res = await router.handle(req);
  if (!res) throw new Error(`no route for ${req.method} ${req.path}`);
  return res;
}

export async function harness(o: { dir?: string; mailboxes?: number; seed?: number; tenant?: TenantRef } = {}): Promise<Harness> {
  const tenant = o.tenant ?? TENANT;
  const dir = o.dir ?? tempDir();
  const service = await createExchangeService({ dataDir: dir, defaultMailboxes: o.mailboxes ?? 60, seed: o.seed ?? 42 });
  await service.ensureTenant(tenant, { mailboxes: o.mailboxes ?? 60, seed: o.seed ?? 42 });
  const request = (method: string, url: string, body: string, headers: Record<string, string>): SandboxRequest => {
    const u = new URL(url, ORIGIN);
    return { method, path: u.pathname, query: u.searchParams, headers, body, origin: ORIGIN };
  };
  const h: Harness = {
    service,
    dir,
    async invoke(cmdlet, parameters = {}, opts = {}) {
      const url = opts.url ?? `/adminapi/beta/${TENANT.tenantId}/InvokeCommand`;
      const headers: Record<string, string> = { 'content-type': 'application/json', 'x-cmdletname': cmdlet, ...opts.headers };
      if (opts.prefer) headers.prefer = opts.prefer;
      const req = request('POST', url, JSON.stringify({ CmdletInput: { CmdletName: cmdlet, Parameters: parameters } }), headers);
      return parsed(await dispatch(service, req, caller(opts.role, tenant)));
    },
    async get(pathAndQuery, opts = {}) {
      const headers: Record<string, string> = { ...opts.headers };
      if (opts.prefer) headers.prefer = opts.prefer;
      const req = request('GET', pathAndQuery, '', headers);
      return parsed(await dispatch(service, req, caller(opts.role, tenant)));
    },
    async all(cmdlet, parameters = {}, prefer) {
      const items: any[] = [];
      const warnings: string[] = [];
      let url: string | undefined;
      let pages = 0;
      do {
        const res = await h.invoke(cmdlet, parameters, { prefer, url });
        if (res.status !== 200) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
        pages++;
        items.push(...res.body.value);
        warnings.push(...res.body['@adminapi.warnings']);
        url = res.body['@odata.nextLink'];
      } while (url);
      return { items, pages, warnings };
    },
  };
  return h;
}

/** The `ExNNNN|Type|message` detail of an error response. */
export function detail(res: SandboxResponse): string {
  return (res.body as any).error.details[0].message as string;
}
