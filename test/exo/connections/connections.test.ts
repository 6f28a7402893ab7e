import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import { clearRequests, exchangeCalls, requests, sandbox, shell } from './helpers.js';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await sandbox();
}, 60_000);
afterAll(async () => {
  await sb?.stop();
});

const field = (text: string, name: string, nth = 0): string | undefined =>
  [...text.matchAll(new RegExp(`^${name}\\s*: ?(.*)$`, 'gm'))][nth]?.[1]?.trim();

describe('Connect-ExchangeOnline and Get-ConnectionInformation', () => {
  it('signs in by device code, reports every field, and disconnects', async () => {
    const sh = shell(sb);
    const r = await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@fabrikam.onmicrosoft.com -ShowBanner:$false; Get-ConnectionInformation');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/To sign in, use a web browser to open the page https:\/\/127\.0\.0\.1:\d+\/devicelogin and enter the code \w+ to authenticate\./);
    for (const name of ['ConnectionId', 'State', 'Id', 'Name', 'UserPrincipalName', 'ConnectionUri', 'AzureAdAuthorizationEndpointUri', 'TokenExpiryTimeUTC', 'CertificateAuthentication', 'ModuleName', 'ModulePrefix', 'Organization', 'DelegatedOrganization', 'AppId', 'PageSize', 'TenantID', 'TokenStatus', 'ConnectionUsedForInbuiltCmdlets', 'IsEopSession']) {
      expect(r.stdout, name).toMatch(new RegExp(`^${name}\\s+:`, 'm'));
    }
    expect(field(r.stdout, 'State')).toBe('Connected');
    expect(field(r.stdout, 'Name')).toBe('ExchangeOnline_1');
    expect(field(r.stdout, 'UserPrincipalName')).toBe('admin@fabrikam.onmicrosoft.com');
    expect(field(r.stdout, 'ConnectionUri')).toBe(sb.connectionUri);
    expect(field(r.stdout, 'TokenStatus')).toBe('Active');
    expect(field(r.stdout, 'ConnectionUsedForInbuiltCmdlets')).toBe('True');
    expect(field(r.stdout, 'PageSize')).toBe('1000');
    expect(field(r.stdout, 'TenantID')).toMatch(/^[0-9a-f-]{36}$/);
    expect(field(r.stdout, 'ModuleName')).toMatch(/tmpEXO_[a-z]{8}\.[a-z]{3}$/);

    const d = await sh.run('Disconnect-ExchangeOnline -Confirm:$false; @(Get-ConnectionInformation).Count; Get-Command Get-Mailbox -ErrorAction SilentlyContinue | Measure-Object | ForEach-Object Count');
    expect(d.stderr).toBe('');
    expect(d.stdout.trim().split(/\s+/)).toEqual(['0', '0']);
  }, 60_000);

  it('prints the service banner unless -ShowBanner:$false', async () => {
    const sh = shell(sb);
    const r = await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@fabrikam.onmicrosoft.com');
    expect(r.stdout).toContain('-'.repeat(88));
    expect(r.stdout).toContain('This V3 EXO PowerShell module contains new REST API backed Exchange Online cmdlets');
    expect(r.stdout).toContain('For more information check https://aka.ms/exov3-module');
  }, 60_000);

  it('keeps prefixed connections apart and binds Get-EXO* to the most recent one', async () => {
    const sh = shell(sb);
    await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@primary.onmicrosoft.com -Prefix Primary -ShowBanner:$false');
    await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@secondary.onmicrosoft.com -Prefix Secondary -ShowBanner:$false');
    const [first, second] = sh.registry.all();
    await clearRequests(sb);
    const r = await sh.run('(Get-PrimaryMailbox -Identity admin@primary.onmicrosoft.com).PrimarySmtpAddress; (Get-SecondaryMailbox -Identity admin@secondary.onmicrosoft.com).PrimarySmtpAddress; (Get-EXOMailbox -Identity admin@secondary.onmicrosoft.com).PrimarySmtpAddress');
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n')).toEqual(['admin@primary.onmicrosoft.com', 'admin@secondary.onmicrosoft.com', 'admin@secondary.onmicrosoft.com']);
    const calls = exchangeCalls(await requests(sb));
    expect(calls.map((c) => c.path.split('/')[3])).toEqual([first!.settings.tenantId, second!.settings.tenantId, second!.settings.tenantId]);
    // The prefixed proxies send the real cmdlet name.
    expect(JSON.parse(calls[0]!.body).CmdletInput.CmdletName).toBe('Get-Mailbox');

    const info = await sh.run('Get-ConnectionInformation | ForEach-Object { "$($_.ModulePrefix)=$($_.ConnectionUsedForInbuiltCmdlets)" }');
    expect(info.stdout.trim().split('\n')).toEqual(['Primary=False', 'Secondary=True']);

    const d = await sh.run('Disconnect-ExchangeOnline -ModulePrefix Primary -Confirm:$false; (Get-ConnectionInformation).ModulePrefix; Get-PrimaryMailbox');
    expect(d.stdout.trim().split('\n')[0]).toBe('Secondary');
    expect(d.stderr).toContain("The term 'Get-PrimaryMailbox' is not recognized");
    const left = await sh.run('Get-SecondaryMailbox -ResultSize 1 -WarningAction SilentlyContinue | Measure-Object | ForEach-Object Count');
    expect(left.stdout).toBe('1\n');
  }, 60_000);

  it('lets a new unprefixed connection take over the unprefixed cmdlets', async () => {
    const sh = shell(sb);
    await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@tailspin.onmicrosoft.com -ShowBanner:$false');
    await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@northwind.onmicrosoft.com -ShowBanner:$false');
    const r = await sh.run('Get-Mailbox -Identity admin | ForEach-Object PrimarySmtpAddress');
    expect(r.stdout.trim()).toBe('admin@northwind.onmicrosoft.com');
    // Disconnecting the first keeps the second's cmdlets.
    const id = sh.registry.all()[0]!.settings.connectionId;
    const d = await sh.run(`Disconnect-ExchangeOnline -ConnectionId ${id} -Confirm:$false; Get-Mailbox -Identity admin | ForEach-Object PrimarySmtpAddress`);
    expect(d.stderr).toBe('');
    expect(d.stdout.trim()).toBe('admin@northwind.onmicrosoft.com');
  }, 60_000);

  it('disconnects every connection piped from Get-ConnectionInformation', async () => {
    const sh = shell(sb);
    await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@primary.onmicrosoft.com -Prefix P1 -ShowBanner:$false; Connect-ExchangeOnline -UserPrincipalName admin@secondary.onmicrosoft.com -Prefix P2 -ShowBanner:$false');
    const r = await sh.run('Get-ConnectionInformation | ForEach-Object { Disconnect-ExchangeOnline -ConnectionId $_.ConnectionId -Confirm:$false }; @(Get-ConnectionInformation).Count');
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('0');
  }, 60_000);
});

