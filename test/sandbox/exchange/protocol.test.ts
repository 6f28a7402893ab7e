import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detail, harness, TENANT, type Harness } from './helpers.js';

describe('InvokeCommand protocol', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.service.close());

  it('answers with the service envelope, headers and type annotations', async () => {
    const res = await h.invoke('get-mailbox', { Identity: `admin@${TENANT.domain}` });
    expect(res.status).toBe(200);
    expect(res.headers!['content-type']).toMatch(/^application\/json;odata\.metadata=minimal/);
    expect(res.headers!['request-id']).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.body['@odata.context']).toBe(`https://127.0.0.1:8443/adminapi/beta/${TENANT.tenantId}/$metadata#Collection(Exchange.GenericHashTable)`);
    expect(res.body['adminapi.warnings@odata.type']).toBe('#Collection(String)');
    const m = res.body.value[0];
    expect(m['EmailAddresses@odata.type']).toBe('#Collection(String)');
    expect(m['ExchangeGuid@data.type']).toBe('System.Guid');
    expect(m['ExchangeGuid@odata.type']).toBe('#Guid');
    expect(m['WhenCreated@data.type']).toBe('System.DateTime');
    expect(m.WhenCreated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}\+00:00$/);
    expect(m.WhenCreatedUTC).toMatch(/Z$/);
    expect(m.ProhibitSendQuota).toBe('99 GB (106,300,440,576 bytes)');
    expect(m.IssueWarningQuota).toBe('98 GB (105,226,698,752 bytes)');
    expect(m.RulesQuota).toBe('256 KB (262,144 bytes)');
    expect(m.RetainDeletedItemsFor).toBe('14.00:00:00');
    expect(m.Identity).toBe('admin');
    expect(Object.keys(m).filter((k) => !k.includes('@')).length).toBeGreaterThanOrEqual(230);
  });

  it('uses the same client-request-id as request-id when given', async () => {
    const id = '0b8a3c1e-5d2f-4e6a-9b7c-1d2e3f405162';
    const res = await h.invoke('Get-OrganizationConfig', {}, { headers: { 'client-request-id': id } });
    expect(res.status).toBe(200);
    expect(res.headers!['request-id']).toBe(id);
    expect(res.body.value[0].Name).toBe('contoso.onmicrosoft.com');
  });

  it('refuses writes for read-only callers with 403 and the RBAC message, but serves reads', async () => {
    for (const cmdlet of ['Set-Mailbox', 'New-Mailbox', 'Remove-Mailbox', 'Add-MailboxPermission', 'Enable-TransportRule', 'Disable-TransportRule']) {
      const res = await h.invoke(cmdlet, { Identity: 'admin' }, { role: 'read-only' });
      expect(res.status).toBe(403);
      expect(res.headers!['x-exceptiontype']).toBe('CmdletAccessDeniedException');
      expect(res.body.error.code).toBe('Forbidden');
      expect(detail(res)).toContain('Microsoft.Exchange.Configuration.Authorization.CmdletAccessDeniedException|');
      expect(detail(res)).toContain(`'${cmdlet}'`);
    }
    const read = await h.invoke('Get-Mailbox', { ResultSize: 1 }, { role: 'read-only' });
    expect(read.status).toBe(200);
  });

  it('refuses everything to callers without an Exchange role', async () => {
    const res = await h.invoke('Get-Mailbox', {}, { role: 'none' });
    expect(res.status).toBe(403);
    expect(detail(res)).toContain("The user isn't assigned to any management roles.");
  });

  it('answers an unknown cmdlet with the not-recognized error', async () => {
    const res = await h.invoke('Get-Nonsense');
    expect(res.status).toBe(404);
    expect(detail(res)).toBe(
      "|System.Management.Automation.CommandNotFoundException|The term 'Get-Nonsense' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
    );
  });

  it('refuses parameters the cmdlet does not have, and accepts aliases and common parameters', async () => {
    const res = await h.invoke('Get-Mailbox', { Colour: 'red' });
    expect(res.status).toBe(400);
    expect(detail(res)).toContain("A parameter cannot be found that matches parameter name 'Colour'.");
    const ok = await h.invoke('Get-Mailbox', { ResultSize: 1, ErrorAction: 'Stop', WarningAction: 'Continue' });
    expect(ok.status).toBe(200);
  });

  it('answers a malformed body with 400', async () => {
    const bad = await h.invoke('', {});
    expect(bad.status).toBe(400);
  });

  it('returns the ShouldProcess text for a Confirm validation call without running it', async () => {
    const res = await h.invoke('Set-Mailbox', { Identity: 'admin', Office: 'Paris', Confirm: true });
    expect(res.status).toBe(200);
    expect(res.body['@adminapi.confirmationmessage']).toBe('Performing the operation "Set-Mailbox" on target "admin".');
    const after = await h.invoke('Get-Mailbox', { Identity: 'admin' });
    expect(after.body.value[0].Office).not.toBe('Paris');
    const run = await h.invoke('Set-Mailbox', { Identity: 'admin', Office: 'Paris', Confirm: false });
    expect(run.status).toBe(200);
    expect((await h.invoke('Get-Mailbox', { Identity: 'admin' })).body.value[0].Office).toBe('Paris');
  });
});

