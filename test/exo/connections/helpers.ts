import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';
import { Session } from '../../../src/repl/engine/session.js';
import { CaptureHost } from '../../../src/repl/host/capture-host.js';
import { exchangeModule, type ExoShellOptions } from '../../../src/exo/index.js';
import type { ConnectionRegistry } from '../../../src/exo/connections/registry.js';
import { manage, trustCa, type LoggedRequest } from '../../sandbox/helpers.js';

export { manage, type LoggedRequest };

/** A sandbox tenant with the real Exchange service, device codes approved at once, as `exosh -Sandbox` runs it. */
export async function sandbox(mailboxes = 12): Promise<RunningSandbox> {
  const sb = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'exosh-exo-sb-')), autoApprove: true, autoProvision: true, mailboxes });
  trustCa(sb.caPem);
  return sb;
}

export interface Shell {
  session: Session;
  host: CaptureHost;
  registry: ConnectionRegistry;
  configDir: string;
  run(text: string): Promise<{ ok: boolean; stdout: string; stderr: string }>;
}

/** A session with the Exchange cmdlets aimed at the sandbox; run() returns what this run printed. */
export function shell(sb: RunningSandbox, o: { interactive?: boolean; answers?: string[]; options?: ExoShellOptions } = {}): Shell {
  const host = new CaptureHost({ width: 200, interactive: o.interactive ?? false, answers: o.answers ?? [] });
  const configDir = mkdtempSync(join(tmpdir(), 'exosh-exo-cfg-'));
  const exo = exchangeModule({ defaults: { connectionUri: sb.connectionUri, authorizationEndpointUri: sb.authorityUri }, configDir, retry: { baseDelayMs: 10, maxDelayMs: 50 }, ...o.options });
  const session = new Session({ host, cwd: configDir, commands: exo.commands });
  return {
    session,
    host,
    registry: exo.registry,
    configDir,
    async run(text) {
      const out = host.stdout.length;
      const err = host.stderr.length;
      const r = await session.run(text);
      return { ok: r.ok, stdout: host.stdout.slice(out), stderr: host.stderr.slice(err) };
    },
  };
}

export async function requests(sb: RunningSandbox): Promise<LoggedRequest[]> {
  return (await manage<{ value: LoggedRequest[] }>(sb, 'GET', '/requests')).body.value;
}

export async function clearRequests(sb: RunningSandbox): Promise<void> {
  await manage(sb, 'DELETE', '/requests');
}

export const exchangeCalls = (log: LoggedRequest[]) => log.filter((r) => /^\/adminapi\//i.test(r.path));
