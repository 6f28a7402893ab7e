import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import { clearRequests, exchangeCalls, requests, sandbox, shell, type Shell } from '../connections/helpers.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

let sb: RunningSandbox;
let sh: Shell;
let upns: string[];
beforeAll(async () => {
  sb = await sandbox(30);
  sh = shell(sb);
  await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@woodgrove.onmicrosoft.com -ShowBanner:$false');
  upns = (await sh.run('(Get-Mailbox -ResultSize 23 -WarningAction SilentlyContinue).UserPrincipalName')).stdout.trim().split('\n');
  expect(upns).toHaveLength(23);
}, 60_000);
afterAll(async () => {
  await sb?.stop();
});

const bodyOf = (r: { body: string }) => JSON.parse(r.body);

describe('pipeline input to proxied cmdlets, batched as the module batches it', () => {
  it('sends ten calls per $batch and the rest at the end, each item with its own body', async () => {
    await clearRequests(sb);
    // Rows with an Identity column, as from Import-Csv: Set-Mailbox takes -Identity by property name.
    const r = await sh.run(`$upns = '${upns.join("','")}'; $upns | ForEach-Object { [pscustomobject]@{ Identity = $_ } } | Set-Mailbox -CustomAttribute5 batched; 'done'`);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('done');
    const calls = exchangeCalls(await requests(sb));
    const tenant = sh.registry.all()[0]!.settings.tenantId;
    expect(calls.map((c) => [c.method, c.path])).toEqual([0, 1, 2].map(() => ['POST', `/adminapi/beta/${tenant}/$batch`]));
    const batches = calls.map((c) => bodyOf(c).requests as Array<{ id: string; method: string; url: string; headers: Record<string, string>; body: unknown }>);
    expect(batches.map((b) => b.length)).toEqual([10, 10, 3]);
    batches.flat().forEach((item, i) => {
      expect(item.body).toEqual({ CmdletInput: { CmdletName: 'Set-Mailbox', Parameters: { Identity: upns[i], CustomAttribute5: 'batched' } } });
      expect(item.method).toBe('POST');
      expect(item.url).toBe(`${sb.connectionUri}/adminapi/beta/${tenant}/InvokeCommand`);
      expect(item.headers['X-CmdletName']).toBe('Set-Mailbox');
    });
    expect(batches.map((b) => b.map((x) => x.id))).toEqual([[...'0123456789'], [...'0123456789'], ['0', '1', '2']]);
    for (const c of calls) {
      expect(c.headers.prefer).toBe('odata.continue-on-error');
      expect(c.headers['client-request-id']).toMatch(GUID);
    }
    const check = await sh.run(`$upns | ForEach-Object { (Get-Mailbox -Identity $_).CustomAttribute5 } | Group-Object | ForEach-Object { "$($_.Name)=$($_.Count)" }`);
    expect(check.stdout.trim()).toBe('batched=23');
  }, 60_000);

  it('keeps output and per-item errors in input order; an error is non-terminating for its item only', async () => {
    await clearRequests(sb);
    const r = await sh.run(`$out = '${upns[0]}', 'nobody@woodgrove.onmicrosoft.com', '${upns[1]}' | Get-Mailbox -ErrorVariable ev -ErrorAction SilentlyContinue; $out.UserPrincipalName; $ev.Count; $ev[0].CategoryInfo.Reason; 'after'`);
    expect(r.stdout.trim().split('\n')).toEqual([upns[0], upns[1], '1', 'ManagementObjectNotFoundException', 'after']);
    const calls = exchangeCalls(await requests(sb));
    expect(calls).toHaveLength(1);
    expect(bodyOf(calls[0]!).requests.map((x: any) => x.body.CmdletInput.Parameters.Identity)).toEqual([upns[0], 'nobody@woodgrove.onmicrosoft.com', upns[1]]);
  });

  it('objects piped from another Exchange cmdlet bind by property name and are batched the same way', async () => {
    await clearRequests(sb);
    const r = await sh.run('Get-Mailbox -ResultSize 12 -WarningAction SilentlyContinue | Set-Mailbox -CustomAttribute6 piped');
    expect(r.stderr).toBe('');
    const calls = exchangeCalls(await requests(sb));
    expect(calls.map((c) => c.path.split('/').pop())).toEqual(['InvokeCommand', '$batch', '$batch']);
    expect(calls.slice(1).map((c) => bodyOf(c).requests.length)).toEqual([10, 2]);
  });

  it('does not batch cmdlets routed by a parameter (Get-MailboxStatistics: -UseCustomRouting), as the module does not', async () => {
    await clearRequests(sb);
    const r = await sh.run(`'${upns.slice(0, 3).join("','")}' | Get-MailboxStatistics | ForEach-Object DisplayName`);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    const calls = exchangeCalls(await requests(sb));
    expect(calls.map((c) => c.path.split('/').pop())).toEqual(['InvokeCommand', 'InvokeCommand', 'InvokeCommand']);
    expect(calls.map((c) => bodyOf(c).CmdletInput.Parameters.Identity)).toEqual(upns.slice(0, 3));
  });

  it('does not batch when each call must confirm: -WhatIf sends one validation call per item', async () => {
    await clearRequests(sb);
    const r = await sh.run(`'${upns[0]}', '${upns[1]}' | ForEach-Object { [pscustomobject]@{ Identity = $_ } } | Set-Mailbox -CustomAttribute7 whatif -WhatIf`);
    expect(r.stdout.trim().split('\n').filter((l) => l.startsWith('What if:'))).toHaveLength(2);
    const calls = exchangeCalls(await requests(sb));
    expect(calls.map((c) => [c.path.split('/').pop(), bodyOf(c).CmdletInput.Parameters.Confirm])).toEqual([['InvokeCommand', true], ['InvokeCommand', true]]);
  });

  it('a command without pipeline input is one plain InvokeCommand', async () => {
    await clearRequests(sb);
    await sh.run(`Set-Mailbox -Identity '${upns[0]}' -CustomAttribute8 direct`);
    const calls = exchangeCalls(await requests(sb));
    expect(calls.map((c) => c.path.split('/').pop())).toEqual(['InvokeCommand']);
  });
});