describe('module file and banner', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.service.close());

  const moduleFor = async (role: 'admin' | 'read-only', headers: Record<string, string> = {}) => {
    const res = await h.get(`/AdminApi/v1.0/${TENANT.tenantId}/EXOModuleFile?Version=3.9.0`, { role, headers });
    expect(res.status).toBe(200);
    return { res, file: res.body.value[0], text: gunzipSync(Buffer.from(res.body.value[0].fileContent, 'base64')).toString('utf8') };
  };

  it('lists the cmdlets an admin may run, with proxies, parameters and the public key', async () => {
    const { res, file, text } = await moduleFor('admin');
    expect(res.headers!['x-clientconfigurations']).toContain('InitializeConnectionContextObjectIdDynamic=true');
    const names = file.exportedCmdlets.split(',');
    expect(names).toEqual(expect.arrayContaining(['Get-Mailbox', 'Set-Mailbox', 'New-Mailbox', 'Get-MessageTraceV2', 'Add-MailboxFolderPermission']));
    expect(names).not.toContain('Get-EXOMailbox');
    expect(file.fileName).toMatch(/^tmpEXO_[0-9a-f]{8}\.psm1$/);
    expect(text).toContain('function script:Get-Mailbox');
    expect(text).toMatch(/\[Parameter\(ParameterSetName='Identity', Position=1, ValueFromPipeline=\$true, ValueFromPipelineByPropertyName=\$true\)\]\n {4}\[object\]\n {4}\$\{Identity\}/);
    expect(text).toMatch(/\$PublicKey = '<RSAKeyValue><Modulus>[A-Za-z0-9+/=]{300,}<\/Modulus><Exponent>AQAB<\/Exponent><\/RSAKeyValue>'/);
    const setMailbox = file.cmdletParameters['Set-Mailbox'];
    expect(setMailbox.supportsShouldProcess).toBe(true);
    expect(setMailbox.parameters.map((p: any) => p.name)).toEqual(expect.arrayContaining(['Identity', 'ProhibitSendQuota', 'LitigationHoldEnabled']));
  });

  it('gives read-only callers Get- cmdlets only', async () => {
    const { file, text } = await moduleFor('read-only');
    const names: string[] = file.exportedCmdlets.split(',');
    expect(names.length).toBeGreaterThan(10);
    expect(names.every((n) => n.startsWith('Get-'))).toBe(true);
    expect(text).not.toContain('function script:Set-Mailbox');
  });

  it('honours the CommandName header', async () => {
    const { file } = await moduleFor('admin', { commandname: 'Get-Mailbox,Get-Recipient' });
    expect(file.exportedCmdlets).toBe('Get-Mailbox,Get-Recipient');
  });

  it('keeps the same public key across restarts', async () => {
    const first = (await moduleFor('admin')).text.match(/\$PublicKey = '(.*)'/)![1];
    await h.service.close();
    h = await harness({ dir: h.dir });
    const second = (await moduleFor('admin')).text.match(/\$PublicKey = '(.*)'/)![1];
    expect(second).toBe(first);
  });

  it('serves the banner and the AdminApiState ping', async () => {
    const res = await h.get(`/AdminApi/beta/${TENANT.tenantId}/EXOBanner('AutogenSession')?Version=3.9.0`);
    expect(res.status).toBe(200);
    const lines = res.body.moduleBannerContent.split('\n');
    expect(lines[0]).toBe('-'.repeat(88));
    expect(lines.at(-1)).toBe('-'.repeat(88));
    expect(res.body.moduleBannerContent).toContain('https://aka.ms/exov3-module');
    const ping = await h.get(`/adminapi/beta/${TENANT.tenantId}/BasicInfo('AdminApiState')`);
    expect(ping.body.PropertyValue).toBe('Running');
  });
});

describe('CLIXML response format', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.service.close());

  it('returns the page as one CLIXML document when X-ResponseFormat is clixml', async () => {
    const res = await h.invoke('Get-Mailbox', { ResultSize: 2 }, { headers: { 'x-responseformat': 'clixml' } });
    expect(res.status).toBe(200);
    expect(res.body.value).toHaveLength(1);
    const xml: string = res.body.value[0]._clixml;
    expect(xml.startsWith('<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">')).toBe(true);
    expect(xml.match(/<Obj RefId="\d+"><T(N|NRef) RefId/g)).toHaveLength(2);
    expect(xml).toContain('<T>Deserialized.Microsoft.Exchange.Data.Directory.Management.Mailbox</T>');
    expect(xml).toContain('<S N="Alias">admin</S>');
    expect(xml).toContain('<B N="IsShared">false</B>');
    expect(xml).toContain('<I32 N="RecipientLimits">500</I32>');
    expect(xml).toMatch(/<G N="ExchangeGuid">[0-9a-f-]{36}<\/G>/);
    expect(xml).toMatch(/<DT N="WhenCreated">\d{4}-\d\d-\d\dT[\d:.]+\+00:00<\/DT>/);
    expect(xml).toMatch(/<Obj N="EmailAddresses" RefId="\d+">.*?<LST>(<S>[^<]+<\/S>)+<\/LST><\/Obj>/);
    expect(xml).toContain('<Nil N="ForwardingAddress" />');
    expect(res.body['@adminapi.warnings']).toHaveLength(1);
  });
});