describe('Connect-ExchangeOnline validation (no request is sent)', () => {
  const cases: Array<[string, string]> = [
    ['Connect-ExchangeOnline -Prefix "Con-toso"', 'Use of any special characters in the Prefix string is not supported.'],
    ['Connect-ExchangeOnline -Prefix exo', "Prefix 'EXO' is a reserved Prefix, please use a different prefix."],
    ['Connect-ExchangeOnline -AppId a -CertificateThumbprint AB -Organization 8c0d9c56-39c4-5b62-b293-0e2454fc43e5', 'Organization cannot be a Guid, please enter the name of the tenant instead.'],
    ['Connect-ExchangeOnline -CertificateFilePath x.pfx -Organization contoso.onmicrosoft.com', 'AppId cannot be null for certificate based connections.'],
    ['Connect-ExchangeOnline -AppId a -CertificateFilePath x.pfx', 'Organization cannot be null for certificate based connections.'],
    ['Connect-ExchangeOnline -ManagedIdentity', 'Organization cannot be null for Managed Identity based connections.'],
    ['Connect-ExchangeOnline -AccessToken a.b.c', 'Either one of Organization, DelegatedOrganization or UserPrincipalName should be provided with the AccessToken'],
    ['Connect-ExchangeOnline -AccessToken a.b.c -ManagedIdentity -Organization contoso.onmicrosoft.com', 'Certificate or ManagedIdentity cannot be used with an AccessToken'],
    ['Connect-ExchangeOnline -AccessToken notajwt -Organization contoso.onmicrosoft.com', 'AccessToken is not a well formed JWT token'],
    ['Connect-ExchangeOnline -ConnectionUri http://outlook.office365.com', "Invalid ConnectionUri parameter 'http://outlook.office365.com'"],
    ['Connect-ExchangeOnline -PageSize 1001', "Cannot validate argument on parameter 'PageSize'. The 1001 argument is greater than the maximum allowed range of 1000."],
  ];
  it.each(cases)('%s', async (text, message) => {
    const sh = shell(sb);
    await clearRequests(sb);
    const r = await sh.run(text);
    expect(r.ok).toBe(false);
    expect(r.stderr.replace(/\s+\|?/g, '')).toContain(message.replace(/\s+/g, ''));
    expect(await requests(sb)).toEqual([]);
    expect(sh.registry.all()).toHaveLength(0);
  });

  it('rejects an unknown -ExchangeEnvironmentName through the binder', async () => {
    const r = await shell(sb).run('Connect-ExchangeOnline -ExchangeEnvironmentName Mars');
    expect(r.stderr).toContain("Cannot validate argument on parameter 'ExchangeEnvironmentName'");
  });
});

describe('Disconnect-ExchangeOnline confirmation', () => {
  it('asks on a terminal and keeps the connection on No', async () => {
    const sh = shell(sb, { interactive: true, answers: ['N', 'Y'] });
    await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@fabrikam.onmicrosoft.com -ShowBanner:$false');
    await sh.run('Disconnect-ExchangeOnline');
    expect(sh.host.prompts[0]).toContain('Running this cmdlet will clear the specified REST connections along with the connection for inbuilt cmdlets');
    expect(sh.host.prompts[0]).toContain('Press(Y/y/A/a) if you want to continue.');
    expect(sh.registry.all()).toHaveLength(1);
    await sh.run('Disconnect-ExchangeOnline');
    expect(sh.registry.all()).toHaveLength(0);
  }, 60_000);

  it('fails without a terminal unless -Confirm:$false, and -WhatIf changes nothing', async () => {
    const sh = shell(sb);
    await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@fabrikam.onmicrosoft.com -ShowBanner:$false');
    const r = await sh.run('Disconnect-ExchangeOnline');
    expect(r.stderr).toContain('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
    const w = await sh.run('Disconnect-ExchangeOnline -WhatIf');
    expect(w.stdout).toContain('What if: Performing the operation "Press(Y/y/A/a) if you want to continue." on target "Running this cmdlet will clear');
    expect(sh.registry.all()).toHaveLength(1);
  }, 60_000);
});
