import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import { BUNDLED_CATALOG } from '../../../src/exo/catalog/bundled.js';
import { parametersOf } from '../../../src/exo/catalog/parameters.js';
import { clearRequests, exchangeCalls, requests, sandbox, shell, type Shell } from '../connections/helpers.js';

let sb: RunningSandbox;
let sh: Shell;
let upn: string;
beforeAll(async () => {
  sb = await sandbox(5);
  sh = shell(sb);
  await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@woodgrove.onmicrosoft.com -ShowBanner:$false');
  upn = (await sh.run('(Get-Mailbox -ResultSize 2 -WarningAction SilentlyContinue)[1].UserPrincipalName')).stdout.trim();
  expect(upn).toMatch(/@/);
}, 60_000);
afterAll(async () => {
  await sb?.stop();
});

const setMailboxInputs = async () => exchangeCalls(await requests(sb))
  .map((c) => JSON.parse(c.body).CmdletInput)
  .filter((i) => i.CmdletName === 'Set-Mailbox');

describe('-Identity from the pipeline, by value and by property name', () => {
  it('a bare address piped to Set-Mailbox binds -Identity by value', async () => {
    await clearRequests(sb);
    const r = await sh.run(`'${upn}' | Set-Mailbox -HiddenFromAddressListsEnabled $true -WhatIf`);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').filter((l) => l.startsWith('What if:'))).toHaveLength(1);
    const sets = await setMailboxInputs();
    expect(sets).toHaveLength(1);
    expect(sets[0].Parameters.Identity).toBe(upn);
    expect(sets[0].Parameters.HiddenFromAddressListsEnabled).toBe(true);
    expect((await sh.run(`(Get-Mailbox -Identity '${upn}').HiddenFromAddressListsEnabled`)).stdout.trim()).toBe('False');
  });

  it('an object with an Identity property still binds by property name', async () => {
    await clearRequests(sb);
    const r = await sh.run(`[pscustomobject]@{ Identity = '${upn}' } | Set-Mailbox -CustomAttribute9 byname -WhatIf`);
    expect(r.stderr).toBe('');
    expect((await setMailboxInputs()).map((i) => i.Parameters.Identity)).toEqual([upn]);
  });

  it('the bundled catalog gives every pipeline -Identity both bindings', () => {
    const identities = Object.entries(BUNDLED_CATALOG)
      .map(([name, meta]) => [name, parametersOf(meta).find((p) => p.name === 'Identity')] as const)
      .filter(([, p]) => p?.valueFromPipeline || p?.valueFromPipelineByPropertyName);
    expect(identities.map(([name]) => name)).toContain('Set-Mailbox');
    for (const [name, p] of identities) {
      expect([name, p!.valueFromPipeline, p!.valueFromPipelineByPropertyName]).toEqual([name, true, true]);
    }
  });
});
