import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import { clearRequests, exchangeCalls, manage, requests, sandbox, shell, type Shell } from '../connections/helpers.js';

const LATENCY_MS = 250;

/** fetch as the client uses it, counting the Exchange requests in flight at once. */
function countingFetch() {
  const state = { active: 0, peak: 0 };
  const wrapped: typeof fetch = async (input, init) => {
    const exchange = /\/adminapi\//i.test(String(input instanceof Request ? input.url : input));
    if (exchange) state.peak = Math.max(state.peak, ++state.active);
    try {
      return await fetch(input, init);
    } finally {
      if (exchange) state.active--;
    }
  };
  return { state, fetch: wrapped };
}

let sb: RunningSandbox;
let sh: Shell;
const counter = countingFetch();
beforeAll(async () => {
  sb = await sandbox(30);
  sh = shell(sb, { options: { fetch: counter.fetch } });
  const r = await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@woodgrove.onmicrosoft.com -ShowBanner:$false');
  expect(r.stderr).toBe('');
}, 60_000);
afterEach(async () => {
  await manage(sb, 'DELETE', '/faults');
});
afterAll(async () => {
  await sb?.stop();
});

/** Starts the fan-out with the service slowed down, and returns the statistics requests it caused. */
async function fanOut(script: string) {
  await sh.run('$m = Get-EXOMailbox -ResultSize 24');
  await manage(sb, 'PUT', '/faults', { latencyMs: LATENCY_MS, pathPrefix: '/adminapi/' });
  await clearRequests(sb);
  counter.state.peak = 0;
  const started = performance.now();
  const r = await sh.run(script);
  const elapsed = performance.now() - started;
  const log = await requests(sb);
  return { r, elapsed, log, calls: exchangeCalls(log) };
}

describe('fan-out with ForEach-Object -Parallel on one connection', () => {
  it('Get-EXOMailboxStatistics per mailbox runs -ThrottleLimit requests at once, sharing the session connection', async () => {
    const { r, elapsed, log, calls } = await fanOut('$s = $m | ForEach-Object -Parallel { Get-EXOMailboxStatistics $_.UserPrincipalName } -ThrottleLimit 8; $s.Count; ($s.DisplayName | Sort-Object -Unique).Count');
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(['24', '24']);
    expect(calls).toHaveLength(24);
    expect(calls.every((c) => c.path.endsWith('/Exchange.GetMailboxStatistics()'))).toBe(true);
    // Bounded: exactly the throttle limit in flight at the peak, never more.
    expect(counter.state.peak).toBe(8);
    // Overlapping: one after another, the first eight would arrive at least seven latency periods apart and the
    // whole run would take at least 24; the bounds leave room for a loaded machine.
    const times = calls.map((c) => Date.parse((c as unknown as { time: string }).time)).sort((a, b) => a - b);
    expect(times[7]! - times[0]!).toBeLessThan(3 * LATENCY_MS);
    expect(elapsed).toBeLessThan(16 * LATENCY_MS);
    // One connection: its cached token serves every block, no sign-in per runspace.
    expect(log.filter((e) => /\/oauth2\//.test(e.path))).toEqual([]);
  }, 60_000);

  it('the Exchange equivalent (Get-MailboxStatistics through InvokeCommand) fans out the same way', async () => {
    const { r, calls } = await fanOut('($m | ForEach-Object -Parallel { Get-MailboxStatistics -Identity $_.UserPrincipalName } -ThrottleLimit 5 | Measure-Object).Count');
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('24');
    expect(calls.map((c) => JSON.parse(c.body).CmdletInput.CmdletName)).toEqual(Array(24).fill('Get-MailboxStatistics'));
    expect(counter.state.peak).toBe(5);
  }, 60_000);

  it('Get-EXO* with pipeline input requests up to four items at once (the module\'s multithreading) and keeps input order', async () => {
    const { r, calls } = await fanOut("$names = $m | Select-Object -First 12 | ForEach-Object { $_.UserPrincipalName }; $s = $names | Get-EXOMailboxStatistics; $s.Count; ($s.DisplayName -join ',') -eq (($m | Select-Object -First 12).DisplayName -join ',')");
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(['12', 'True']);
    expect(calls).toHaveLength(12);
    expect(counter.state.peak).toBe(4);
  }, 60_000);

  it('-UseMultithreading $false: Get-EXO* pipeline items go one at a time', async () => {
    const single = countingFetch();
    const one = shell(sb, { options: { fetch: single.fetch } });
    await one.run('Connect-ExchangeOnline -UserPrincipalName admin@woodgrove.onmicrosoft.com -ShowBanner:$false -UseMultithreading $false');
    await manage(sb, 'PUT', '/faults', { latencyMs: 50, pathPrefix: '/adminapi/' });
    const r = await one.run('(Get-EXOMailbox -ResultSize 6 | Get-EXOMailboxStatistics | Measure-Object).Count');
    expect(r.stdout.trim()).toBe('6');
    expect(single.state.peak).toBe(1);
  }, 60_000);

  it('Get-EXO* pipeline input: a failing item is reported in its place and the others go on', async () => {
    const { r } = await fanOut("$out = $m[0].UserPrincipalName, 'nobody@woodgrove.onmicrosoft.com', $m[1].UserPrincipalName | Get-EXOMailbox -ErrorVariable ev -ErrorAction SilentlyContinue; $out.UserPrincipalName; $ev.Count");
    const upns = (await sh.run('$m[0].UserPrincipalName; $m[1].UserPrincipalName')).stdout.trim().split('\n');
    expect(r.stdout.trim().split('\n')).toEqual([...upns, '1']);
  }, 60_000);

  it('$using: carries caller values into the blocks', async () => {
    const { r, calls } = await fanOut("$props = 'LastLogonTime'; $m | Select-Object -First 3 | ForEach-Object -Parallel { Get-EXOMailboxStatistics $_.UserPrincipalName -Properties $using:props } | ForEach-Object { $_.PSObject.Properties.Name -contains 'LastLogonTime' }");
    expect(r.stdout.trim().split('\n')).toEqual(['True', 'True', 'True']);
    expect(calls.map((c) => new URLSearchParams(c.query).get('$select'))).toEqual(['LastLogonTime', 'LastLogonTime', 'LastLogonTime']);
  }, 60_000);
});
