import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detail, harness, TENANT, type Harness } from './helpers.js';

describe('groups, organization and mail flow cmdlets', () => {
  let h: Harness;
  let users: any[];
  beforeAll(async () => {
    h = await harness({ mailboxes: 200 });
    users = (await h.all('Get-Mailbox', { RecipientTypeDetails: 'UserMailbox', ResultSize: 'Unlimited' })).items;
  });
  afterAll(() => h.service.close());

  it('lists seeded distribution groups with their members', async () => {
    const groups = (await h.invoke('Get-DistributionGroup', { ResultSize: 'Unlimited' })).body.value;
    expect(groups.length).toBe(10);
    expect(groups[0]).toMatchObject({ Name: 'All Staff', GroupType: 'Universal', RecipientTypeDetails: 'MailUniversalDistributionGroup', PrimarySmtpAddress: `AllStaff@${TENANT.domain}` });
    const members = (await h.invoke('Get-DistributionGroupMember', { Identity: 'All Staff' })).body.value;
    expect(members.length).toBeGreaterThanOrEqual(3);
    expect(members.every((m: any) => m.RecipientType === 'UserMailbox')).toBe(true);
    const byName = (await h.invoke('Get-DistributionGroup', { SortBy: 'Name', ResultSize: 'Unlimited' })).body.value.map((g: any) => g.Name.toLowerCase());
    expect(byName).toEqual([...byName].sort());
    const security = await h.invoke('Get-DistributionGroup', { RecipientTypeDetails: 'MailUniversalSecurityGroup', ResultSize: 'Unlimited' });
    expect(security.body.value.every((g: any) => g.GroupType === 'Universal, SecurityEnabled')).toBe(true);
  });

  it('creates a group, changes its members and removes it', async () => {
    const [a, b] = users.slice(3, 5);
    const made = await h.invoke('New-DistributionGroup', { Name: 'Project Falcon', Type: 'Security', Members: [a.Alias], ManagedBy: 'admin' });
    expect(made.status).toBe(200);
    expect(made.body.value[0]).toMatchObject({ Name: 'Project Falcon', GroupType: 'Universal, SecurityEnabled', ManagedBy: ['admin'] });
    expect((await h.invoke('Add-DistributionGroupMember', { Identity: 'Project Falcon', Member: b.PrimarySmtpAddress, Confirm: false })).status).toBe(200);
    const dup = await h.invoke('Add-DistributionGroupMember', { Identity: 'Project Falcon', Member: b.Alias });
    expect(dup.status).toBe(400);
    expect(detail(dup)).toContain('is already a member of the group');
    let members = (await h.invoke('Get-DistributionGroupMember', { Identity: 'ProjectFalcon' })).body.value.map((m: any) => m.Alias);
    expect(members).toEqual([a.Alias, b.Alias]);
    expect((await h.invoke('Remove-DistributionGroupMember', { Identity: 'Project Falcon', Member: a.Alias, Confirm: false })).status).toBe(200);
    members = (await h.invoke('Get-DistributionGroupMember', { Identity: 'Project Falcon' })).body.value.map((m: any) => m.Alias);
    expect(members).toEqual([b.Alias]);
    const notMember = await h.invoke('Remove-DistributionGroupMember', { Identity: 'Project Falcon', Member: a.Alias });
    expect(notMember.status).toBe(400);
    const clash = await h.invoke('New-DistributionGroup', { Name: 'Project Falcon' });
    expect(clash.status).toBe(400);
    expect((await h.invoke('Get-Recipient', { Identity: 'Project Falcon' })).body.value[0].RecipientTypeDetails).toBe('MailUniversalSecurityGroup');
    expect((await h.invoke('Remove-DistributionGroup', { Identity: 'Project Falcon', Confirm: false })).status).toBe(200);
    expect((await h.invoke('Get-DistributionGroup', { Identity: 'Project Falcon' })).status).toBe(404);
  });

  it('lists Microsoft 365 groups and filters them', async () => {
    const all = (await h.invoke('Get-UnifiedGroup', { ResultSize: 'Unlimited' })).body.value;
    expect(all.length).toBe(5);
    expect(all[0]).toMatchObject({ RecipientTypeDetails: 'GroupMailbox' });
    expect(all[0].SharePointSiteUrl).toMatch(/^https:\/\/contoso\.sharepoint\.com\/sites\//);
    const teams = (await h.invoke('Get-UnifiedGroup', { Filter: "ResourceProvisioningOptions -eq 'Team'" })).body.value;
    expect(teams.length).toBe(all.filter((g: any) => g.ResourceProvisioningOptions.includes('Team')).length);
    const one = await h.invoke('Get-UnifiedGroup', { Identity: all[1].PrimarySmtpAddress });
    expect(one.body.value[0].ExternalDirectoryObjectId).toBe(all[1].ExternalDirectoryObjectId);
  });

  it('Get-Recipient covers mailboxes and groups, by type', async () => {
    const all = await h.all('Get-Recipient', { ResultSize: 'Unlimited' }, 'odata.maxpagesize=100');
    const types = new Set(all.items.map((r) => r.RecipientTypeDetails));
    expect(types).toEqual(new Set(['UserMailbox', 'SharedMailbox', 'RoomMailbox', 'EquipmentMailbox', 'MailUniversalDistributionGroup', 'MailUniversalSecurityGroup', 'GroupMailbox']));
    expect(new Set(all.items.map((r) => r.Guid)).size).toBe(all.items.length);
    const groups = await h.invoke('Get-Recipient', { RecipientType: 'MailUniversalDistributionGroup', ResultSize: 'Unlimited' });
    expect(groups.body.value.every((r: any) => r.RecipientType === 'MailUniversalDistributionGroup')).toBe(true);
    const contradiction = await h.invoke('Get-Recipient', { RecipientType: 'UserMailbox', RecipientTypeDetails: 'GroupMailbox' });
    expect(detail(contradiction)).toContain('None of the specified RecipientTypeDetails are included in any specified recipient type.');
    const dept = users.find((u) => u.Alias !== 'admin');
    const byDept = await h.invoke('Get-Recipient', { Identity: dept.Alias });
    const filtered = await h.all('Get-Recipient', { Filter: `Department -eq '${byDept.body.value[0].Department}'`, ResultSize: 'Unlimited' });
    expect(filtered.items.map((r) => r.Guid)).toContain(dept.Guid);
  });

  it('returns mobile devices per mailbox and across the tenant', async () => {
    const owners = (await h.all('Get-MobileDevice', { ResultSize: 'Unlimited' })).items;
    expect(owners.length).toBeGreaterThan(0);
    const d = owners[0];
    expect(d.Identity).toMatch(/\\ExchangeActiveSyncDevices\\(REST|EAS)\u00a7(Outlook|EAS)\u00a7[0-9a-f]{32}$/);
    const owner = d.Identity.split('\\')[0];
    const mine = (await h.invoke('Get-MobileDevice', { Mailbox: owner })).body.value;
    expect(mine.map((x: any) => x.DeviceId)).toContain(d.DeviceId);
    const byId = (await h.invoke('Get-MobileDevice', { Identity: d.Identity })).body.value;
    expect(byId[0].DeviceId).toBe(d.DeviceId);
  });

  it('returns the organization config and accepted domains', async () => {
    const org = (await h.invoke('Get-OrganizationConfig')).body.value[0];
    expect(org).toMatchObject({ Name: 'contoso.onmicrosoft.com', OAuth2ClientProfileEnabled: true, IsDehydrated: false });
    const domains = (await h.invoke('Get-AcceptedDomain')).body.value;
    expect(domains.map((d: any) => d.DomainName)).toEqual(['contoso.onmicrosoft.com', 'contoso.com', 'contoso.mail.onmicrosoft.com']);
    expect(domains.filter((d: any) => d.Default).map((d: any) => d.DomainName)).toEqual(['contoso.com']);
    expect((await h.invoke('Get-AcceptedDomain', { Identity: 'contoso.com' })).body.value).toHaveLength(1);
    expect((await h.invoke('Get-AcceptedDomain', { Identity: 'fabrikam.com' })).status).toBe(404);
  });

  it('manages transport rules with priorities', async () => {
    const seeded = (await h.invoke('Get-TransportRule')).body.value;
    expect(seeded.map((r: any) => r.Priority)).toEqual([0, 1, 2]);
    const made = await h.invoke('New-TransportRule', { Name: 'Block zip', AttachmentExtensionMatchesWords: ['zip'], RejectMessageReasonText: 'No zip', Priority: 1, Mode: 'Audit' });
    expect(made.status).toBe(200);
    expect(made.body.value[0]).toMatchObject({ Name: 'Block zip', Priority: 1, State: 'Enabled', Mode: 'Audit' });
    let rules = (await h.invoke('Get-TransportRule')).body.value;
    expect(rules.map((r: any) => [r.Name, r.Priority])).toEqual([[seeded[0].Name, 0], ['Block zip', 1], [seeded[1].Name, 2], [seeded[2].Name, 3]]);
    expect((await h.invoke('Set-TransportRule', { Identity: 'Block zip', Enabled: false })).status).toBe(400);
    expect((await h.invoke('Set-TransportRule', { Identity: 'Block zip', Comments: 'paused', Priority: 3 })).status).toBe(200);
    rules = (await h.invoke('Get-TransportRule')).body.value;
    expect(rules.map((r: any) => r.Name)).toEqual([seeded[0].Name, seeded[1].Name, seeded[2].Name, 'Block zip']);
    expect(rules[3].Comments).toBe('paused');
    expect((await h.invoke('Disable-TransportRule', { Identity: 'Block zip', Confirm: false })).status).toBe(200);
    const disabled = (await h.invoke('Get-TransportRule', { State: 'Disabled' })).body.value.map((r: any) => r.Name);
    expect(disabled).toContain('Block zip');
    expect((await h.invoke('Enable-TransportRule', { Identity: 'Block zip', Mode: 'Enforce' })).status).toBe(200);
    expect((await h.invoke('Get-TransportRule', { Identity: 'Block zip' })).body.value[0]).toMatchObject({ State: 'Enabled', Mode: 'Enforce' });
    const described = (await h.invoke('Get-TransportRule', { Filter: "Description -like '*zip*'" })).body.value;
    expect(described.map((r: any) => r.Name)).toEqual(['Block zip']);
    expect((await h.invoke('Remove-TransportRule', { Identity: 'Block zip', Confirm: false })).status).toBe(200);
    rules = (await h.invoke('Get-TransportRule')).body.value;
    expect(rules.map((r: any) => r.Name)).toEqual(seeded.map((r: any) => r.Name));
    expect(rules.map((r: any) => r.Priority)).toEqual([0, 1, 2]);
    const badPriority = await h.invoke('New-TransportRule', { Name: 'Far', Priority: 9 });
    expect(badPriority.status).toBe(400);
  });

  it('returns inbox rules of a mailbox', async () => {
    let found: any[] = [];
    for (const u of users) {
      found = (await h.invoke('Get-InboxRule', { Mailbox: u.Alias })).body.value;
      if (found.length) break;
    }
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toMatchObject({ Priority: 1, InError: false });
    expect(found[0].RuleIdentity).toMatch(/^\d+$/);
    const one = (await h.invoke('Get-InboxRule', { Mailbox: found[0].MailboxOwnerId, Identity: found[0].RuleIdentity })).body.value;
    expect(one[0].Name).toBe(found[0].Name);
  });

  it('traces messages of the last 48 hours by default, newest first, with filters and limits', async () => {
    const res = await h.invoke('Get-MessageTraceV2');
    const rows = res.body.value;
    expect(rows.length).toBeGreaterThan(0);
    const received = rows.map((r: any) => new Date(r.Received).getTime());
    expect([...received].sort((x, y) => y - x)).toEqual(received);
    expect(received.every((t: number) => Date.now() - t <= 48 * 3_600_000 + 60_000)).toBe(true);
    const sender = rows[0].SenderAddress;
    const bySender = (await h.invoke('Get-MessageTraceV2', { SenderAddress: sender })).body.value;
    expect(bySender.every((r: any) => r.SenderAddress === sender)).toBe(true);
    const limited = (await h.invoke('Get-MessageTraceV2', { ResultSize: 2 })).body.value;
    expect(limited).toHaveLength(2);
    const again = (await h.invoke('Get-MessageTraceV2')).body.value;
    expect(again[rows.length - 1].MessageTraceId).toBe(rows[rows.length - 1].MessageTraceId);
    const tooLong = await h.invoke('Get-MessageTraceV2', { StartDate: new Date(Date.now() - 20 * 86_400_000).toISOString(), EndDate: new Date().toISOString() });
    expect(tooLong.status).toBe(400);
  });
});
