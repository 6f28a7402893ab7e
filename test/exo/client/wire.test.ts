import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import type { ExoClient } from '../../../src/exo/client/exo-client.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { SwitchValue } from '../../../src/repl/values/convert.js';
import { adminRequests, clearLog, client, collect, manage, pause, sandbox, userTokens } from './helpers.js';

const TENANT = 'bigcorp.onmicrosoft.com';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** What the client puts on the wire, read back from the sandbox's request log. */
describe('ExoClient on the wire (sandbox over HTTPS, msal-node tokens)', () => {
  let sb: RunningSandbox;
  let exo: ExoClient;
  const connectionId = '3b1f7c9e-5d2a-4e8b-9c1d-0a2b3c4d5e6f';

  beforeAll(async () => {
    sb = await sandbox();
    expect((await manage(sb, 'POST', '/tenants', { domain: TENANT, mailboxes: 10_000, seed: 7 })).status).toBe(201);
    exo = client(sb, TENANT, userTokens(sb, TENANT, `admin@${TENANT}`), { connectionId, anchorMailbox: `admin@${TENANT}` });
  }, 180_000);
  afterAll(() => sb?.stop());

  it('sends InvokeCommand with the module headers, URL and body', async () => {
    await clearLog(sb);
    const rows = await collect(exo.invokeCommand('Get-Mailbox', { Identity: `admin@${TENANT}`, ErrorAction: 'Stop' }));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.UserPrincipalName).toBe(`admin@${TENANT}`);
    const [req, ...more] = await adminRequests(sb);
    expect(more).toHaveLength(0);
    expect(req!.method).toBe('POST');
    expect(req!.path).toBe(`/adminapi/beta/${TENANT}/InvokeCommand`);
    expect(req!.query).toBe('');
    const h = req!.headers;
    expect(h.authorization).toBe('Bearer <redacted>');
    expect(h.accept).toBe('application/json');
    expect(h['accept-charset']).toBe('UTF-8');
    expect(h['content-type']).toBe('application/json');
    expect(h['x-cmdletname']).toBe('Get-Mailbox');
    expect(h['client-request-id']).toMatch(GUID);
    expect(h['connection-id']).toBe(connectionId);
    expect(h['x-anchormailbox']).toBe(`UPN:admin@${TENANT}`);
    expect(h.prefer).toBe('odata.maxpagesize=1000');
    expect(h['x-clientapplication']).toBe('ExoManagementModule');
    expect(h['x-clientmoduleversion']).toBe('3.9.0');
    expect(h['x-serializationlevel']).toBe('Partial');
    expect(h['warningaction']).toBe('');
    expect(h['user-agent']).toMatch(/exosh\/3\.9\.0/);
    expect(JSON.parse(req!.body)).toEqual({ CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { Identity: `admin@${TENANT}`, ErrorAction: 'Stop' } } });
  });

  it('encodes switches and hashtables as the module does', async () => {
    await clearLog(sb);
    const edit = new PSHashtable(false, [['Add', 'smtp:extra@bigcorp.onmicrosoft.com']]);
    await collect(exo.invokeCommand('Set-Mailbox', { Identity: `admin@${TENANT}`, EmailAddresses: edit, HiddenFromAddressListsEnabled: new SwitchValue(true), CustomAttribute1: 'x', Confirm: false }));
    const [req] = await adminRequests(sb);
    expect(JSON.parse(req!.body).CmdletInput.Parameters).toEqual({
      Identity: `admin@${TENANT}`,
      EmailAddresses: { Add: 'smtp:extra@bigcorp.onmicrosoft.com', '@odata.type': '#Exchange.GenericHashTable' },
      HiddenFromAddressListsEnabled: true,
      CustomAttribute1: 'x',
      Confirm: false,
    });
    const [admin] = await collect(exo.invokeCommand('Get-Mailbox', { Identity: `admin@${TENANT}` }));
    expect(admin!.EmailAddresses).toContain('smtp:extra@bigcorp.onmicrosoft.com');
  });

  it('pages InvokeCommand by POSTing the same body to @odata.nextLink, one client-request-id for all pages', async () => {
    const paged = client(sb, TENANT, userTokens(sb, TENANT, `admin@${TENANT}`), { pageSize: 400 });
    await clearLog(sb);
    const rows = await collect(paged.invokeCommand('Get-Mailbox', {}, { resultSize: 1000 }));
    expect(rows).toHaveLength(1000);
    expect(new Set(rows.map((r) => r.Guid)).size).toBe(1000);
    const reqs = await adminRequests(sb);
    expect(reqs.map((r) => r.headers.prefer)).toEqual(['odata.maxpagesize=400', 'odata.maxpagesize=400', 'odata.maxpagesize=200']);
    expect(new URLSearchParams(reqs[1]!.query).get('$skiptoken')).toBeTruthy();
    expect(new Set(reqs.map((r) => r.body)).size).toBe(1);
    expect(JSON.parse(reqs[0]!.body)).toEqual({ CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { ResultSize: 1000 } } });
    expect(new Set(reqs.map((r) => r.headers['client-request-id'])).size).toBe(1);
  }, 60_000);

  it('sends a Get-EXO* request to the entity set with property sets, $select, $filter and the app anchor', async () => {
    const app = client(sb, TENANT, userTokens(sb, TENANT, `admin@${TENANT}`));
    await clearLog(sb);
    const rows = await collect(app.entitySet({ cmdlet: 'Get-EXOMailbox', propertySets: ['Quota'], properties: ['WhenCreated'], filter: "RecipientTypeDetails -eq 'UserMailbox' -and Name -like 'a*'", resultSize: 5 }));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(5);
    for (const r of rows) {
      expect(String(r.Name).toLowerCase().startsWith('a')).toBe(true);
      expect(r).toHaveProperty('ProhibitSendQuota');
      expect(r).toHaveProperty('WhenCreated');
    }
    const [req] = await adminRequests(sb);
    expect(req!.method).toBe('GET');
    expect(req!.path).toBe(`/adminapi/beta/${TENANT}/Mailbox`);
    const q = new URLSearchParams(req!.query);
    expect(q.get('PropertySet')).toBe('Minimum,Quota');
    expect(q.get('$select')).toBe('WhenCreated');
    expect(q.get('$filter')).toBe("RecipientTypeDetails eq 'UserMailbox' and startswith(Name,'a')");
    expect(req!.headers.prefer).toBe('odata.maxpagesize=5;');
    expect(req!.headers['x-anchormailbox']).toBe(`APP:SystemMailbox{bb558c35-97f1-4cb9-8ff7-d53741dc928c}@${TENANT}`);
    expect(req!.headers['client-request-id']).toMatch(GUID);
  });

  it('gets one mailbox by a base64 identity key', async () => {
    await clearLog(sb);
    const [m] = await collect(exo.entitySet({ cmdlet: 'Get-EXOMailbox', identity: `admin@${TENANT}` }));
    expect(m!.UserPrincipalName).toBe(`admin@${TENANT}`);
    const [req] = await adminRequests(sb);
    expect(decodeURIComponent(req!.path)).toBe(`/adminapi/beta/${TENANT}/Mailbox('${Buffer.from(`admin@${TENANT}`).toString('base64')}')`);
    expect(new URLSearchParams(req!.query).get('isEncoded')).toBe('true');
    expect(req!.headers['x-anchormailbox']).toBe(`admin@${TENANT}`);
    const [stats] = await collect(exo.entitySet({ cmdlet: 'Get-EXOMailboxStatistics', identity: `admin@${TENANT}` }));
    expect(String(stats!.TotalItemSize)).toMatch(/^[\d.]+ (B|KB|MB|GB) \([\d,]+ bytes\)$/);
  });

  it('is lazy: five objects of an Unlimited Get-EXOMailbox over 10,000 cost one or two requests', async () => {
    await clearLog(sb);
    const taken: unknown[] = [];
    for await (const m of exo.entitySet({ cmdlet: 'Get-EXOMailbox', resultSize: 'Unlimited' })) {
      taken.push(m);
      if (taken.length === 5) break;
    }
    await pause(300);
    const reqs = await adminRequests(sb);
    expect(taken).toHaveLength(5);
    expect(reqs.length).toBeGreaterThanOrEqual(1);
    expect(reqs.length).toBeLessThanOrEqual(2);
  });

  it('prefetches the next page while the current one is consumed', async () => {
    const paged = client(sb, TENANT, userTokens(sb, TENANT, `admin@${TENANT}`), { pageSize: 100 });
    await clearLog(sb);
    const it = paged.invokeCommand('Get-Mailbox', {}, { resultSize: 'Unlimited' })[Symbol.asyncIterator]();
    expect((await it.next()).done).toBe(false);
    for (let i = 0; i < 50 && (await adminRequests(sb)).length < 2; i++) await pause(50);
    expect((await adminRequests(sb)).length).toBe(2);
    await pause(200);
    expect((await adminRequests(sb)).length).toBe(2);
    await it.return!();
  });

  it('sends nothing more after the signal aborts mid-paging', async () => {
    const paged = client(sb, TENANT, userTokens(sb, TENANT, `admin@${TENANT}`), { pageSize: 100 });
    await clearLog(sb);
    const ctl = new AbortController();
    let seen = 0;
    const run = (async () => {
      for await (const _ of paged.invokeCommand('Get-Mailbox', {}, { resultSize: 'Unlimited', signal: ctl.signal })) {
        if (++seen === 150) ctl.abort();
      }
    })();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toBe(150);
    await pause(200);
    const after = (await adminRequests(sb)).length;
    expect(after).toBeLessThanOrEqual(3);
    await pause(400);
    expect((await adminRequests(sb)).length).toBe(after);
  });

  it('batches pipeline calls into one $batch POST and keeps per-item results and errors in order', async () => {
    await clearLog(sb);
    const results = await exo.invokeBatch('Set-Mailbox', [
      { Identity: `admin@${TENANT}`, CustomAttribute3: 'batched' },
      { Identity: 'nobody@bigcorp.onmicrosoft.com', CustomAttribute3: 'batched' },
      { Identity: `admin@${TENANT}`, CustomAttribute4: 'batched' },
    ]);
    expect(results.map((r) => r.error?.reason)).toEqual([undefined, 'ManagementObjectNotFoundException', undefined]);
    expect(results[1]!.error!.message).toMatch(/couldn't be found/);
    const reqs = await adminRequests(sb);
    expect(reqs).toHaveLength(1);
    expect(reqs[0]!.path).toBe(`/adminapi/beta/${TENANT}/$batch`);
    expect(reqs[0]!.headers.prefer).toBe('odata.continue-on-error');
    const { requests } = JSON.parse(reqs[0]!.body);
    expect(requests.map((r: any) => [r.id, r.method, r.url])).toEqual([0, 1, 2].map((i) => [String(i), 'POST', `${sb.connectionUri}/adminapi/beta/${TENANT}/InvokeCommand`]));
    expect(requests[0].headers.Prefer).toBe('odata.maxpagesize=1000;odata.continue-on-error');
    expect(requests[0].headers['X-CmdletName']).toBe('Set-Mailbox');
    expect(requests[0].headers.Authorization).toBeUndefined();
    expect(requests[2].body).toEqual({ CmdletInput: { CmdletName: 'Set-Mailbox', Parameters: { Identity: `admin@${TENANT}`, CustomAttribute4: 'batched' } } });
    const [admin] = await collect(exo.invokeCommand('Get-Mailbox', { Identity: `admin@${TENANT}` }));
    expect([admin!.CustomAttribute3, admin!.CustomAttribute4]).toEqual(['batched', 'batched']);
  });

  it('reads the module file with its cmdlet list and public key, and the banner', async () => {
    await clearLog(sb);
    const mod = await exo.moduleFile();
    expect(mod.exportedCmdlets).toContain('Get-Mailbox');
    expect(mod.publicKeyXml).toMatch(/^<RSAKeyValue><Modulus>/);
    const banner = await exo.banner();
    expect(banner).toMatch(/^-{88}\n/);
    const [m, b] = await adminRequests(sb);
    expect(m!.path).toBe(`/AdminApi/v1.0/${TENANT}/EXOModuleFile`);
    expect(new URLSearchParams(m!.query).get('Version')).toBe('3.9.0');
    expect(m!.headers.commandname).toBe('*');
    expect(m!.headers['x-initializeconnectioncontextobjectiddynamic']).toBe('true');
    expect(decodeURIComponent(b!.path)).toBe(`/AdminApi/beta/${TENANT}/EXOBanner('AutogenSession')`);
  });
});
