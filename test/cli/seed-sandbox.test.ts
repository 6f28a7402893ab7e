/**
 * The seed scripts through the real binary, as an admin runs them:
 * `exosh -Sandbox -File <script> -Param value` for a script that needs nothing
 * prepared, and, for the ones that need an app registration or a managed
 * identity, a sandbox this test prepared first (started with startSandbox, as
 * `exosh sandbox --json` would), targeted with EXOSH_SANDBOX + EXOSH_CA_FILE,
 * the documented way to aim exosh at a prepared sandbox. Each child gets its
 * own HOME and XDG_CONFIG_HOME, so its certificate store and token cache are
 * a fresh machine's.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../src/sandbox/index.js';
import { manage } from '../sandbox/helpers.js';
import { sandbox } from '../exo/connections/helpers.js';
import { AUTOMATION_APP_ID, certificateSteps, onlyFile, ORGANIZATION, registerAutomationApp, seedScript, today } from '../exo/connections/seed-setup.js';

const root = join(import.meta.dirname, '..', '..');
const MAILBOXES = 15;

let sb: RunningSandbox;
let home: string;
let thumbprint: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs bin/exosh.js without blocking this process, whose sandbox must keep answering the child. */
function exosh(args: string[], o: { cwd?: string; env?: NodeJS.ProcessEnv; prepared?: boolean } = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config'), NO_COLOR: '1', ...o.env };
  delete env.EXOSH_CONFIG_DIR;
  delete env.EXOSH_SANDBOX;
  delete env.EXOSH_CA_FILE;
  if (o.prepared) Object.assign(env, { EXOSH_SANDBOX: sb.connectionUri, EXOSH_CA_FILE: sb.caFile });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'exosh.js'), ...args], { cwd: o.cwd ?? home, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

beforeAll(async () => {
  sb = await sandbox(MAILBOXES);
  home = mkdtempSync(join(tmpdir(), 'exosh-seed-cli-'));
  // The guide's certificate steps, run by exosh itself into this HOME's certificate store,
  // then the .cer uploaded to the app registration.
  const made = await exosh(['-Command', certificateSteps(join(home, 'Certificates'))]);
  expect(made.stderr).toBe('');
  expect(made.code).toBe(0);
  thumbprint = made.stdout.trim();
  expect(thumbprint).toMatch(/^[0-9A-F]{40}$/);
  await registerAutomationApp(sb, join(home, 'Certificates', 'ExchangeOnlineAutomation.cer'));
}, 120_000);
afterAll(async () => {
  await sb?.stop();
});

describe('seed scripts through bin/exosh.js', () => {
  it('02-credential with -Sandbox: the in-process sandbox signs the admin in with the PSCredential', async () => {
    const r = await exosh(['-Sandbox', '-File', seedScript('02-credential.ps1')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^UserPrincipalName\s+: admin@365adviser\.com$/m);
    expect(r.stdout).toMatch(/^DisplayName\s+: MOD Administrator$/m);
  }, 60_000);

  it('03-certificate-automation: app-only by thumbprint from the local store, the CSV in -ReportDirectory', async () => {
    const reports = join(home, 'Reports');
    mkdirSync(reports);
    const day = today();
    const r = await exosh(['-File', seedScript('03-certificate-automation.ps1'), '-AppId', AUTOMATION_APP_ID, '-CertificateThumbprint', thumbprint, '-Organization', ORGANIZATION, '-ReportDirectory', reports], { prepared: true });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      ['Connecting to Exchange Online...', 'Connected successfully!', 'Retrieving mailbox statistics...', 'Report generated successfully!', 'Disconnecting from Exchange Online...', 'Disconnected', ''].join('\n'),
    );
    const csv = onlyFile(reports, /^MailboxStats_\d{8}\.csv$/);
    expect([day, today()]).toContain(csv.name.slice(13, 21));
    const rows = parse(csv.text, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(MAILBOXES);
    expect(Object.keys(rows[0]!)).toEqual(['DisplayName', 'ItemCount', 'DeletedItemCount', 'TotalItemSize', 'TotalDeletedItemSize', 'MailboxGuid']);
    expect(rows.map((x) => x['DisplayName'])).toContain('MOD Administrator');
    expect(new Set(rows.map((x) => x['MailboxGuid'])).size).toBe(MAILBOXES);
  }, 60_000);

  it('04-certificate-file: the exported PFX with its password', async () => {
    const r = await exosh(['-File', seedScript('04-certificate-file.ps1'), '-AppId', AUTOMATION_APP_ID, '-CertificatePath', join(home, 'Certificates', 'ExchangeOnlineAutomation.pfx'), '-Organization', ORGANIZATION], { prepared: true });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect([...r.stdout.matchAll(/^UserPrincipalName\s+: \S+@contoso\.onmicrosoft\.com$/gm)]).toHaveLength(5);
  }, 60_000);

  it('05-managed-identity-runbook: the App Service identity from IDENTITY_ENDPOINT/IDENTITY_HEADER', async () => {
    // The Automation account's system-assigned identity, as the host sets its variables.
    const identity = (await manage(sb, 'POST', `/tenants/${ORGANIZATION}/managed-identities`, { kind: 'system', name: 'automation-runbook' })).body;
    const r = await exosh(['-File', seedScript('05-managed-identity-runbook.ps1'), '-Organization', ORGANIZATION], { prepared: true, env: identity.environment });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} - Connected successfully!$/);
    const found = /^Found (\d+) inactive mailboxes:$/.exec(lines[3]!);
    expect(found).not.toBeNull();
    const listed = lines.slice(4, 4 + Number(found![1]));
    for (const l of listed) expect(l).toMatch(/^ {2}- .+ \(\S+@contoso\.onmicrosoft\.com\) - Last changed: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
    expect(lines.slice(4 + listed.length, -2)).toHaveLength(10);
    expect(lines.at(-1)).toMatch(/ - Disconnecting\.\.\.$/);
  }, 60_000);

  it('06-delegated-partner with -Sandbox: the auto-provisioned customer tenants, counted by the partner admin', async () => {
    const r = await exosh(['-Sandbox', '-File', seedScript('06-delegated-partner.ps1')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').filter((l) => !l.startsWith('To sign in, use a web browser'));
    expect(lines).toEqual([1, 2, 3].flatMap((n) => [`Connecting to customer${n}.onmicrosoft.com...`, expect.stringMatching(new RegExp(`^customer${n}\\.onmicrosoft\\.com has [1-9]\\d* mailboxes$`))]));
  }, 60_000);

  it('08-script-template: the log file in -LogDirectory matches the console', async () => {
    const logs = join(home, 'Logs');
    mkdirSync(logs);
    const r = await exosh(['-File', seedScript('08-script-template.ps1'), '-AppId', AUTOMATION_APP_ID, '-CertificateThumbprint', thumbprint, '-Organization', ORGANIZATION, '-LogDirectory', logs], { prepared: true });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const log = onlyFile(logs, /^ExchangeScript_\d{8}_\d{6}\.log$/);
    expect(log.text.replace(/\r\n/g, '\n')).toBe(r.stdout);
    expect(r.stdout).toMatch(new RegExp(`^\\[[\\d: -]+\\] Mailboxes: ${MAILBOXES}$`, 'm'));
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/\] Script completed$/);
  }, 60_000);

  it('08-script-template with an unknown thumbprint: logs the error, writes it to stderr and exits 1', async () => {
    const logs = join(home, 'Logs-failed');
    mkdirSync(logs);
    const r = await exosh(['-File', seedScript('08-script-template.ps1'), '-AppId', AUTOMATION_APP_ID, '-CertificateThumbprint', '00'.repeat(20), '-Organization', ORGANIZATION, '-LogDirectory', logs], { prepared: true });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/\] ERROR: No certificate with thumbprint 0{40} was found in the certificate store/);
    expect(r.stderr).toContain('No certificate with thumbprint');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(onlyFile(logs, /\.log$/).text).toContain('ERROR: No certificate with thumbprint');
  }, 60_000);
});
