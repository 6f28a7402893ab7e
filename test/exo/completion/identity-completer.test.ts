import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import { complete, registerArgumentCompleter } from '../../../src/repl/completion/index.js';
import { exchangeIdentityCompleter } from '../../../src/exo/completion/identity-completer.js';
import { clearRequests, exchangeCalls, requests, sandbox, shell, type Shell } from '../connections/helpers.js';

let sb: RunningSandbox;
let sh: Shell;
let clock = 0;
beforeAll(async () => {
  sb = await sandbox(30);
  sh = shell(sb);
  registerArgumentCompleter(sh.session, exchangeIdentityCompleter(sh.registry, { now: () => clock }));
  const r = await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@woodgrove.onmicrosoft.com -ShowBanner:$false');
  if (!r.ok) throw new Error(r.stderr);
}, 60_000);
afterAll(async () => {
  await sb?.stop();
});

const texts = async (input: string) => (await complete(sh.session, input, input.length)).candidates.map((c) => c.text);
const serviceCalls = async () => exchangeCalls(await requests(sb));

describe('completion with the Exchange cmdlets', () => {
  it('completes proxy and Get-EXO* command names from the connection', async () => {
    expect(await texts('Get-Mailbo')).toEqual(expect.arrayContaining(['Get-Mailbox', 'Get-MailboxPermission', 'Get-MailboxStatistics']));
    expect(await texts('Get-EXOMail')).toEqual(expect.arrayContaining(['Get-EXOMailbox', 'Get-EXOMailboxStatistics']));
  });

  it('completes the catalog parameters of a proxy, and their bool and ValidateSet values', async () => {
    expect(await texts('Set-Mailbox -HiddenFrom')).toEqual(['-HiddenFromAddressListsEnabled']);
    expect(await texts('Set-Mailbox -HiddenFromAddressListsEnabled ')).toEqual(['$true', '$false']);
    const sets = await texts('Get-EXOMailbox -PropertySets ');
    expect(sets).toEqual(expect.arrayContaining(['Minimum', 'Quota', 'All']));
    expect(await texts('Get-EXOMailbox -PropertySets Qu')).toEqual(['Quota']);
  });

  it('completes Get-EXOMailbox -Properties from a mailbox in the last output, and not from other objects', async () => {
    await sh.run('Get-EXOMailbox -ResultSize 1');
    const props = await texts('Get-EXOMailbox -Properties Prim');
    expect(props).toContain('PrimarySmtpAddress');
    expect(await texts('Get-EXOMailbox | Select-Object UserPr')).toEqual(['UserPrincipalName']);
    await sh.run('Get-Date');
    expect(await texts('Get-EXOMailbox -Properties Prim')).not.toContain('PrimarySmtpAddress');
  });

  it('names the properties of the upstream command\'s type from its default view before any such object was shown', async () => {
    const fresh = shell(sb);
    await fresh.run('Connect-ExchangeOnline -UserPrincipalName admin@woodgrove.onmicrosoft.com -ShowBanner:$false; Get-Date');
    const viewOnly = (await complete(fresh.session, 'Get-Mailbox | Select-Object ', 28)).candidates.map((c) => c.text);
    expect(viewOnly).toEqual(['Alias', 'Database', 'ExternalDirectoryObjectId', 'Name', 'ProhibitSendQuota']);
    await fresh.run('Get-Mailbox -ResultSize 1');
    const sampled = (await complete(fresh.session, 'Get-Mailbox | Select-Object ', 28)).candidates.map((c) => c.text);
    expect(sampled.length).toBeGreaterThan(viewOnly.length);
    expect(sampled).toEqual(expect.arrayContaining([...viewOnly, 'PrimarySmtpAddress']));
  });

  it('completes -Identity with mailboxes of the connection, at most 20, fetched with -Anr', async () => {
    await clearRequests(sb);
    const all = await complete(sh.session, 'Get-Mailbox -Identity ', 22);
    expect(all.candidates.length).toBe(20);
    expect(all.candidates.every((c) => c.kind === 'identity' && /@woodgrove\.onmicrosoft\.com$/.test(c.text))).toBe(true);
    expect(all.candidates[0]!.description).toBeTruthy();
    const [first] = await serviceCalls();
    expect(first!.headers['prefer'] ?? first!.headers['Prefer']).toContain('odata.maxpagesize=20');
    expect(await serviceCalls()).toHaveLength(1);

    const name = (await sh.run('(Get-EXOMailbox -ResultSize 5 | Select-Object -Last 1).DisplayName')).stdout.trim();
    const prefix = name.slice(0, 4);
    await clearRequests(sb);
    const some = await complete(sh.session, `Get-Mailbox -Identity ${prefix}`, 22 + prefix.length);
    expect(some.candidates.map((c) => c.description)).toContain(name);
    expect(some.replaceStart).toBe(22);
    const [call] = await serviceCalls();
    expect(call!.path).toMatch(/\/Mailbox$/);
    expect(new URLSearchParams(call!.query).get('Anr')).toBe(prefix);
  });

  it('completes -Identity positionally and for Get-EXO* cmdlets through the inbuilt connection', async () => {
    const upn = (await texts('Get-EXOMailbox adm'));
    expect(upn).toContain('admin@woodgrove.onmicrosoft.com');
    expect(await texts('Get-Mailbox -Identity:adm')).toContain('admin@woodgrove.onmicrosoft.com');
  });

  it('answers repeated and longer prefixes of a complete answer from the cache, and asks again after the TTL', async () => {
    await texts('Get-Mailbox -Identity adm');
    await clearRequests(sb);
    expect(await texts('Get-Mailbox -Identity adm')).toContain('admin@woodgrove.onmicrosoft.com');
    expect(await texts('Get-Mailbox -Identity admin')).toContain('admin@woodgrove.onmicrosoft.com');
    expect(await serviceCalls()).toHaveLength(0);
    clock += 61_000;
    await texts('Get-Mailbox -Identity adm');
    expect(await serviceCalls()).toHaveLength(1);
  });

  it('stops when the prompt aborts the request (a new key was typed)', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(complete(sh.session, 'Get-Mailbox -Identity zz', 24, controller.signal)).rejects.toThrow();
    // The aborted query left nothing in the cache: the next Tab asks the service.
    await clearRequests(sb);
    await texts('Get-Mailbox -Identity zz');
    expect(await serviceCalls()).toHaveLength(1);
  });

  it('completes the recipient a permission or membership names (-User, -Trustee, -Member)', async () => {
    expect(await texts('Add-MailboxPermission -Identity x -User adm')).toContain('admin@woodgrove.onmicrosoft.com');
    expect(await texts('Add-RecipientPermission -Identity x -Trustee adm')).toContain('admin@woodgrove.onmicrosoft.com');
  });

  it('leaves other parameters and commands without recipients to the default completion', async () => {
    expect(await texts('Get-Mailbox -ResultSize ')).not.toContain('admin@woodgrove.onmicrosoft.com');
    expect(await texts('Get-AcceptedDomain -Identity adm')).not.toContain('admin@woodgrove.onmicrosoft.com');
  });

  it('uses the connection a prefixed command belongs to', async () => {
    const r = await sh.run('Connect-ExchangeOnline -UserPrincipalName admin@contoso.onmicrosoft.com -Prefix Contoso -ShowBanner:$false');
    expect(r.stderr).toBe('');
    expect(await texts('Get-ContosoMailbo')).toEqual(expect.arrayContaining(['Get-ContosoMailbox', 'Get-ContosoMailboxPermission']));
    const ids = await texts('Get-ContosoMailbox -Identity adm');
    expect(ids).toContain('admin@contoso.onmicrosoft.com');
    expect(ids).not.toContain('admin@woodgrove.onmicrosoft.com');
  });
});
