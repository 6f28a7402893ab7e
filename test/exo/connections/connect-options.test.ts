import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import { clearRequests, exchangeCalls, requests, sandbox, shell } from './helpers.js';

const MAILBOXES = 7;
const PASSWORD = 'P@ssw0rd123!';
const CREDENTIAL = `$cred = New-Object System.Management.Automation.PSCredential ('admin@contoso.onmicrosoft.com', (ConvertTo-SecureString '${PASSWORD}' -AsPlainText -Force))`;

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await sandbox(MAILBOXES);
}, 60_000);
afterAll(async () => {
  await sb?.stop();
});

describe('Connect-ExchangeOnline -SkipLoadingFormatData', () => {
  it('leaves Exchange output unformatted; a connection with the format data brings the Mailbox table back', async () => {
    const sh = shell(sb);
    await sh.run(`${CREDENTIAL}; Connect-ExchangeOnline -Credential $cred -ShowBanner:$false -SkipLoadingFormatData`);
    const raw = await sh.run('Get-Mailbox -ResultSize 1 -WarningAction SilentlyContinue');
    expect(raw.stderr).toBe('');
    // No view: more than four properties make a list, as pwsh prints an object without format data.
    expect(raw.stdout).toMatch(/^Name\s+: admin$/m);
    expect(raw.stdout).not.toMatch(/^Name\s+Alias\s+Database/m);
    await sh.run('Disconnect-ExchangeOnline -Confirm:$false');

    await sh.run(`Connect-ExchangeOnline -Credential $cred -ShowBanner:$false`);
    const formatted = await sh.run('Get-Mailbox -ResultSize 1 -WarningAction SilentlyContinue');
    expect(formatted.stdout).toMatch(/^Name\s+Alias\s+Database\s+ProhibitSendQuota\s+ExternalDirectoryObjectId$/m);
    await sh.run('Disconnect-ExchangeOnline -Confirm:$false');
    // Disconnecting unloads the format data with the temp module.
    const after = await sh.run(`Connect-ExchangeOnline -Credential $cred -ShowBanner:$false -SkipLoadingFormatData; Get-Mailbox -ResultSize 1 -WarningAction SilentlyContinue; Disconnect-ExchangeOnline -Confirm:$false`);
    expect(after.stdout).toMatch(/^Name\s+: admin$/m);
  }, 60_000);
});

describe('Connect-ExchangeOnline -PageSize', () => {
  it('is the page size of the connection\'s proxied cmdlets', async () => {
    const sh = shell(sb);
    await sh.run(`${CREDENTIAL}; Connect-ExchangeOnline -Credential $cred -ShowBanner:$false -PageSize 3`);
    await clearRequests(sb);
    const r = await sh.run('(Get-Mailbox -ResultSize Unlimited).Count');
    expect(r.stdout.trim()).toBe(String(MAILBOXES));
    const calls = exchangeCalls(await requests(sb));
    expect(calls.length).toBeGreaterThanOrEqual(Math.ceil(MAILBOXES / 3));
    expect(calls.every((c) => c.headers['prefer']?.includes('odata.maxpagesize=3'))).toBe(true);
    await sh.run('Disconnect-ExchangeOnline -Confirm:$false');
  }, 60_000);
});

