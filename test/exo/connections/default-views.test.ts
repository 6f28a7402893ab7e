/** The Exchange default views, each cmdlet on its own line as an admin types it (exo-cmdlets.md §2.12). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import { sandbox, shell, type Shell } from './helpers.js';

let sb: RunningSandbox;
let sh: Shell;
beforeAll(async () => {
  sb = await sandbox(6);
  sh = shell(sb);
  await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com -ShowBanner:$false');
}, 60_000);
afterAll(async () => {
  await sh?.run('Disconnect-ExchangeOnline -Confirm:$false');
  await sb?.stop();
});

async function output(command: string): Promise<string> {
  const r = await sh.run(command);
  expect(r.stderr).toBe('');
  return r.stdout.replace(/^WARNING: .*\n/gm, '');
}

/** A table's header cells, or a list's labels, in order. */
const header = (text: string) => text.trim().split('\n')[0]!.trim().split(/\s+/);
const labels = (text: string) => [...text.matchAll(/^(\w+)\s+: /gm)].map((m) => m[1]);

describe('Exchange default views', () => {
  it('Get-Mailbox: the Mailbox table', async () => {
    const text = await output('Get-Mailbox -ResultSize 2');
    expect(header(text)).toEqual(['Name', 'Alias', 'Database', 'ProhibitSendQuota', 'ExternalDirectoryObjectId']);
    expect(text.trim().split('\n')).toHaveLength(4);
  });

  it('Get-EXOMailbox: a list of the Minimum property set', async () => {
    const text = await output('Get-EXOMailbox -ResultSize 1');
    expect(labels(text).sort()).toEqual(
      ['Alias', 'DisplayName', 'DistinguishedName', 'EmailAddresses', 'ExchangeVersion', 'ExternalDirectoryObjectId', 'Guid', 'Id', 'Identity', 'Name', 'OrganizationId', 'PrimarySmtpAddress', 'RecipientType', 'RecipientTypeDetails', 'UserPrincipalName'].sort(),
    );
  });

  it('Get-EXOMailboxStatistics: a list of its Minimum set; Get-MailboxStatistics: the statistics table', async () => {
    expect(labels(await output('Get-EXOMailboxStatistics admin')).sort()).toEqual(['DeletedItemCount', 'DisplayName', 'ItemCount', 'MailboxGuid', 'TotalDeletedItemSize', 'TotalItemSize']);
    expect(header(await output('Get-MailboxStatistics admin'))).toEqual(['DisplayName', 'ItemCount', 'StorageLimitStatus', 'LastLogonTime']);
  });

  it('Get-Recipient: Name and RecipientType', async () => {
    const text = await output('Get-Recipient -ResultSize 2');
    expect(header(text)).toEqual(['Name', 'RecipientType']);
    expect(text).toMatch(/^admin\s+UserMailbox$/m);
  });

  it('Get-MailboxPermission: Identity, User, AccessRights, IsInherited, Deny', async () => {
    const text = await output('Get-MailboxPermission admin');
    expect(header(text)).toEqual(['Identity', 'User', 'AccessRights', 'IsInherited', 'Deny']);
    expect(text).toMatch(/^admin\s+NT AUTHORITY\\SELF\s+\{FullAccess, ReadPermission\}\s+False\s+False$/m);
  });

  it('Get-ConnectionInformation: a list of every field, in the module order', async () => {
    expect(labels(await output('Get-ConnectionInformation'))).toEqual([
      'ConnectionId', 'State', 'Id', 'Name', 'UserPrincipalName', 'ConnectionUri', 'AzureAdAuthorizationEndpointUri', 'TokenExpiryTimeUTC', 'CertificateAuthentication',
      'ModuleName', 'ModulePrefix', 'Organization', 'DelegatedOrganization', 'AppId', 'PageSize', 'TenantID', 'TokenStatus', 'ConnectionUsedForInbuiltCmdlets', 'IsEopSession',
    ]);
  });

  it('Get-ConnectionInformation: TokenExpiryTimeUTC is a DateTimeOffset, shown as the module shows it', async () => {
    const e = sh.registry.all()[0]!.tokenExpiry!;
    const two = (n: number) => String(n).padStart(2, '0');
    const h = e.getUTCHours();
    const shown = `${e.getUTCMonth() + 1}/${e.getUTCDate()}/${e.getUTCFullYear()} ${h % 12 || 12}:${two(e.getUTCMinutes())}:${two(e.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'} +00:00`;
    const line = (await output('Get-ConnectionInformation')).split('\n').find((l) => l.startsWith('TokenExpiryTimeUTC'));
    expect(line).toMatch(/^TokenExpiryTimeUTC\s+: /);
    expect(line!.replace(/^TokenExpiryTimeUTC\s+: /, '')).toBe(shown);
    expect((await output('(Get-ConnectionInformation).TokenExpiryTimeUTC.GetType().Name')).trim()).toBe('DateTimeOffset');
  });
});
