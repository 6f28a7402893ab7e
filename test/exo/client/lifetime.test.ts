import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { startSandbox, type RunningSandbox } from '../../../src/sandbox/index.js';
import { ExoServiceError } from '../../../src/exo/client/service-error.js';
import { adminRequests, clearLog, client, collect, manage, userTokens } from './helpers.js';

const TENANT = 'contoso.onmicrosoft.com';

/** Tokens that live three seconds, slow pages, timeouts and the two-phase confirm. */
describe('ExoClient over a long pipeline', () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await startSandbox({ port: 0, dataDir: mkdtempSync(join(tmpdir(), 'exo-client-life-')), mailboxes: 400, tokenLifetimeSeconds: 3 });
    tls.setDefaultCACertificates([...tls.getCACertificates('default'), sb.caPem]);
  }, 120_000);
  afterAll(() => sb?.stop());

  it('finishes a pipeline that outlives its token: each 401 brings a refresh and paging goes on', async () => {
    const tokens = userTokens(sb, TENANT, `admin@${TENANT}`);
    const exo = client(sb, TENANT, tokens, { pageSize: 50 });
    await manage(sb, 'PUT', '/faults', { latencyMs: 600 });
    try {
      const rows = await collect(exo.invokeCommand('Get-Mailbox', {}, { resultSize: 'Unlimited' }));
      expect(rows).toHaveLength(400);
      expect(new Set(rows.map((r) => r.Guid)).size).toBe(400);
      expect(tokens.refreshes).toBeGreaterThanOrEqual(1);
    } finally {
      await manage(sb, 'DELETE', '/faults');
    }
  }, 60_000);

  it('times a slow request out, retries it, then reports the timeout', async () => {
    const reasons: string[] = [];
    const exo = client(sb, TENANT, userTokens(sb, TENANT, `admin@${TENANT}`), { timeoutMs: 150, maxAttempts: 2, onRetry: (r) => reasons.push(r.reason) });
    await manage(sb, 'PUT', '/faults', { latencyMs: 400 });
    try {
      const err = (await collect(exo.invokeCommand('Get-Mailbox', {}, { resultSize: 1 })).catch((e: unknown) => e)) as ExoServiceError;
      expect(err).toBeInstanceOf(ExoServiceError);
      expect(err.category).toBe('ConnectionError');
      expect(err.message).toMatch(/timed out/);
      expect(reasons).toEqual(['the request timed out']);
    } finally {
      await manage(sb, 'DELETE', '/faults');
    }
  });

  it('passes the confirmation text of a validation call to the caller', async () => {
    const exo = client(sb, TENANT, userTokens(sb, TENANT, `admin@${TENANT}`));
    await clearLog(sb);
    const messages: string[] = [];
    const rows = await collect(exo.invokeCommand('Set-Mailbox', { Identity: `admin@${TENANT}`, CustomAttribute2: 'x', Confirm: true }, { onConfirmationMessage: (m) => messages.push(m) }));
    expect(rows).toEqual([]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^Performing the operation "Set-Mailbox" on target ".+"\.$/);
    const [req] = await adminRequests(sb);
    expect(JSON.parse(req!.body).CmdletInput.Parameters.Confirm).toBe(true);
  });

  it('sends -WarningAction as its header, Ignore as SilentlyContinue, and passes warnings on', async () => {
    const warnings: string[] = [];
    const exo = client(sb, TENANT, userTokens(sb, TENANT, `admin@${TENANT}`), { onWarning: (w) => warnings.push(w) });
    await clearLog(sb);
    await collect(exo.invokeCommand('Get-Mailbox', { WarningAction: 'Ignore' }, { resultSize: 2 }));
    const [req] = await adminRequests(sb);
    expect(req!.headers.warningaction).toBe('SilentlyContinue');
    expect(JSON.parse(req!.body).CmdletInput.Parameters.WarningAction).toBe('Ignore');
    expect(warnings).toContain('There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.');
  });
});
