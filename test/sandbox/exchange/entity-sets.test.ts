import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, TENANT, type Harness } from './helpers.js';

const base = `/adminapi/beta/${TENANT.tenantId}`;
const b64 = (s: string) => encodeURIComponent(Buffer.from(s, 'utf8').toString('base64'));
const MINIMUM = ['Alias', 'DisplayName', 'DistinguishedName', 'EmailAddresses', 'ExchangeVersion', 'ExternalDirectoryObjectId', 'Guid', 'Id', 'Identity', 'Name', 'OrganizationId', 'PrimarySmtpAddress', 'RecipientType', 'RecipientTypeDetails', 'UserPrincipalName'];

describe('Get-EXO* entity sets', () => {
  let h: Harness;
  const admin = `admin@${TENANT.domain}`;
  beforeAll(async () => {
    h = await harness({ mailboxes: 250 });
  });
  afterAll(() => h.service.close());

  it('returns the Minimum property set by default, 100 per page, with a nextLink that keeps the query', async () => {
    const res = await h.get(`${base}/Mailbox?PropertySet=Minimum`, { role: 'read-only' });
    expect(res.status).toBe(200);
    expect(res.body['@odata.context']).toBe(`https://127.0.0.1:8443${base}/$metadata#Mailbox`);
    expect(res.body.value).toHaveLength(100);
    expect(Object.keys(res.body.value[0]).sort()).toEqual([...MINIMUM].sort());
    const next = new URL(res.body['@odata.nextLink']);
    expect(next.searchParams.get('PropertySet')).toBe('Minimum');
    let count = res.body.value.length;
    let url: string | undefined = res.body['@odata.nextLink'];
    while (url) {
      const page = await h.get(url.replace('https://127.0.0.1:8443', ''));
      count += page.body.value.length;
      url = page.body['@odata.nextLink'];
    }
    expect(count).toBe(250);
  });

  it('honours maxpagesize and $top', async () => {
    const res = await h.get(`${base}/Mailbox?$top=30`, { prefer: 'odata.maxpagesize=20' });
    expect(res.body.value).toHaveLength(20);
    const second = await h.get(res.body['@odata.nextLink'].replace('https://127.0.0.1:8443', ''), { prefer: 'odata.maxpagesize=20' });
    expect(second.body.value).toHaveLength(10);
    expect(second.body['@odata.nextLink']).toBeUndefined();
  });

  it('adds property sets and $select to Minimum', async () => {
    const quota = (await h.get(`${base}/Mailbox?PropertySet=Minimum,Quota&$top=1`)).body.value[0];
    expect(quota.ProhibitSendQuota).toMatch(/ GB \(/);
    expect(quota.Alias).toBeDefined();
    const selected = (await h.get(`${base}/Mailbox?$select=WhenChanged,ProhibitSendQuota&$top=1`)).body.value[0];
    expect(Object.keys(selected).sort()).toEqual([...MINIMUM, 'WhenChanged', 'ProhibitSendQuota'].sort());
    expect(selected.WhenChanged).toMatch(/^\d{4}-\d\d-\d\dT/);
    const all = (await h.get(`${base}/Mailbox?PropertySet=All&$top=1`)).body.value[0];
    expect(Object.keys(all).length).toBeGreaterThan(200);
    expect((await h.get(`${base}/Mailbox?$select=Colour`)).status).toBe(400);
    expect((await h.get(`${base}/Mailbox?PropertySet=Everything`)).status).toBe(400);
  });

  it('looks up one mailbox by a base64 or plain key', async () => {
    const enc = await h.get(`${base}/Mailbox('${b64(admin)}')?isEncoded=true`);
    expect(enc.status).toBe(200);
    expect(enc.body['@odata.context']).toMatch(/#Mailbox\/\$entity$/);
    expect(enc.body.UserPrincipalName).toBe(admin);
    // A base64 key may hold `/`; a server that decodes the path before routing must not split it.
    const slashKey = Buffer.from(admin, 'utf8').toString('base64');
    const decoded = await h.get(`${base}/Mailbox('${slashKey}')?isEncoded=true`);
    expect(decoded.body.Guid).toBe(enc.body.Guid);
    const withSlash = (await h.get(`${base}/Mailbox('${Buffer.from('???', 'utf8').toString('base64')}')?isEncoded=true`));
    expect(Buffer.from('???', 'utf8').toString('base64')).toContain('/');
    expect(withSlash.status).toBe(404);
    const plain = await h.get(`${base}/Mailbox('${admin}')`);
    expect(plain.body.Guid).toBe(enc.body.Guid);
    const missing = await h.get(`${base}/Mailbox('${b64('ghost@contoso.com')}')?isEncoded=true`);
    expect(missing.status).toBe(404);
  });

  it('applies OData $filter as the client translates OPATH', async () => {
    const res = await h.get(`${base}/Mailbox?$filter=${encodeURIComponent("startswith(DisplayName,'A') and RecipientTypeDetails eq 'UserMailbox'")}&PropertySet=Minimum`);
    expect(res.status).toBe(200);
    expect(res.body.value.length).toBeGreaterThan(0);
    expect(res.body.value.every((m: any) => m.DisplayName.startsWith('A') && m.RecipientTypeDetails === 'UserMailbox')).toBe(true);
    const any = await h.get(`${base}/Mailbox?$filter=${encodeURIComponent(`EmailAddresses/any(d:d eq 'SMTP:${admin}')`)}`);
    expect(any.body.value.map((m: any) => m.Alias)).toEqual(['admin']);
    const not = await h.get(`${base}/Recipient?$filter=${encodeURIComponent("not (RecipientTypeDetails eq 'UserMailbox')")}&$top=500`);
    expect(not.body.value.every((r: any) => r.RecipientTypeDetails !== 'UserMailbox')).toBe(true);
    const opath = await h.get(`${base}/Mailbox?Filter=${encodeURIComponent("RecipientTypeDetails -eq 'SharedMailbox'")}&$top=500`);
    expect(opath.body.value.length).toBeGreaterThan(0);
    expect(opath.body.value.every((m: any) => m.RecipientTypeDetails === 'SharedMailbox')).toBe(true);
    expect((await h.get(`${base}/Mailbox?Filter=${encodeURIComponent("Alias -eq")}`)).status).toBe(400);
    expect((await h.get(`${base}/Mailbox?$filter=${encodeURIComponent("DisplayName eq")}`)).status).toBe(400);
    expect((await h.get(`${base}/Mailbox?$filter=${encodeURIComponent("Colour eq 'red'")}`)).status).toBe(400);
  });

  it('serves the Anr and RecipientTypeDetails options', async () => {
    const rooms = await h.get(`${base}/Mailbox?RecipientTypeDetails=RoomMailbox,EquipmentMailbox&$top=1000`);
    expect(rooms.body.value.length).toBeGreaterThan(0);
    expect(rooms.body.value.every((m: any) => ['RoomMailbox', 'EquipmentMailbox'].includes(m.RecipientTypeDetails))).toBe(true);
    const anr = await h.get(`${base}/Mailbox?Anr=adm`);
    expect(anr.body.value.map((m: any) => m.Alias)).toContain('admin');
  });

  it('serves mailbox statistics, permissions, folders and devices', async () => {
    const stats = (await h.get(`${base}/Mailbox('${b64(admin)}')/Exchange.GetMailboxStatistics()?isEncoded=true`)).body.value[0];
    expect(Object.keys(stats).sort()).toEqual(['DeletedItemCount', 'DisplayName', 'ItemCount', 'MailboxGuid', 'TotalDeletedItemSize', 'TotalItemSize']);
    const byGuid = (await h.get(`${base}/Mailbox/Exchange.GetMailboxStatisticsV2(mailboxGuid=${stats.MailboxGuid},databaseGuid=null)`)).body.value[0];
    expect(byGuid).toEqual(stats);
    const full = (await h.get(`${base}/Mailbox('${b64(admin)}')/Exchange.GetMailboxStatistics()?isEncoded=true&PropertySet=All`)).body.value[0];
    expect(full.LastLogonTime).toBeDefined();
    const perms = (await h.get(`${base}/Mailbox('${b64(admin)}')/MailboxPermission?isEncoded=true`)).body.value;
    expect(perms[0].User).toBe('NT AUTHORITY\\SELF');
    const cal = (await h.get(`${base}/Mailbox('${b64(admin)}')/MailboxFolder('${b64('\\Calendar')}')/MailboxFolderPermission?isEncoded=true&IsUsingMailboxFolderId=true`)).body.value;
    expect(cal.map((p: any) => p.User).slice(0, 2)).toEqual(['Default', 'Anonymous']);
    const folders = (await h.get(`${base}/Mailbox('${b64(admin)}')/MailboxFolder/Exchange.GetMailboxFolderStatistics(folderscope=Exchange.ElcFolderType'All')?isEncoded=true`)).body.value;
    expect(folders.map((f: any) => f.Name)).toContain('Inbox');
    const inboxOnly = (await h.get(`${base}/Mailbox('${b64(admin)}')/MailboxFolder/Exchange.GetMailboxFolderStatistics(folderscope=Exchange.ElcFolderType'Inbox')?isEncoded=true`)).body.value;
    expect(inboxOnly.map((f: any) => f.Name)).toEqual(['Inbox']);
    const devices = await h.get(`${base}/Mailbox('${b64(admin)}')/MobileDevice/Exchange.GetMobileDeviceStatistics()?IsEncoded=True`);
    expect(devices.status).toBe(200);
    expect(Array.isArray(devices.body.value)).toBe(true);
  });

  it('serves recipients, CAS mailboxes and recipient permissions', async () => {
    const recipients = (await h.get(`${base}/Recipient?PropertySet=Minimum&$top=5`)).body.value;
    expect(recipients[0]).toHaveProperty('RecipientTypeDetails');
    expect(recipients[0]).toHaveProperty('ExternalDirectoryObjectId');
    const bySmtp = (await h.get(`${base}/Recipient/Exchange.BySmtpAddress(SmtpAddress='${admin}')`)).body.value;
    expect(bySmtp[0].Alias).toBe('admin');
    const cas = (await h.get(`${base}/CasMailbox('${b64(admin)}')?isEncoded=true&PropertySet=Minimum,Pop`)).body;
    expect(cas.PopEnabled).toBeTypeOf('boolean');
    expect(cas.PopMessagesRetrievalMimeFormat).toBe('BestBodyFormat');
    const sendAs = (await h.get(`${base}/Recipient/Exchange.GetRecipientPermissionByFilters(identity='${b64(admin)}',trustee=null,accessRights=null)?isEncoded=true`)).body.value;
    expect(sendAs[0]).toMatchObject({ Trustee: 'NT AUTHORITY\\SELF', AccessRights: ['SendAs'] });
  });

  it('refuses callers without an Exchange role and unknown entity sets', async () => {
    expect((await h.get(`${base}/Mailbox`, { role: 'none' })).status).toBe(403);
    expect((await h.get(`${base}/Spaceship`)).status).toBe(404);
  });
});
