import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/repl/engine/session.js';
import { CaptureHost } from '../../../src/repl/host/capture-host.js';
import { REDACTED, REDACTED_COMMAND } from '../../../src/repl/transcript/index.js';

function setup() {
  const dir = mkdtempSync(join(tmpdir(), 'exosh-transcript-'));
  const host = new CaptureHost({ width: 80 });
  return { dir, host, session: new Session({ host, cwd: dir }) };
}

async function runAll(session: Session, lines: string[]): Promise<void> {
  for (const line of lines) await session.run(line);
}

describe('Start-Transcript / Stop-Transcript', () => {
  it('writes the pwsh header, each command as PS>command with its output, and the footer', async () => {
    const { dir, host, session } = setup();
    await runAll(session, [
      'Start-Transcript -Path t.txt',
      "'hello'",
      "Write-Host 'from host'; Write-Warning 'careful'; Write-Error 'bad thing'",
      'function Get-Two {\n  2\n}',
      'Stop-Transcript',
      "'after'",
    ]);
    const path = join(dir, 't.txt');
    expect(host.stdout).toContain(`Transcript started, output file is ${path}\n`);
    expect(host.stdout).toContain(`Transcript stopped, output file is ${path}\n`);
    const lines = readFileSync(path, 'utf8').split('\n');
    expect(lines.slice(0, 3)).toEqual(['**********************', 'PowerShell transcript start', expect.stringMatching(/^Start time: \d{14}$/)]);
    for (const field of ['Username: ', 'RunAs User: ', 'Configuration Name: ', 'Machine: ', 'Host Application: ', `Process ID: ${process.pid}`, 'PSVersion: 7.4.6', 'PSEdition: Core', 'Platform: ', 'PSCompatibleVersions: 1.0, 2.0']) {
      expect(lines.some((l) => l.startsWith(field)), field).toBe(true);
    }
    const body = lines.slice(lines.indexOf('**********************', 1) + 1);
    expect(body).toEqual([
      `Transcript started, output file is ${path}`,
      "PS>'hello'",
      'hello',
      "PS>Write-Host 'from host'; Write-Warning 'careful'; Write-Error 'bad thing'",
      'from host',
      'WARNING: careful',
      expect.stringContaining('bad thing'),
      'PS>function Get-Two {',
      '>>   2',
      '>> }',
      'PS>Stop-Transcript',
      '**********************',
      'PowerShell transcript end',
      expect.stringMatching(/^End time: \d{14}$/),
      '**********************',
      '',
    ]);
  });

  it('redacts command lines with secrets and the secrets in later output', async () => {
    const { dir, host, session } = setup();
    await runAll(session, [
      'Start-Transcript -Path t.txt',
      "$pw = ConvertTo-SecureString 'Sup3rS3cret!' -AsPlainText -Force",
      '$plain = $pw | ConvertFrom-SecureString -AsPlainText',
      '"the value is $plain"',
      "'token: eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4eXoxMjMifQ.c2lnbmF0dXJl'",
      "'client_secret=abc123def456 and more'",
      'Stop-Transcript',
    ]);
    expect(host.stdout).toContain('the value is Sup3rS3cret!');
    const text = readFileSync(join(dir, 't.txt'), 'utf8');
    expect(text).not.toContain('Sup3rS3cret!');
    expect(text).toContain(`the value is ${REDACTED}`);
    expect(text).not.toContain('eyJ0eXAi');
    expect(text).not.toContain('abc123def456');
    expect(text).toContain(`PS>${REDACTED_COMMAND}`);
    expect(text).toContain(`token: ${REDACTED}`);
    expect(text).toContain(`client_secret=${REDACTED} and more`);
  });

  it('records Read-Host prompts with the answer, but never a secure answer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-transcript-'));
    const host = new CaptureHost({ width: 80, answers: ['Contoso', 'hunter22'] });
    const session = new Session({ host, cwd: dir });
    await runAll(session, ['Start-Transcript t.txt', "$org = Read-Host 'Organization'", "$s = Read-Host 'Secret' -AsSecureString", 'Stop-Transcript']);
    const text = readFileSync(join(dir, 't.txt'), 'utf8');
    expect(text).toContain("PS>$org = Read-Host 'Organization'\nOrganization: Contoso\n");
    expect(text).not.toContain('hunter22');
  });

  it('-Append keeps the old transcript; -NoClobber refuses an existing file', async () => {
    const { dir, host, session } = setup();
    writeFileSync(join(dir, 'old.txt'), 'previous\n');
    await runAll(session, ['Start-Transcript old.txt -Append', "'x'", 'Stop-Transcript', 'Start-Transcript old.txt -NoClobber']);
    expect(readFileSync(join(dir, 'old.txt'), 'utf8')).toMatch(/^previous\n\*{22}\nPowerShell transcript start/);
    expect(host.stderr).toContain('already exists');
  });

  it('-Force writes to a read-only file', async () => {
    if (process.platform === 'win32' || process.getuid?.() === 0) return;
    const { dir, host, session } = setup();
    writeFileSync(join(dir, 'ro.txt'), 'old\n');
    chmodSync(join(dir, 'ro.txt'), 0o444);
    await runAll(session, ['Start-Transcript ro.txt']);
    expect(host.stderr).not.toBe('');
    host.reset();
    await runAll(session, ['Start-Transcript ro.txt -Force', "'x'", 'Stop-Transcript']);
    expect(host.stderr).toBe('');
    expect(readFileSync(join(dir, 'ro.txt'), 'utf8')).toContain("PS>'x'\nx\n");
  });

  it('-IncludeInvocationHeader stamps each command', async () => {
    const { dir, session } = setup();
    await runAll(session, ['Start-Transcript t.txt -IncludeInvocationHeader', '1 + 1', 'Stop-Transcript']);
    expect(readFileSync(join(dir, 't.txt'), 'utf8')).toMatch(/\*{22}\nCommand start time: \d{14}\n\*{22}\nPS>1 \+ 1\n2\n/);
  });

  it('-UseMinimalHeader writes only the start time', async () => {
    const { dir, session } = setup();
    await runAll(session, ['Start-Transcript t.txt -UseMinimalHeader', 'Stop-Transcript']);
    expect(readFileSync(join(dir, 't.txt'), 'utf8')).toMatch(/^\*{22}\nPowerShell transcript start\nStart time: \d{14}\n\*{22}\nTranscript started, output file is /);
  });

  it('-OutputDirectory picks the default file name', async () => {
    const { dir, host, session } = setup();
    await runAll(session, ['Start-Transcript -OutputDirectory logs', 'Stop-Transcript']);
    const files = readdirSync(join(dir, 'logs'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^PowerShell_transcript\.[^.]+\.[\w-]{8}\.\d{14}\.txt$/);
    expect(host.stdout).toContain(join(dir, 'logs', files[0]!));
  });

  it('nests transcripts: Stop-Transcript closes the newest; with none open it is an error', async () => {
    const { dir, host, session } = setup();
    await runAll(session, ['Start-Transcript a.txt', "'one'", 'Start-Transcript b.txt', "'two'", 'Stop-Transcript', "'three'", 'Stop-Transcript', "'four'", 'Stop-Transcript']);
    const a = readFileSync(join(dir, 'a.txt'), 'utf8');
    const b = readFileSync(join(dir, 'b.txt'), 'utf8');
    expect(a).toContain("PS>'two'\ntwo\n");
    expect(a).toContain("PS>'three'\nthree\n");
    expect(a).not.toContain('four');
    expect(b).toContain("PS>'two'\ntwo\n");
    expect(b).not.toContain('three');
    expect(host.stderr).toContain('The host is not currently transcribing.');
    expect(existsSync(join(dir, 'a.txt'))).toBe(true);
  });

  it('stops teeing once stopped: the host prints as before', async () => {
    const { host, session } = setup();
    await runAll(session, ['Start-Transcript t.txt', 'Stop-Transcript']);
    host.reset();
    await session.run("'plain'");
    expect(host.stdout).toBe('plain\n');
    expect(Object.prototype.hasOwnProperty.call(host, 'writeOutput')).toBe(false);
  });
});
