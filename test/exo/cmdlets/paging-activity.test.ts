import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import type { ActivityUpdate } from '../../../src/repl/host/host.js';
import { clearRequests, exchangeCalls, manage, requests, sandbox, shell, type Shell } from '../connections/helpers.js';
import { pause } from '../client/helpers.js';


let sb: RunningSandbox;
let sh: Shell;
/** What the host's live area was told, in order. */
let updates: ActivityUpdate[] = [];
let onUpdate: ((u: ActivityUpdate) => void) | undefined;

beforeAll(async () => {
  sb = await sandbox(400);
  sh = shell(sb);
  Object.assign(sh.host, {
    activity(u: ActivityUpdate) {
      updates.push(u);
      onUpdate?.(u);
    },
  });
  const r = await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@woodgrove.onmicrosoft.com -ShowBanner:$false -PageSize 50');
  expect(r.stderr).toBe('');
}, 120_000);
afterEach(async () => {
  onUpdate = undefined;
  updates = [];
  await manage(sb, 'DELETE', '/faults');
});
afterAll(async () => {
  await sb?.stop();
});

const exchangeCount = async () => exchangeCalls(await requests(sb)).length;

describe('Ctrl+C while a paged command runs in a session', () => {
  for (const command of ['Get-EXOMailbox -ResultSize Unlimited | ForEach-Object { $_ }', 'Get-Mailbox -ResultSize Unlimited | ForEach-Object { $_ }']) {
    it(`${command.split(' ')[0]}: no request after the abort, the stop is reported, the next command runs`, async () => {
      await manage(sb, 'PUT', '/faults', { latencyMs: 100, pathPrefix: '/adminapi/' });
      await clearRequests(sb);
      let atAbort: number | undefined;
      const aborted = new Promise<void>((resolve) => {
        onUpdate = (u) => {
          if (atAbort !== undefined || !u.received) return;
          // The first page has arrived: the user presses Ctrl+C.
          onUpdate = undefined;
          setImmediate(() => {
            sh.session.abort();
            void exchangeCount().then((n) => {
              atAbort = n;
              resolve();
            });
          });
        };
      });
      const ran = await sh.run(command);
      await aborted;
      expect(ran.ok).toBe(false);
      expect(ran.stderr).toContain('The pipeline has been stopped.');
      // The first page and at most the one prefetch already on the wire; nothing after.
      expect(atAbort).toBeGreaterThanOrEqual(1);
      expect(atAbort).toBeLessThanOrEqual(2);
      await pause(600);
      expect(await exchangeCount()).toBe(atAbort);
      const last = updates.at(-1)!;
      expect(last).toMatchObject({ label: command.split(' ')[0], done: true });
      expect(updates.filter((u) => u.done)).toHaveLength(1);

      await manage(sb, 'DELETE', '/faults');
      const next = await sh.run('(Get-EXOMailbox -ResultSize 3 | Measure-Object).Count');
      expect(next).toMatchObject({ ok: true, stderr: '' });
      expect(next.stdout.trim()).toBe('3');
    }, 60_000);
  }
});

describe('paging progress for the host', () => {
  it('Get-EXO* reports objects received page by page under one id, then done', async () => {
    const r = await sh.run('(Get-EXOMailbox -ResultSize 120 | Measure-Object).Count');
    expect(r.stdout.trim()).toBe('120');
    const id = updates[0]!.id;
    expect(updates).toEqual([
      { id, label: 'Get-EXOMailbox', received: 50 },
      { id, label: 'Get-EXOMailbox', received: 100 },
      { id, label: 'Get-EXOMailbox', received: 120 },
      { id, label: 'Get-EXOMailbox', received: 120, done: true },
    ]);
  });

  it('a proxied cmdlet reports its InvokeCommand pages the same way, with a new id', async () => {
    await sh.run('Get-EXOMailbox -ResultSize 1 | Out-Null');
    const previous = updates[0]!.id;
    updates = [];
    const r = await sh.run('(Get-Mailbox -ResultSize 75 -WarningAction SilentlyContinue | Measure-Object).Count');
    expect(r.stdout.trim()).toBe('75');
    expect(updates.map(({ label, received, done }) => ({ label, received, done }))).toEqual([
      { label: 'Get-Mailbox', received: 50, done: undefined },
      { label: 'Get-Mailbox', received: 75, done: undefined },
      { label: 'Get-Mailbox', received: 75, done: true },
    ]);
    expect(new Set(updates.map((u) => u.id))).toEqual(new Set([updates[0]!.id]));
    expect(updates[0]!.id).not.toBe(previous);
  });

  it('says when the service throttles and how long the wait is, then goes on', async () => {
    await manage(sb, 'PUT', '/faults', { throttle: { limit: 1, windowSeconds: 1, retryAfterSeconds: 1 }, pathPrefix: '/adminapi/' });
    const r = await sh.run('(Get-EXOMailbox -ResultSize 100 | Measure-Object).Count');
    expect(r.stdout.trim()).toBe('100');
    const notes = updates.filter((u) => u.note).map((u) => u.note);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes[0]).toBe('Throttled by the service: retrying in 1 s (attempt 2 of 6)');
    expect(updates.at(-1)).toMatchObject({ label: 'Get-EXOMailbox', received: 100, done: true });
  }, 30_000);

  it('stopping early (Select-Object -First) ends the activity too', async () => {
    const r = await sh.run('Get-EXOMailbox -ResultSize Unlimited | Select-Object -First 5 | Measure-Object | ForEach-Object Count');
    expect(r.stdout.trim()).toBe('5');
    expect(updates.filter((u) => u.done)).toHaveLength(1);
    expect(updates.at(-1)).toMatchObject({ label: 'Get-EXOMailbox', done: true });
  });
});
