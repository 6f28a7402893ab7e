import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import { appServiceIdentities, clearAppServiceEnvironment } from '../../sandbox/helpers.js';
import { sandbox, shell } from './helpers.js';
import { AUTOMATION_APP_ID, certificateSteps, onlyFile, ORGANIZATION, registerAutomationApp, seedScript, today } from './seed-setup.js';

const MAILBOXES = 15;

let sb: RunningSandbox;
let certDir: string;
let thumbprint: string;
const savedEnv = { EXOSH_CONFIG_DIR: process.env.EXOSH_CONFIG_DIR, XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME };

beforeAll(async () => {
  sb = await sandbox(MAILBOXES);
  // The local certificate store lives under the user's config folder: a fresh one, as on a new machine.
  delete process.env.EXOSH_CONFIG_DIR;
  process.env.XDG_CONFIG_HOME = mkdtempSync(join(tmpdir(), 'exosh-seed-home-'));
  // The guide's certificate steps, then the upload to the app registration.
  const sh = shell(sb);
  certDir = join(sh.configDir, 'Certificates');
  const made = await sh.run(certificateSteps(certDir));
  expect(made.stderr).toBe('');
  thumbprint = made.stdout.trim();
  expect(thumbprint).toMatch(/^[0-9A-F]{40}$/);
  await registerAutomationApp(sb, join(certDir, 'ExchangeOnlineAutomation.cer'));
}, 60_000);
afterAll(async () => {
  await sb?.stop();
  for (const [k, v] of Object.entries(savedEnv)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

/** The tenant's mailboxes by display name, as its admin sees them through Get-Mailbox (InvokeCommand, not the Get-EXO* path the scripts use). */
async function mailboxNames(tenant: string): Promise<string[]> {
  const r = await shell(sb).run(`Connect-ExchangeOnline -UserPrincipalName admin@${tenant} -ShowBanner:$false
Get-Mailbox -ResultSize Unlimited | ForEach-Object DisplayName`);
  expect(r.stderr).toBe('');
  return r.stdout.trim().split('\n').filter((l) => !l.startsWith('To sign in')).sort();
}

/** The guide's scripts, unchanged, against the sandbox as `exosh -Sandbox -File` runs them. */
describe('seed scripts', () => {
  it('01-interactive: connects, shows the connection and ten mailboxes, disconnects', async () => {
    const sh = shell(sb);
    const r = await sh.session.runFile(seedScript('01-interactive.ps1'), []);
    expect(sh.host.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(sh.host.stdout).toMatch(/^ConnectionUsedForInbuiltCmdlets : True$/m);
    expect(sh.host.stdout).toMatch(/^UserPrincipalName\s+: admin@365adviser\.com$/m);
    // One Out-Default formats the whole script's output: the connection's list (it has no view) goes on
    // with the ten mailboxes, as pwsh does (an auto-generated view applies to any object).
    const upns = [...sh.host.stdout.matchAll(/^UserPrincipalName\s+: (\S+)$/gm)].map((m) => m[1]);
    expect(upns).toHaveLength(11);
    expect(sh.host.stdout).toContain('WARNING: There are more results available than are currently displayed.');
    expect(sh.registry.all()).toHaveLength(0);
  }, 60_000);

  it('02-credential: signs in with the PSCredential and shows the admin mailbox', async () => {
    const sh = shell(sb);
    const r = await sh.session.runFile(seedScript('02-credential.ps1'), []);
    expect(sh.host.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    // Get-EXOMailbox has no table view: a list of the minimum property set.
    expect(sh.host.stdout).toMatch(/^UserPrincipalName\s+: admin@365adviser\.com$/m);
    expect(sh.host.stdout).toMatch(/^DisplayName\s+: MOD Administrator$/m);
    expect(sh.host.stdout).toMatch(/^RecipientTypeDetails\s+: UserMailbox$/m);
    expect(sh.registry.all()).toHaveLength(0);
  }, 60_000);

  it('03-certificate-automation: app-only by thumbprint, writes the statistics CSV for every mailbox', async () => {
    const sh = shell(sb);
    const reports = join(sh.configDir, 'Reports');
    mkdirSync(reports);
    const day = today();
    const r = await sh.session.runFile(seedScript('03-certificate-automation.ps1'), ['-AppId', AUTOMATION_APP_ID, '-CertificateThumbprint', thumbprint, '-Organization', ORGANIZATION, '-ReportDirectory', reports]);
    expect(sh.host.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(sh.host.stdout.trim().split('\n')).toEqual([
      'Connecting to Exchange Online...',
      'Connected successfully!',
      'Retrieving mailbox statistics...',
      'Report generated successfully!',
      'Disconnecting from Exchange Online...',
      'Disconnected',
    ]);
    const csv = onlyFile(reports, /^MailboxStats_\d{8}\.csv$/);
    expect([day, today()]).toContain(csv.name.slice(13, 21));
    const header = csv.text.split(/\r?\n/)[0];
    // Get-EXOMailboxStatistics' minimum property set, in the service's order.
    expect(header).toBe('"DisplayName","ItemCount","DeletedItemCount","TotalItemSize","TotalDeletedItemSize","MailboxGuid"');
    const rows = parse(csv.text, { columns: true }) as Array<Record<string, string>>;
    const names = await mailboxNames(ORGANIZATION);
    expect(names).toHaveLength(MAILBOXES);
    expect(rows.map((x) => x['DisplayName']).sort()).toEqual(names);
    for (const row of rows) {
      expect(row['ItemCount']).toMatch(/^\d+$/);
      expect(row['TotalItemSize']).toMatch(/^[\d.]+ (B|KB|MB|GB) \([\d,]+ bytes\)$/);
      expect(row['MailboxGuid']).toMatch(/^[0-9a-f-]{36}$/);
    }
    expect(sh.registry.all()).toHaveLength(0);
  }, 60_000);

  it('04-certificate-file: app-only from the exported PFX and its password, five mailboxes', async () => {
    const sh = shell(sb);
    const r = await sh.session.runFile(seedScript('04-certificate-file.ps1'), ['-AppId', AUTOMATION_APP_ID, '-CertificatePath', join(certDir, 'ExchangeOnlineAutomation.pfx'), '-Organization', ORGANIZATION]);
    expect(sh.host.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const upns = [...sh.host.stdout.matchAll(/^UserPrincipalName\s+: (\S+)$/gm)].map((m) => m[1]);
    expect(upns).toHaveLength(5);
    expect(upns.every((u) => u!.endsWith(`@${ORGANIZATION}`))).toBe(true);
    expect(sh.registry.all()).toHaveLength(0);
  }, 60_000);

  it('05-managed-identity-runbook: the App Service identity lists the inactive mailboxes and ten sizes', async () => {
    // The runbook's host: an App Service / Automation account with a system-assigned identity,
    // which msal finds through IDENTITY_ENDPOINT and IDENTITY_HEADER.
    await appServiceIdentities(sb);
    try {
      const sh = shell(sb);
      const started = Date.now();
      const r = await sh.session.runFile(seedScript('05-managed-identity-runbook.ps1'), ['-Organization', ORGANIZATION]);
      expect(sh.host.stderr).toBe('');
      expect(r.exitCode).toBe(0);
      const lines = sh.host.stdout.trim().split('\n');
      const stamp = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} - /;
      expect(lines.slice(0, 3).map((l) => l.replace(stamp, ''))).toEqual(['Connecting to Exchange Online...', 'Connected successfully!', 'Checking for inactive mailboxes...']);
      expect(lines.slice(-2).map((l) => l.replace(stamp, ''))).toEqual(['Task completed successfully', 'Disconnecting...']);

      const found = /^Found (\d+) inactive mailboxes:$/.exec(lines[3]!);
      expect(found).not.toBeNull();
      const listed = lines.slice(4, 4 + Number(found![1]));
      const cutoff = started - 90 * 86_400_000;
      const names = listed.map((l) => {
        const m = /^ {2}- (.+) \((\S+@\S+)\) - Last changed: (\d{2})\/(\d{2})\/(\d{4}) (\d{2}):(\d{2}):(\d{2})$/.exec(l);
        expect(m, l).not.toBeNull();
        const [, , upn, mo, d, y, h, mi, s] = m!;
        expect(new Date(+y!, +mo! - 1, +d!, +h!, +mi!, +s!).getTime()).toBeLessThan(cutoff);
        return upn;
      });
      // Every mailbox changed before the cutoff is listed, and no other.
      const all = await shell(sb).run(`Connect-ExchangeOnline -ManagedIdentity -Organization ${ORGANIZATION} -ShowBanner:$false
Get-EXOMailbox -ResultSize Unlimited -Properties WhenChanged | ForEach-Object { "$($_.UserPrincipalName) $($_.WhenChanged.ToUniversalTime().ToString('o'))" }`);
      const stale = all.stdout.trim().split('\n').map((l) => l.split(' ')).filter(([, when]) => Date.parse(when!) < cutoff).map(([upn]) => upn);
      expect(stale.length).toBeGreaterThan(0);
      expect(names.sort()).toEqual(stale.sort());

      const sizes = lines.slice(4 + names.length, -2);
      expect(sizes).toHaveLength(10);
      for (const l of sizes) expect(l).toMatch(/^.+: \d+(\.\d{1,2})? MB$/);
      expect(sh.registry.all()).toHaveLength(0);
    } finally {
      clearAppServiceEnvironment();
    }
  }, 60_000);

  it('06-delegated-partner: the partner admin counts the mailboxes of each customer tenant', async () => {
    // The sandbox links each auto-provisioned customerN tenant to partner.onmicrosoft.com (Exchange admin),
    // the relationship a CSP/GDAP partner has; device-code sign-ins are approved at once.
    const sh = shell(sb);
    const r = await sh.session.runFile(seedScript('06-delegated-partner.ps1'), []);
    expect(sh.host.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const out = sh.host.stdout.trim().split('\n').filter((l) => !l.startsWith('To sign in, use a web browser'));
    const expected: string[] = [];
    for (const customer of ['customer1', 'customer2', 'customer3']) {
      const domain = `${customer}.onmicrosoft.com`;
      expected.push(`Connecting to ${domain}...`, `${domain} has ${MAILBOXES} mailboxes`);
    }
    expect(out).toEqual(expected);
    expect(sh.registry.all()).toHaveLength(0);
  }, 60_000);

  it('07-multiple-connections: two prefixed tenants, each mailbox from its own, then all disconnected', async () => {
    const sh = shell(sb);
    const r = await sh.session.runFile(seedScript('07-multiple-connections.ps1'), []);
    expect(sh.host.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(sh.host.stdout).toMatch(/^ModulePrefix\s+: Primary$/m);
    expect(sh.host.stdout).toMatch(/^ModulePrefix\s+: Secondary$/m);
    expect(sh.registry.all()).toHaveLength(0);
  }, 60_000);

  it('08-script-template: logs every step to the console and the log file, with the mailbox count', async () => {
    const sh = shell(sb);
    const logs = join(sh.configDir, 'Logs');
    mkdirSync(logs);
    const r = await sh.session.runFile(seedScript('08-script-template.ps1'), ['-AppId', AUTOMATION_APP_ID, '-CertificateThumbprint', thumbprint, '-Organization', ORGANIZATION, '-LogDirectory', logs]);
    expect(sh.host.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const log = onlyFile(logs, /^ExchangeScript_\d{8}_\d{6}\.log$/);
    const lines = log.text.trim().split(/\r?\n/);
    expect(sh.host.stdout.trim().split('\n')).toEqual(lines);
    expect(lines.map((l) => l.replace(/^\[\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\] /, ''))).toEqual([
      'Script started',
      'Connecting to Exchange Online...',
      'Connected successfully',
      'Performing Exchange operations...',
      `Mailboxes: ${MAILBOXES}`,
      'Operations completed successfully',
      'Disconnecting from Exchange Online...',
      'Script completed',
    ]);
    expect(sh.registry.all()).toHaveLength(0);
  }, 60_000);

  it('09-optimized-cmdlets: every Get-EXO* call of the guide runs', async () => {
    const sh = shell(sb);
    const r = await sh.session.runFile(seedScript('09-optimized-cmdlets.ps1'), []);
    expect(sh.host.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(sh.host.stdout).toMatch(/^MOD Administrator\s+admin@365adviser\.com\s+99 GB/m);
  }, 60_000);
});
