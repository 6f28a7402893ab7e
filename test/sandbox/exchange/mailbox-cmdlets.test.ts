import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detail, harness, TENANT, type Harness } from './helpers.js';

describe('mailbox cmdlets', () => {
  let h: Harness;
  let all: any[];
  beforeAll(async () => {
    h = await harness({ mailboxes: 400 });
    all = (await h.all('Get-Mailbox', { ResultSize: 'Unlimited' })).items;
  });
  afterAll(() => h.service.close());

  it('seeds users, shared, room and equipment mailboxes with realistic values', () => {
    const kinds = new Set(all.map((m) => m.RecipientTypeDetails));
    expect([...kinds].sort()).toEqual(['EquipmentMailbox', 'RoomMailbox', 'SharedMailbox', 'UserMailbox']);
    const admin = all.find((m) => m.Alias === 'admin');
    expect(admin.UserPrincipalName).toBe(`admin@${TENANT.domain}`);
    const shared = all.find((m) => m.RecipientTypeDetails === 'SharedMailbox');
    expect(shared.ProhibitSendReceiveQuota).toBe('50 GB (53,687,091,200 bytes)');
    expect(shared.RecipientType).toBe('UserMailbox');
    expect(shared.IsShared).toBe(true);
    const room = all.find((m) => m.RecipientTypeDetails === 'RoomMailbox');
    expect(room.ResourceType).toBe('Room');
    expect(all.every((m) => m.EmailAddresses.includes(`SMTP:${m.PrimarySmtpAddress}`))).toBe(true);
    const stale = all.filter((m) => Date.now() - new Date(m.WhenChanged).getTime() > 90 * 86_400_000);
    expect(stale.length).toBeGreaterThan(all.length / 10);
    expect(stale.length).toBeLessThan(all.length);
  });

  it('filters by -RecipientTypeDetails and -Anr', async () => {
    const rooms = await h.all('Get-Mailbox', { RecipientTypeDetails: ['RoomMailbox', 'EquipmentMailbox'], ResultSize: 'Unlimited' });
    expect(rooms.items.length).toBe(all.filter((m) => ['RoomMailbox', 'EquipmentMailbox'].includes(m.RecipientTypeDetails)).length);
    const bad = await h.invoke('Get-Mailbox', { RecipientTypeDetails: 'Spaceship' });
    expect(bad.status).toBe(400);
    const someone = all.find((m) => m.RecipientTypeDetails === 'UserMailbox' && m.Alias !== 'admin');
    const first = someone.DisplayName.split(' ')[0];
    const anr = await h.all('Get-Mailbox', { Anr: first.slice(0, 3), ResultSize: 'Unlimited' });
    expect(anr.items.map((m) => m.Guid)).toContain(someone.Guid);
    expect(anr.items.every((m) => [m.Name, m.DisplayName, m.Alias, m.PrimarySmtpAddress, ...m.DisplayName.split(' ')].some((v: string) => v.toLowerCase().startsWith(first.slice(0, 3).toLowerCase())))).toBe(true);
  });

  it('sorts with -SortBy and narrows with -Archive', async () => {
    const sortedRes = (await h.all('Get-Mailbox', { SortBy: 'DisplayName', ResultSize: 'Unlimited' }, 'odata.maxpagesize=100')).items;
    const names = sortedRes.map((m) => m.DisplayName.toLowerCase());
    expect(names).toEqual([...names].sort());
    expect(sortedRes).toHaveLength(all.length);
    expect((await h.invoke('Get-Mailbox', { SortBy: 'WhenCreated' })).status).toBe(400);
    const archived = (await h.all('Get-Mailbox', { Archive: true, ResultSize: 'Unlimited' })).items;
    expect(archived.length).toBe(all.filter((m) => m.ArchiveStatus === 'Active').length);
    expect(archived.length).toBeGreaterThan(0);
    expect((await h.invoke('Get-Mailbox', { InactiveMailboxOnly: true })).body.value).toEqual([]);
  });

  it('Set-Mailbox changes properties, warns for holds, and edits lists', async () => {
    const user = all.find((m) => m.RecipientTypeDetails === 'UserMailbox' && !m.LitigationHoldEnabled && m.Alias !== 'admin');
    const res = await h.invoke('Set-Mailbox', {
      Identity: user.UserPrincipalName,
      LitigationHoldEnabled: true,
      HiddenFromAddressListsEnabled: true,
      IssueWarningQuota: '1.5GB',
      ForwardingSmtpAddress: 'partner@fabrikam.com',
      EmailAddresses: { '@odata.type': '#Exchange.GenericHashTable', Add: 'smtp:extra@contoso.com' },
      CustomAttribute3: 'VIP',
    });
    expect(res.status).toBe(200);
    expect(res.body['@adminapi.warnings']).toEqual(['The hold setting may take up to 240 minutes to take effect.']);
    const m = (await h.invoke('Get-Mailbox', { Identity: 'extra@contoso.com' })).body.value[0];
    expect(m.Guid).toBe(user.Guid);
    expect(m.LitigationHoldEnabled).toBe(true);
    expect(m.RecoverableItemsQuota).toBe('100 GB (107,374,182,400 bytes)');
    expect(m.HiddenFromAddressListsEnabled).toBe(true);
    expect(m.IssueWarningQuota).toBe('1.5 GB (1,610,612,736 bytes)');
    expect(m.ForwardingSmtpAddress).toBe('smtp:partner@fabrikam.com');
    expect(m.CustomAttribute3).toBe('VIP');
    expect(Date.now() - new Date(m.WhenChanged).getTime()).toBeLessThan(60_000);
    const filtered = await h.invoke('Get-Mailbox', { Filter: "CustomAttribute3 -eq 'VIP'" });
    expect(filtered.body.value.map((x: any) => x.Guid)).toEqual([user.Guid]);
  });

  it('Set-Mailbox rejects unknown settings and bad sizes', async () => {
    const res = await h.invoke('Set-Mailbox', { Identity: 'admin', ProhibitSendQuota: 'huge' });
    expect(res.status).toBe(400);
    expect(detail(res)).toContain('ProhibitSendQuota');
  });

  it('Set-Mailbox -Type converts a mailbox', async () => {
    const user = all.filter((m) => m.RecipientTypeDetails === 'UserMailbox')[5];
    expect((await h.invoke('Set-Mailbox', { Identity: user.Alias, Type: 'Shared' })).status).toBe(200);
    const m = (await h.invoke('Get-Mailbox', { Identity: user.Alias })).body.value[0];
    expect(m.RecipientTypeDetails).toBe('SharedMailbox');
    expect(m.IsShared).toBe(true);
  });

  it('New-Mailbox creates shared, room and user mailboxes and refuses duplicates', async () => {
    const shared = await h.invoke('New-Mailbox', { Shared: true, Name: 'Sales Department', DisplayName: 'Sales Department', Alias: 'Sales' });
    expect(shared.status).toBe(200);
    expect(shared.body.value[0]).toMatchObject({ Name: 'Sales Department', Alias: 'Sales', RecipientTypeDetails: 'SharedMailbox', PrimarySmtpAddress: `Sales@${TENANT.domain}` });
    const room = await h.invoke('New-Mailbox', { Room: true, Name: 'Fjord Room', ResourceCapacity: 10 });
    expect(room.body.value[0]).toMatchObject({ RecipientTypeDetails: 'RoomMailbox', ResourceCapacity: 10 });
    const user = await h.invoke('New-Mailbox', { Name: 'Ada Lovelace', MicrosoftOnlineServicesID: `ada@${TENANT.domain}`, Password: 'encrypted', FirstName: 'Ada', LastName: 'Lovelace' });
    expect(user.body.value[0]).toMatchObject({ RecipientTypeDetails: 'UserMailbox', UserPrincipalName: `ada@${TENANT.domain}` });
    const again = await h.invoke('New-Mailbox', { Shared: true, Name: 'Sales Department' });
    expect(again.status).toBe(400);
    expect(detail(again)).toContain('The name "Sales Department" is already being used.');
    const noId = await h.invoke('New-Mailbox', { Name: 'Nobody' });
    expect(noId.status).toBe(400);
    expect((await h.invoke('Get-Mailbox', { Identity: `Sales@${TENANT.domain}` })).body.value[0].Name).toBe('Sales Department');
    expect((await h.invoke('Get-Recipient', { Anr: 'Ada' })).body.value.map((r: any) => r.Alias)).toContain('ada');
  });

  it('Remove-Mailbox soft-deletes', async () => {
    const victim = all.filter((m) => m.RecipientTypeDetails === 'UserMailbox')[7];
    expect((await h.invoke('Remove-Mailbox', { Identity: victim.Guid, Confirm: false })).status).toBe(200);
    expect((await h.invoke('Get-Mailbox', { Identity: victim.Guid })).status).toBe(404);
    const soft = await h.invoke('Get-Mailbox', { Identity: victim.Guid, SoftDeletedMailbox: true });
    expect(soft.body.value[0]).toMatchObject({ Guid: victim.Guid, IsSoftDeletedByRemove: true, IsInactiveMailbox: false });
  });

  it('Get-MailboxStatistics reports sizes in the service form, and the archive only when active', async () => {
    const res = await h.invoke('Get-MailboxStatistics', { Identity: 'admin' });
    const s = res.body.value[0];
    expect(s.TotalItemSize).toMatch(/^\d+(\.\d{1,3})? (B|KB|MB|GB) \([\d,]+ bytes\)$/);
    expect(s.ItemCount).toBeGreaterThan(0);
    const admin = all.find((m) => m.Alias === 'admin');
    expect(s.MailboxGuid).toBe(admin.ExchangeGuid);
    expect(s.OwnerADGuid).toBe(admin.Guid);
    expect(s.ExternalDirectoryOrganizationId).toBe(TENANT.tenantId);
    const noArchive = all.find((m) => m.ArchiveStatus === 'None');
    const arch = await h.invoke('Get-MailboxStatistics', { Identity: noArchive.Guid, Archive: true });
    expect(arch.status).toBe(400);
    expect(detail(arch)).toContain("The user hasn't logged on to mailbox");
    const withArchive = all.find((m) => m.ArchiveStatus === 'Active');
    const a = await h.invoke('Get-MailboxStatistics', { Identity: withArchive.Guid, Archive: true });
    expect(a.body.value[0].DisplayName).toBe(`In-Place Archive -${withArchive.DisplayName}`);
  });

  it('Get-MailboxFolderStatistics splits the mailbox across its folders', async () => {
    const stats = (await h.invoke('Get-MailboxStatistics', { Identity: 'admin' })).body.value[0];
    const res = await h.invoke('Get-MailboxFolderStatistics', { Identity: 'admin' });
    const rows = res.body.value;
    expect(rows.map((r: any) => r.Name)).toEqual(expect.arrayContaining(['Inbox', 'Sent Items', 'Calendar', 'Deleted Items']));
    const sum = rows.slice(1).reduce((n: number, r: any) => n + r.ItemsInFolder, 0);
    expect(sum).toBe(stats.ItemCount);
    const bytes = (s: string) => Number(/\(([\d,]+) bytes\)/.exec(s)![1]!.replace(/,/g, ''));
    expect(rows.slice(1).reduce((n: number, r: any) => n + bytes(r.FolderSize), 0)).toBe(bytes(stats.TotalItemSize));
    const inbox = await h.invoke('Get-MailboxFolderStatistics', { Identity: 'admin', FolderScope: 'Inbox' });
    expect(inbox.body.value.map((r: any) => r.FolderType)).toEqual(['Inbox']);
  });
});
