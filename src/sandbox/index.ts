import { mkdtempSync } from 'node:fs';
import { isIP } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExchangeService, type ExchangeService } from './exchange/index.js';
import { mountExchange, type ExchangeServiceFactory } from './exchange-mount.js';
import { Faults } from './faults.js';
import { RequestLog } from './http/request-log.js';
import { Router } from './http/router.js';
import { listenHttps } from './http/server.js';
import type { SandboxRequest, SandboxResponse } from './http/types.js';
import { createIdentity, mountIdentity } from './identity/index.js';
import { mountManagement } from './management/routes.js';
import { loadOrCreateTls } from './tls/certificates.js';

export { verifyAccessToken } from './identity/index.js';
export type { ExchangeServiceFactory } from './exchange-mount.js';

export interface SandboxOptions {
  host?: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Defaults to a new temporary directory. */
  dataDir?: string;
  /** Mailboxes seeded per tenant unless the tenant says otherwise. */
  mailboxes?: number;
  seed?: number;
  /** Approve device codes at once as the tenant's admin. */
  autoApprove?: boolean;
  /** Create tenants for unknown domains named in sign-ins (default on). */
  autoProvision?: boolean;
  /** Access token lifetime; default 60 minutes. */
  tokenLifetimeSeconds?: number;
  /** The Exchange admin API; by default src/sandbox/exchange. `null` runs identity only (tests). */
  exchange?: ExchangeServiceFactory | null;
}

export interface RunningSandbox {
  /** The Exchange host, as Connect-ExchangeOnline's ConnectionUri. */
  connectionUri: string;
  /** The Entra authority, as -AzureADAuthorizationEndpointUri (…/organizations). */
  authorityUri: string;
  caFile: string;
  caPem: string;
  managementUri: string;
  origin: string;
  dataDir: string;
  stop(): Promise<void>;
}

/** Starts the sandbox: one HTTPS origin serving sign-in, the Exchange admin API and the management API. */
export async function startSandbox(o: SandboxOptions = {}): Promise<RunningSandbox> {
  const host = o.host ?? '127.0.0.1';
  const dataDir = o.dataDir ?? mkdtempSync(join(tmpdir(), 'exosh-sandbox-'));
  const tls = loadOrCreateTls(dataDir, host);
  const exchange = await createExchange(o, dataDir);
  try {
    return await serve(o, { host, dataDir, tls, exchange });
  } catch (e) {
    await exchange?.close();
    throw e;
  }
}

async function serve(
  o: SandboxOptions,
  s: { host: string; dataDir: string; tls: ReturnType<typeof loadOrCreateTls>; exchange: ExchangeService | undefined },
): Promise<RunningSandbox> {
  const { host, dataDir, tls, exchange } = s;
  const identity = await createIdentity({
    dataDir,
    autoProvision: o.autoProvision ?? true,
    autoApprove: o.autoApprove ?? false,
    tokenLifetimeSeconds: o.tokenLifetimeSeconds ?? 3600,
    onTenantCreated: (t, opts) => (exchange ? exchange.ensureTenant(t, opts) : Promise.resolve()),
  });
  await identity.provisioner.announceAll();
  await identity.provisioner.ensureDefault();

  const log = new RequestLog();
  const faults = new Faults(() => identity.issuer.expireAllIssued());
  const router = new Router();
  let origin = '';
  mountIdentity(router, identity);
  if (exchange) mountExchange(router, exchange.routes, identity);
  mountManagement(router, { identity, faults, log, info: () => describe(origin, tls.caFile, dataDir) });

  const pipeline = async (req: SandboxRequest, remote: string): Promise<SandboxResponse> => {
    if (req.path.toLowerCase().startsWith('/_sandbox')) {
      if (!isLoopback(remote)) return { status: 403, body: { error: { code: 'Forbidden', message: 'The management API answers only on loopback.' } } };
    } else {
      log.record(req);
    }
    const fault = await faults.apply(req);
    if (fault) return fault;
    return (await router.handle(req)) ?? { status: 404, body: { error: { code: 'NotFound', message: `No resource at ${req.path}.` } } };
  };

  const server = await listenHttps({ host, port: o.port ?? 0, key: tls.serverKeyPem, cert: tls.serverCertPem, pipeline });
  const urlHost = isIP(host) === 6 ? `[${host}]` : host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  origin = `https://${urlHost}:${server.port}`;
  return {
    ...describe(origin, tls.caFile, dataDir),
    caPem: tls.caPem,
    stop: async () => {
      await server.close();
      await exchange?.close();
    },
  };
}

function describe(origin: string, caFile: string, dataDir: string) {
  return { connectionUri: origin, authorityUri: `${origin}/organizations`, caFile, managementUri: `${origin}/_sandbox/`, origin, dataDir };
}

function isLoopback(addr: string): boolean {
  return addr === '::1' || addr.startsWith('127.') || addr.startsWith('::ffff:127.');
}

async function createExchange(o: SandboxOptions, dataDir: string): Promise<ExchangeService | undefined> {
  const factory = o.exchange === undefined ? createExchangeService : o.exchange;
  return factory ? factory({ dataDir, defaultMailboxes: o.mailboxes ?? 50, seed: o.seed ?? 1 }) : undefined;
}
