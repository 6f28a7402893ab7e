/**
 * The real binary, as scripts and runbooks use it: -Command, -File with
 * script parameters, a script on stdin, exit codes, and the seed scripts run
 * against no tenant (no sandbox, no network), which must fail at
 * Connect-ExchangeOnline with a clear error, never at parsing or binding.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const seedScripts = join(root, '..', 'shared', 'seed', 'scripts');

function exosh(args: string[], input?: string) {
  const cwd = mkdtempSync(join(tmpdir(), 'exosh-cli-'));
  const env: NodeJS.ProcessEnv = { ...process.env, EXOSH_CONFIG_DIR: join(cwd, 'config'), NO_COLOR: '1' };
  delete env.EXOSH_SANDBOX;
  const r = spawnSync(process.execPath, [join(root, 'bin', 'exosh.js'), ...args], { cwd, env, input: input ?? '', encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('exosh command line', () => {
  it('runs -Command text and prints the result', () => {
    const r = exosh(['-Command', '1..10 | Where-Object { $_ % 2 } | Measure-Object -Sum | Select-Object -ExpandProperty Sum']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('25\n');
    expect(r.code).toBe(0);
  });

  it('binds -File script parameters and returns the exit N value', () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-file-'));
    const script = join(dir, 'greet.ps1');
    writeFileSync(script, 'param([Parameter(Mandatory)][string]$Name, [int]$Times = 1)\n1..$Times | ForEach-Object { "Hello, $Name" }\nexit 7\n');
    const r = exosh(['-File', script, '-Name', 'Ada', '-Times', '2']);
    expect(r.stdout).toBe('Hello, Ada\nHello, Ada\n');
    expect(r.code).toBe(7);
  });

  it('reads a script from stdin when stdin is not a terminal', () => {
    const r = exosh([], '$x = 6\n$x * 7\n');
    expect(r.stdout).toBe('42\n');
    expect(r.code).toBe(0);
  });

  it('reports a parse error with line and column, runs nothing, and exits 1', () => {
    const r = exosh(['-Command', "'before'\nif ($true) { 'x'"]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('ParserError');
    expect(r.stderr).toMatch(/Missing closing '\}'/);
    expect(r.code).toBe(1);
  });

  it('exits 1 after a terminating error and keeps it readable (no stack trace)', () => {
    const r = exosh(['-Command', "throw 'boom'"]);
    expect(r.stderr).toContain('boom');
    expect(r.stderr).not.toMatch(/\bat .*\.js:\d+/);
    expect(r.code).toBe(1);
  });

  it('prints -Version and -Help', () => {
    expect(exosh(['-Version']).stdout).toMatch(/^exosh \d+\.\d+\.\d+\n$/);
    expect(exosh(['-Help']).stdout).toContain('-File');
  });

  it('refuses an unknown option with a clear message and exit 1', () => {
    const r = exosh(['-Bogus']);
    expect(r.stderr).toContain("Unknown option '-Bogus'");
    expect(r.code).toBe(1);
  });
});

describe('seed scripts against no tenant', () => {
  // Scripts without try/catch stop at the failed connect (the module's Connect throws);
  // 03 and 06 catch it and carry on, as their text says; 08 catches and exits 1.
  const expectedExit: Record<string, number> = {
    '01-interactive.ps1': 1,
    '02-credential.ps1': 1,
    '03-certificate-automation.ps1': 0,
    '04-certificate-file.ps1': 1,
    '05-managed-identity-runbook.ps1': 1,
    '06-delegated-partner.ps1': 0,
    '07-multiple-connections.ps1': 1,
    '08-script-template.ps1': 1,
    '09-optimized-cmdlets.ps1': 1,
  };
  const scripts = readdirSync(seedScripts).filter((f) => f.endsWith('.ps1')).sort();

  it('covers every seed script', () => {
    expect(scripts).toEqual(Object.keys(expectedExit).sort());
  });

  for (const name of scripts) {
    it(`${name} fails only at Connect-ExchangeOnline`, () => {
      const args = ['-File', join(seedScripts, name)];
      if (name.startsWith('05-')) args.push('-Organization', 'contoso.onmicrosoft.com');
      const r = exosh(args);
      const all = r.stdout + r.stderr;
      expect(all).toMatch(/Connect-ExchangeOnline|Failed to connect|An error occurred|ERROR:/);
      expect(all).not.toContain('ParserError');
      expect(all).not.toContain('A parameter cannot be found');
      expect(all).not.toContain('is not recognized as a name of a cmdlet');
      expect(all).not.toMatch(/Cannot process command because of one or more missing mandatory parameters/);
      expect(r.code).toBe(expectedExit[name]);
    });
  }
});
