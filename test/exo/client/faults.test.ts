import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import { ExoServiceError } from '../../../src/exo/client/service-error.js';
import { adminRequests, clearLog, client, collect, manage, sandbox, userTokens } from './helpers.js';

const TENANT = 'contoso.onmicrosoft.com';

/** Throttling, dropped connections, 5xx, expired tokens and service errors, injected through the sandbox's fault API. */
describe('ExoClient retries and service errors', () => {
  let sb: RunningSandbox;
  beforeAll(async () => {
    sb = await sandbox(60);
  }, 120_000);
  afterEach(async () => {
    await manage(sb, 'DELETE', '/faults');
  });
  afterAll(() => sb?.stop());

  const admin = () => userTokens(sb, TENANT, `admin@${TENANT}`);

  it('rides out a 429 storm, waiting as Retry-After says and noting each retry', async () => {
    const retries: Array<{ attempt: number; delayMs: number; reason: string }> = [];
    const exo = client(sb, TENANT, admin(), { pageSize: 20, onRetry: (r) => retries.push(r) });
    await collect(exo.invokeCommand('Get-Mailbox', {}, { resultSize: 1 })); // the token, before the storm
    expect((await manage(sb, 'PUT', '/faults', { throttle: { limit: 1, windowSeconds: 1, retryAfterSeconds: 1 } })).status).toBe(200);
    await clearLog(sb);
    const started = Date.now();
    const rows = await collect(exo.invokeCommand('Get-Mailbox', {}, { resultSize: 60 }));
    expect(rows).toHaveLength(60);
    expect(retries.length).toBeGreaterThanOrEqual(1);
    for (const r of retries) {
      expect(r.delayMs).toBe(1000);
      expect(r.reason).toMatch(/429/);
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000 * retries.length - 50);
    expect((await adminRequests(sb)).length).toBe(3 + retries.length);
  }, 30_000);

  it('retries the tenant concurrency message, which arrives with a 500', async () => {
    const retries: string[] = [];
    const exo = client(sb, TENANT, admin(), { onRetry: (r) => retries.push(r.reason) });
    await collect(exo.invokeCommand('Get-Mailbox', {}, { resultSize: 1 }));
    await manage(sb, 'PUT', '/faults', { throttle: { limit: 0, windowSeconds: 1, style: 'concurrent-requests' } });
    setTimeout(() => void manage(sb, 'DELETE', '/faults'), 150);
    const rows = await collect(exo.invokeCommand('Get-Mailbox', {}, { resultSize: 2 }));
    expect(rows).toHaveLength(2);
    expect(retries.length).toBeGreaterThanOrEqual(1);
    expect(retries[0]).toMatch(/maximum number of concurrent requests/);
  });

  it('retries a dropped connection', async () => {
    const retries: string[] = [];
    const exo = client(sb, TENANT, admin(), { onRetry: (r) => retries.push(r.reason) });
    await collect(exo.invokeCommand('Get-Mailbox', {}, { resultSize: 1 }));
    await manage(sb, 'PUT', '/faults', { drop: { count: 2 } });
    await clearLog(sb);
    const rows = await collect(exo.entitySet({ cmdlet: 'Get-EXOMailbox', resultSize: 3 }));
    expect(rows).toHaveLength(3);
    expect(retries).toHaveLength(2);
    expect(retries[0]).toMatch(/connection/);
    expect(await adminRequests(sb)).toHaveLength(3);
  });

  it('retries 503 up to the attempt bound, then surfaces the error', async () => {
    const retries: number[] = [];
    const exo = client(sb, TENANT, admin(), { maxAttempts: 3, onRetry: (r) => retries.push(r.attempt) });
    await collect(exo.invokeCommand('Get-Mailbox', {}, { resultSize: 1 }));
    await manage(sb, 'PUT', '/faults', { serverError: { status: 503 } });
    await clearLog(sb);
    const err = await collect(exo.invokeCommand('Get-Mailbox', {})).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExoServiceError);
    expect((err as ExoServiceError).status).toBe(503);
    expect((err as ExoServiceError).message).toBe('The service is temporarily unavailable. Please try again later.');
    expect(retries).toEqual([1, 2]);
    expect(await adminRequests(sb)).toHaveLength(3);
  });

  it('does not retry a 500 that is not transient', async () => {
    const exo = client(sb, TENANT, admin());
    await collect(exo.invokeCommand('Get-Mailbox', {}, { resultSize: 1 }));
    await manage(sb, 'PUT', '/faults', { serverError: { status: 500, count: 1 } });
    await clearLog(sb);
    await expect(collect(exo.invokeCommand('Get-Mailbox', {}))).rejects.toMatchObject({ status: 500 });
    expect(await adminRequests(sb)).toHaveLength(1);
  });

  it('refreshes the token once after a 401 and carries on', async () => {
    const tokens = admin();
    const exo = client(sb, TENANT, tokens);
    await collect(exo.invokeCommand('Get-Mailbox', {}, { resultSize: 1 }));
    await manage(sb, 'PUT', '/faults', { expireTokens: true });
    await manage(sb, 'DELETE', '/faults');
    const rows = await collect(exo.invokeCommand('Get-Mailbox', {}, { resultSize: 5 }));
    expect(rows).toHaveLength(5);
    expect(tokens.refreshes).toBe(1);
  });

  it('turns a not-found identity into an error record shaped like the module’s', async () => {
    const exo = client(sb, TENANT, admin());
    const err = (await collect(exo.invokeCommand('Get-Mailbox', { Identity: 'nobody@contoso.com' })).catch((e: unknown) => e)) as ExoServiceError;
    expect(err).toBeInstanceOf(ExoServiceError);
    expect(err.status).toBe(404);
    expect(err.message).toMatch(/^Ex6F9304\|Microsoft\.Exchange\.Configuration\.Tasks\.ManagementObjectNotFoundException\|The operation couldn't be performed because object 'nobody@contoso\.com' couldn't be found on '.+'\.$/);
    expect(err.exceptionType).toBe('Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException');
    expect(err.errorCode).toBe('Ex6F9304');
    expect(err.category).toBe('NotSpecified');
    expect(err.categoryInfo).toBe('NotSpecified: (:) [Get-Mailbox], ManagementObjectNotFoundException');
    expect(err.fullyQualifiedErrorId).toMatch(/^\[Server=[A-Z0-9]+,RequestId=[0-9a-f-]{36},TimeStamp=\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT\],Write-ErrorMessage$/);
  });

  it('reports an ambiguous identity', async () => {
    const exo = client(sb, TENANT, admin());
    const all = await collect(exo.invokeCommand('Get-Mailbox', {}, { resultSize: 'Unlimited' }));
    const counts = new Map<string, number>();
    for (const m of all) counts.set(String(m.DisplayName), (counts.get(String(m.DisplayName)) ?? 0) + 1);
    const dup = [...counts].find(([, n]) => n > 1)?.[0];
    expect(dup).toBeDefined();
    const err = (await collect(exo.invokeCommand('Set-Mailbox', { Identity: dup, Office: 'Dublin' })).catch((e: unknown) => e)) as ExoServiceError;
    expect(err).toBeInstanceOf(ExoServiceError);
    expect(err.reason).toBe('ManagementObjectAmbiguousException');
    expect(err.message).toBe(`Ex9E65A2|Microsoft.Exchange.Configuration.Tasks.ManagementObjectAmbiguousException|The operation couldn't be performed because object: '${dup}' matches multiple entries.`);
  });

  it('reports an RBAC refusal', async () => {
    await manage(sb, 'POST', `/tenants/${TENANT}/users`, { userPrincipalName: `auditor@${TENANT}`, password: 'Audit#1', exchangeRole: 'read-only' });
    const exo = client(sb, TENANT, userTokens(sb, TENANT, `auditor@${TENANT}`, 'Audit#1'));
    expect(await collect(exo.invokeCommand('Get-Mailbox', {}, { resultSize: 1 }))).toHaveLength(1);
    const err = (await collect(exo.invokeCommand('Set-Mailbox', { Identity: 'admin', CustomAttribute1: 'x' })).catch((e: unknown) => e)) as ExoServiceError;
    expect(err).toBeInstanceOf(ExoServiceError);
    expect(err.status).toBe(403);
    expect(err.reason).toBe('CmdletAccessDeniedException');
    expect(err.message).toMatch(/\|Microsoft\.Exchange\.Configuration\.Authorization\.CmdletAccessDeniedException\|The user isn't assigned to any management roles that allow running the cmdlet 'Set-Mailbox'\. Access denied\.$/);
  });

  it('refuses a ResultSize of zero before any request', async () => {
    const exo = client(sb, TENANT, admin());
    await clearLog(sb);
    await expect(collect(exo.invokeCommand('Get-Mailbox', {}, { resultSize: 0 }))).rejects.toThrow('ResultSize must be greater than 0');
    expect(await adminRequests(sb)).toHaveLength(0);
  });
});
