import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detail, harness, TENANT, type Harness } from './helpers.js';

describe('-Identity resolution', () => {
  let h: Harness;
  let mailboxes: any[];
  let target: any;
  beforeAll(async () => {
    h = await harness({ mailboxes: 2000 });
    mailboxes = (await h.all('Get-Mailbox', { ResultSize: 'Unlimited' }, 'odata.maxpagesize=1000')).items;
    const counts = new Map<string, number>();
    for (const m of mailboxes) counts.set(m.DisplayName, (counts.get(m.DisplayName) ?? 0) + 1);
    target = mailboxes.find((m) => m.RecipientTypeDetails === 'UserMailbox' && counts.get(m.DisplayName) === 1 && m.Alias !== 'admin');
  }, 120_000);
  afterAll(() => h.service.close());

  const resolves = async (identity: string) => {
    const res = await h.invoke('Get-Mailbox', { Identity: identity });
    expect(res.status, `${identity}: ${JSON.stringify(res.body).slice(0, 300)}`).toBe(200);
    expect(res.body.value).toHaveLength(1);
    expect(res.body.value[0].Guid).toBe(target.Guid);
  };

  it('accepts every identity form of a mailbox', async () => {
    const smtp = target.EmailAddresses.map((e: string) => e.slice(e.indexOf(':') + 1));
    const forms = [
      target.Name,
      target.Alias.toUpperCase(),
      target.DisplayName,
      target.UserPrincipalName,
      target.PrimarySmtpAddress,
      ...smtp.filter((s: string) => s.includes('@') && !s.startsWith('SPO_')),
      target.Guid,
      target.ExchangeObjectId,
      target.ExternalDirectoryObjectId,
      target.ExchangeGuid,
      target.DistinguishedName,
      target.LegacyExchangeDN,
      target.SamAccountName,
      `contoso\\${target.Alias}`,
    ];
    expect(smtp.some((s: string) => s.endsWith('@contoso.onmicrosoft.com'))).toBe(true);
    for (const form of forms) await resolves(form);
  });

  it('says which object was not found, echoing the input', async () => {
    for (const input of ['nobody@contoso.com', 'no such person', '7d6b2a1e-0000-4000-8000-000000000000', 'CN=ghost,OU=contoso.onmicrosoft.com']) {
      const res = await h.invoke('Get-Mailbox', { Identity: input });
      expect(res.status).toBe(404);
      expect(res.headers!['x-exceptiontype']).toBe('ManagementObjectNotFoundException');
      expect(detail(res)).toMatch(new RegExp(`^Ex6F9304\\|Microsoft\\.Exchange\\.Configuration\\.Tasks\\.ManagementObjectNotFoundException\\|The operation couldn't be performed because object '${input.replace(/[.\\]/g, '\\$&')}' couldn't be found on '[A-Z0-9]+DC\\d+\\.[A-Z0-9]+\\.PROD\\.OUTLOOK\\.COM'\\.$`));
    }
  });

  it('refuses an ambiguous display name on writes and reads', async () => {
    const counts = new Map<string, number>();
    for (const m of mailboxes) counts.set(m.DisplayName, (counts.get(m.DisplayName) ?? 0) + 1);
    const dup = [...counts].find(([, n]) => n > 1)![0];
    const res = await h.invoke('Set-Mailbox', { Identity: dup, Office: 'Dublin' });
    expect(res.status).toBe(400);
    expect(detail(res)).toBe(`Ex9E65A2|Microsoft.Exchange.Configuration.Tasks.ManagementObjectAmbiguousException|The operation couldn't be performed because object: '${dup}' matches multiple entries.`);
    const get = await h.invoke('Get-Mailbox', { Identity: dup });
    expect(get.status).toBe(400);
  });

  it('expands wildcards in Get- identities', async () => {
    const res = await h.invoke('Get-Mailbox', { Identity: `${target.Alias.slice(0, 4)}*`, ResultSize: 'Unlimited' });
    expect(res.status).toBe(200);
    expect(res.body.value.map((m: any) => m.Guid)).toContain(target.Guid);
    expect(res.body.value.every((m: any) => [m.Name, m.Alias, m.DisplayName, m.PrimarySmtpAddress].some((v: string) => v.toLowerCase().startsWith(target.Alias.slice(0, 4))))).toBe(true);
  });

  it('treats a $null identity as no identity', async () => {
    const res = await h.invoke('Get-Mailbox', { Identity: null, ResultSize: 3 });
    expect(res.body.value).toHaveLength(3);
  });

  it('resolves mailbox:\\folder identities for folder cmdlets', async () => {
    const res = await h.invoke('Get-MailboxFolderPermission', { Identity: `${target.UserPrincipalName}:\\Calendar` });
    expect(res.status).toBe(200);
    expect(res.body.value.map((a: any) => a.User).slice(0, 2)).toEqual(['Default', 'Anonymous']);
    expect(res.body.value[0].AccessRights).toEqual(['AvailabilityOnly']);
    const missing = await h.invoke('Get-MailboxFolderPermission', { Identity: `${target.UserPrincipalName}:\\NoSuchFolder` });
    expect(missing.status).toBe(404);
  });

  it('resolves groups by name, alias, address and GUID', async () => {
    const groups = (await h.invoke('Get-DistributionGroup', { ResultSize: 1 })).body.value;
    const g = groups[0];
    for (const form of [g.Name, g.Alias, g.PrimarySmtpAddress, g.Guid]) {
      const res = await h.invoke('Get-DistributionGroup', { Identity: form });
      expect(res.body.value[0].Guid).toBe(g.Guid);
    }
    expect(TENANT.domain).toBe('contoso.com');
  });
});