describe('Connect-ExchangeOnline -EnableErrorReporting -LogDirectoryPath', () => {
  it('writes one row per cmdlet to the log folder, with errors, warnings and performance, and no secret', async () => {
    const sh = shell(sb);
    const dir = join(mkdtempSync(join(tmpdir(), 'exosh-exolog-')), 'logs');
    const c = await sh.run(`${CREDENTIAL}; Connect-ExchangeOnline -Credential $cred -ShowBanner:$false -EnableErrorReporting -LogDirectoryPath '${dir}' -LogLevel All -TrackPerformance $true`);
    expect(c.stderr).toBe('');
    const [file] = readdirSync(dir);
    expect(file).toMatch(/^EXOCmdletTelemetry-\d{8}-\d{6}\.csv$/);
    expect(c.stdout).toContain(`Writing cmdlet logs to ${join(dir, file!)}`);

    await sh.run('Get-EXOMailbox -ResultSize 3 | Out-Null');
    await sh.run('Get-Mailbox -ResultSize 2 | Out-Null');
    const missing = await sh.run('Get-Mailbox -Identity nobody.here');
    expect(missing.stderr).not.toBe('');
    // Stopped by Select-Object: the cmdlet gets no end(), its row is still written.
    await sh.run('Get-EXOMailbox -ResultSize Unlimited | Select-Object -First 1 | Out-Null');
    await sh.run('try { Get-EXOMailbox -Identity nobody.here -ErrorAction Stop } catch { }');
    await sh.run('Disconnect-ExchangeOnline -Confirm:$false');

    const text = readFileSync(join(dir, file!), 'utf8');
    expect(text).not.toContain(PASSWORD);
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0]!)).toEqual(['StartTime', 'EndTime', 'DurationMs', 'ConnectionId', 'CmdletName', 'CmdletParameters', 'ResultCount', 'Errors', 'Warnings', 'CpuTimeMs', 'WorkingSetMB']);
    expect(rows.map((r) => r['CmdletName'])).toEqual(['Connect-ExchangeOnline', 'Get-EXOMailbox', 'Get-Mailbox', 'Get-Mailbox', 'Get-EXOMailbox', 'Get-EXOMailbox']);
    const [connect, exo, page, notFound, stopped, stopError] = rows;
    expect(stopped!['ResultCount']).toBe('1');
    expect(stopError!['Errors']).toMatch(/nobody\.here/);
    expect(stopError!['Errors']).not.toContain(' | ');
    expect(connect!['CmdletParameters']).toContain('-Credential:System.Management.Automation.PSCredential');
    expect(connect!['Errors']).toBe('');
    expect(exo!['CmdletParameters']).toBe('-ResultSize:3');
    expect(exo!['ResultCount']).toBe('3');
    // LogLevel All keeps the service's warnings.
    expect(page!['ResultCount']).toBe('2');
    expect(page!['Warnings']).toContain('There are more results available than are currently displayed');
    expect(notFound!['Errors']).toMatch(/nobody\.here/);
    for (const r of rows) {
      expect(r['ConnectionId']).toMatch(/^[0-9a-f-]{36}$/);
      expect(Number(r['DurationMs'])).toBeGreaterThanOrEqual(0);
      expect(Number(r['WorkingSetMB'])).toBeGreaterThan(0);
    }
  }, 60_000);

  it('logs a failed connect with the reason, and withholds a certificate password', async () => {
    const sh = shell(sb);
    const dir = mkdtempSync(join(tmpdir(), 'exosh-exolog-'));
    const r = await sh.run(`$pw = ConvertTo-SecureString 'Pfx-Secret-42' -AsPlainText -Force
Connect-ExchangeOnline -AppId 5b1c2f3a-0d4e-4a7b-9c8d-112233445566 -CertificateFilePath '${join(dir, 'missing.pfx')}' -CertificatePassword $pw -Organization contoso.onmicrosoft.com -EnableErrorReporting -LogDirectoryPath '${dir}'`);
    expect(r.ok).toBe(false);
    const file = readdirSync(dir).find((f) => f.endsWith('.csv'))!;
    const text = readFileSync(join(dir, file), 'utf8');
    expect(text).not.toContain('Pfx-Secret-42');
    const [row] = parse(text, { columns: true }) as Array<Record<string, string>>;
    expect(row!['CmdletName']).toBe('Connect-ExchangeOnline');
    expect(row!['CmdletParameters']).toContain('-CertificatePassword:System.Security.SecureString');
    expect(row!['Errors']).toContain('missing.pfx');
    // Default level: no warnings column content, no performance columns.
    expect(Object.keys(row!)).not.toContain('CpuTimeMs');
  }, 60_000);

  it('writes nothing without -EnableErrorReporting', async () => {
    const sh = shell(sb);
    const dir = join(mkdtempSync(join(tmpdir(), 'exosh-exolog-')), 'logs');
    await sh.run(`${CREDENTIAL}; Connect-ExchangeOnline -Credential $cred -ShowBanner:$false -LogDirectoryPath '${dir}'; Get-EXOMailbox -ResultSize 1 | Out-Null; Disconnect-ExchangeOnline -Confirm:$false`);
    expect(existsSync(dir)).toBe(false);
  }, 60_000);
});

describe('Connect-ExchangeOnline -LoadCmdletHelp', () => {
  it('downloads the service help for Get-Help; without it no help is fetched', async () => {
    const sh = shell(sb);
    await sh.run(`${CREDENTIAL}; Connect-ExchangeOnline -Credential $cred -ShowBanner:$false`);
    const bare = await sh.run('Get-Help Get-Mailbox');
    expect(bare.stdout).not.toContain('Use the Get-Mailbox cmdlet');
    await sh.run('Disconnect-ExchangeOnline -Confirm:$false');
    expect((await requests(sb)).some((r) => /\/EXOHelpFile$/i.test(r.path))).toBe(false);

    await clearRequests(sb);
    const c = await sh.run('Connect-ExchangeOnline -Credential $cred -ShowBanner:$false -LoadCmdletHelp');
    expect(c.stderr).toBe('');
    expect(c.stdout).not.toContain('Get-help cmdlet might not work');
    const [call] = (await requests(sb)).filter((r) => /\/EXOHelpFile$/i.test(r.path));
    expect(call!.method).toBe('GET');
    expect(call!.headers['helpfilenames']).toBe('Microsoft.Exchange.RecipientTasks-Help.xml');
    const help = await sh.run('Get-Help Get-Mailbox');
    expect(help.stdout).toMatch(/SYNOPSIS\s+Use the Get-Mailbox cmdlet to view mailbox objects and attributes/);
    await sh.run('Disconnect-ExchangeOnline -Confirm:$false');
  }, 60_000);
});

describe('Connect-ExchangeOnline -UseMultithreading', () => {
  it('$false fetches no page ahead of the pipeline; the default does', async () => {
    const calls = async (extra: string) => {
      const sh = shell(sb);
      await sh.run(`${CREDENTIAL}; Connect-ExchangeOnline -Credential $cred -ShowBanner:$false -PageSize 1 ${extra}`);
      await clearRequests(sb);
      // A slow consumer gives a page fetched ahead the time to reach the service.
      const r = await sh.run('Get-EXOMailbox -ResultSize Unlimited | ForEach-Object { Start-Sleep -Milliseconds 100; $_ } | Select-Object -First 2 | Measure-Object | ForEach-Object Count');
      expect(r.stdout.trim()).toBe('2');
      const n = exchangeCalls(await requests(sb)).length;
      await sh.run('Disconnect-ExchangeOnline -Confirm:$false');
      return n;
    };
    expect(await calls('-UseMultithreading $false')).toBe(2);
    expect(await calls('')).toBe(3);
  }, 60_000);
});
