import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detail, harness, TENANT, type Harness } from './helpers.js';

describe('permission cmdlets', () => {
  let h: Harness;
  let shared: any;
  let user: any;
  beforeAll(async () => {
    h = await harness({ mailboxes: 300 });
    const all = (await h.all('Get-Mailbox', { ResultSize: 'Unlimited' })).items;
    shared = all.find((m) => m.RecipientTypeDetails === 'SharedMailbox');
    user = all.find((m) => m.RecipientTypeDetails === 'UserMailbox' && m.Alias !== 'admin');
  });
  afterAll(() => h.service.close());

  it('shows SELF on every mailbox and seeded delegates on shared ones', async () => {
    const own = (await h.invoke('Get-MailboxPermission', { Identity: user.Alias })).body.value;
    expect(own).toEqual([expect.objectContaining({ Identity: user.Name, User: 'NT AUTHORITY\\SELF', AccessRights: ['FullAccess', 'ReadPermission'], IsInherited: false, Deny: false })]);
    const sharedAces = (await h.invoke('Get-MailboxPermission', { Identity: shared.Alias })).body.value;
    expect(sharedAces.length).toBeGreaterThan(1);
    expect(sharedAces.slice(1).every((a: any) => a.User.endsWith(`@${TENANT.domain}`) && a.AccessRights.includes('FullAccess'))).toBe(true);
  });

  it('adds and removes FullAccess', async () => {
    const add = await h.invoke('Add-MailboxPermission', { Identity: user.Alias, User: 'admin', AccessRights: 'FullAccess', AutoMapping: false });
    expect(add.status).toBe(200);
    expect(add.body.value[0]).toMatchObject({ User: `admin@${TENANT.domain}`, AccessRights: ['FullAccess'] });
    const twice = await h.invoke('Add-MailboxPermission', { Identity: user.Alias, User: 'admin', AccessRights: 'FullAccess' });
    expect(twice.body['@adminapi.warnings'][0]).toContain('already present');
    const mine = (await h.invoke('Get-MailboxPermission', { Identity: user.Alias, User: `admin@${TENANT.domain}` })).body.value;
    expect(mine).toHaveLength(1);
    expect((await h.invoke('Remove-MailboxPermission', { Identity: user.Alias, User: 'admin', AccessRights: 'FullAccess', Confirm: false })).status).toBe(200);
    expect((await h.invoke('Get-MailboxPermission', { Identity: user.Alias, User: 'admin' })).body.value).toEqual([]);
    const none = await h.invoke('Remove-MailboxPermission', { Identity: user.Alias, User: 'admin', AccessRights: 'FullAccess' });
    expect(none.body['@adminapi.warnings'][0]).toContain("because the ACE doesn't exist on the object");
    const bad = await h.invoke('Add-MailboxPermission', { Identity: user.Alias, User: 'admin', AccessRights: 'Everything' });
    expect(bad.status).toBe(400);
    expect(detail(bad)).toContain('ChangeOwner, ChangePermission, DeleteItem, ExternalAccount, FullAccess, ReadPermission');
    const ghost = await h.invoke('Add-MailboxPermission', { Identity: user.Alias, User: 'ghost@contoso.com', AccessRights: 'FullAccess' });
    expect(ghost.status).toBe(404);
  });

  it('grants SendAs through recipient permissions', async () => {
    const before = (await h.invoke('Get-RecipientPermission', { Identity: user.Alias })).body.value;
    expect(before).toEqual([expect.objectContaining({ Trustee: 'NT AUTHORITY\\SELF', AccessControlType: 'Allow', AccessRights: ['SendAs'] })]);
    const add = await h.invoke('Add-RecipientPermission', { Identity: user.Alias, Trustee: 'admin', AccessRights: 'SendAs', Confirm: false });
    expect(add.status).toBe(200);
    expect(add.body.value[0].Trustee).toMatch(/^[0-9a-f-]{36}$/);
    const after = (await h.invoke('Get-RecipientPermission', { Identity: user.Alias, Trustee: 'admin' })).body.value;
    expect(after).toEqual([expect.objectContaining({ Trustee: `admin@${TENANT.domain}`, AccessRights: ['SendAs'] })]);
    const byTrustee = (await h.all('Get-RecipientPermission', { Trustee: 'admin', ResultSize: 'Unlimited' })).items;
    expect(byTrustee.map((a) => a.Identity)).toContain(user.Name);
    const bad = await h.invoke('Add-RecipientPermission', { Identity: user.Alias, Trustee: 'admin', AccessRights: 'FullAccess' });
    expect(bad.status).toBe(400);
    expect((await h.invoke('Remove-RecipientPermission', { Identity: user.Alias, Trustee: 'admin', AccessRights: 'SendAs', Confirm: false })).status).toBe(200);
    expect((await h.invoke('Get-RecipientPermission', { Identity: user.Alias, Trustee: 'admin' })).body.value).toEqual([]);
  });

  it('adds calendar permissions and refuses a second entry for the same user', async () => {
    const id = `${user.PrimarySmtpAddress}:\\Calendar`;
    const add = await h.invoke('Add-MailboxFolderPermission', { Identity: id, User: 'admin', AccessRights: 'Editor', SharingPermissionFlags: 'Delegate' });
    expect(add.status).toBe(200);
    expect(add.body.value[0]).toMatchObject({ FolderName: 'Calendar', User: 'MOD Administrator', AccessRights: ['Editor'], SharingPermissionFlags: 'Delegate' });
    const list = (await h.invoke('Get-MailboxFolderPermission', { Identity: id, User: 'admin' })).body.value;
    expect(list).toHaveLength(1);
    const again = await h.invoke('Add-MailboxFolderPermission', { Identity: id, User: 'admin', AccessRights: 'Reviewer' });
    expect(again.status).toBe(400);
    expect(detail(again)).toContain('An existing permission entry was found for user: MOD Administrator.');
    const badRole = await h.invoke('Add-MailboxFolderPermission', { Identity: `${user.PrimarySmtpAddress}:\\Inbox`, User: 'admin', AccessRights: 'Overlord' });
    expect(badRole.status).toBe(400);
  });

  it('reads and sets CAS protocol settings', async () => {
    const set = await h.invoke('Set-CASMailbox', { Identity: user.Alias, PopEnabled: false, ImapEnabled: false, ActiveSyncBlockedDeviceIDs: { Add: 'DEV1' } });
    expect(set.status).toBe(200);
    const cas = (await h.invoke('Get-CASMailbox', { Identity: user.Alias })).body.value[0];
    expect(cas).toMatchObject({ PopEnabled: false, ImapEnabled: false, OWAEnabled: true, ActiveSyncBlockedDeviceIDs: ['DEV1'] });
    const off = await h.all('Get-CASMailbox', { Filter: 'PopEnabled -eq $false', ResultSize: 'Unlimited' });
    expect(off.items.map((c) => c.Guid)).toContain(user.Guid);
    expect(off.items.every((c) => c.PopEnabled === false)).toBe(true);
    const bad = await h.invoke('Set-CASMailbox', { Identity: user.Alias, TeleportEnabled: true });
    expect(bad.status).toBe(400);
  });

  it('reads and sets automatic replies', async () => {
    const set = await h.invoke('Set-MailboxAutoReplyConfiguration', {
      Identity: user.Alias,
      AutoReplyState: 'Scheduled',
      StartTime: '2030-01-01T08:00:00',
      EndTime: '2030-01-05T17:00:00',
      InternalMessage: 'Away',
      ExternalAudience: 'Known',
    });
    expect(set.status).toBe(200);
    const cfg = (await h.invoke('Get-MailboxAutoReplyConfiguration', { Identity: user.Alias })).body.value[0];
    expect(cfg).toMatchObject({ AutoReplyState: 'Scheduled', InternalMessage: 'Away', ExternalAudience: 'Known' });
    expect(cfg.StartTime).toBe('2030-01-01T08:00:00.0000000+00:00');
    const bad = await h.invoke('Set-MailboxAutoReplyConfiguration', { Identity: user.Alias, AutoReplyState: 'Sometimes' });
    expect(bad.status).toBe(400);
    const backwards = await h.invoke('Set-MailboxAutoReplyConfiguration', { Identity: user.Alias, AutoReplyState: 'Scheduled', StartTime: '2030-02-01', EndTime: '2030-01-01' });
    expect(backwards.status).toBe(400);
  });
});
