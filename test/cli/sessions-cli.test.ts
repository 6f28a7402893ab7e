/**
 * Sessions through the real binary: -Replay of a saved session (no terminal: each
 * command echoed, then run), Export-History feeding -Replay, and the profile script
 * (run at start for -Command, skipped with -NoProfile).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCliArgs, USAGE } from '../../src/cli/args.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'exosh.js');

/** Runs exosh in a fresh folder with its own config folder (where profile.ps1 lives). */
function shell(args: string[], o: { profile?: string; files?: Record<string, string> } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'exosh-sessions-'));
  const config = join(dir, 'config');
  mkdirSync(config);
  if (o.profile !== undefined) writeFileSync(join(config, 'profile.ps1'), o.profile);
  for (const [name, text] of Object.entries(o.files ?? {})) writeFileSync(join(dir, name), text);
  const env: NodeJS.ProcessEnv = { ...process.env, EXOSH_CONFIG_DIR: config, EXOSH_DATA_DIR: join(dir, 'data'), NO_COLOR: '1' };
  delete env.EXOSH_SANDBOX;
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, env, input: '', encoding: 'utf8', timeout: 60_000 });
  return { dir, code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Each case starts the binary once or twice; on a loaded machine one start can take 15 s.
const slow = { timeout: 120_000 };

describe('-Replay', slow, () => {
  it('parses -Replay <path> and documents it', () => {
    expect(parseCliArgs(['-Replay', 's.ps1', '-NoProfile'], true)).toMatchObject({ mode: { kind: 'replay', path: 's.ps1' }, noProfile: true });
    expect(() => parseCliArgs(['-Replay'], true)).toThrow(/Missing the path/);
    expect(USAGE).toContain('-Replay <path>');
  });

  it('echoes each command as typed, then its output, and carries on past errors', () => {
    const script = "# saved session\n$n = 3\nfunction Get-Sq {\n  param($x)\n  $x * $x\n}\nGet-Sq $n\nGet-Item ./missing.txt\n'done'\n";
    const r = shell(['-Replay', 'session.ps1'], { files: { 'session.ps1': script } });
    expect(r.stdout).toBe('PS> $n = 3\nPS> function Get-Sq {\n>>   param($x)\n>>   $x * $x\n>> }\nPS> Get-Sq $n\n9\nPS> Get-Item ./missing.txt\nPS> \'done\'\ndone\n');
    expect(r.stderr).toContain('missing.txt');
    expect(r.code).toBe(0);
  });

  it('stops at exit with its code', () => {
    const r = shell(['-Replay', 's.ps1'], { files: { 's.ps1': "'a'\nexit 3\n'never'\n" } });
    expect(r.stdout).toBe("PS> 'a'\na\nPS> exit 3\n");
    expect(r.code).toBe(3);
  });

  it('runs nothing when the script does not parse, or is missing', () => {
    const bad = shell(['-Replay', 's.ps1'], { files: { 's.ps1': "'a'\nif ($true {\n" } });
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('ParserError');
    expect(bad.code).toBe(1);
    const missing = shell(['-Replay', 'nope.ps1']);
    expect(missing.stderr).toContain("The argument 'nope.ps1' is not recognized");
    expect(missing.code).toBe(1);
  });

  it('replays what Export-History saved', () => {
    const first = shell(['-Replay', 'work.ps1'], { files: { 'work.ps1': "$list = 'x', 'y'\n$list | ForEach-Object { \"item $_\" }\nExport-History -Path saved.ps1\n" } });
    expect(first.stderr).toBe('');
    const saved = readFileSync(join(first.dir, 'saved.ps1'), 'utf8');
    expect(saved).toContain("$list = 'x', 'y'\n$list | ForEach-Object { \"item $_\" }\n");
    const again = shell(['-Replay', 'saved.ps1'], { files: { 'saved.ps1': saved } });
    expect(again.stdout).toBe("PS> $list = 'x', 'y'\nPS> $list | ForEach-Object { \"item $_\" }\nitem x\nitem y\n");
  });
});

describe('profile', slow, () => {
  const profile = "function Get-Hello { 'hello from the profile' }\n";

  it('runs before -Command, and $PROFILE names it', () => {
    const r = shell(['-Command', 'Get-Hello; Split-Path $PROFILE -Leaf'], { profile });
    expect(r.stdout).toBe('hello from the profile\nprofile.ps1\n');
    expect(r.code).toBe(0);
  });

  it('is skipped with -NoProfile', () => {
    const r = shell(['-NoProfile', '-Command', 'Get-Hello'], { profile });
    expect(r.stderr).toContain("The term 'Get-Hello' is not recognized");
  });

  it('a failing profile is reported and the command still runs', () => {
    const r = shell(['-Command', "'still here'"], { profile: "throw 'profile broke'\n" });
    expect(r.stderr).toContain('profile broke');
    expect(r.stdout).toBe('still here\n');
    expect(r.code).toBe(0);
  });
});

describe('transcript', slow, () => {
  it('a transcript left open gets its footer when the shell exits', () => {
    const r = shell(['-NoProfile', '-Command', "Start-Transcript t.txt | Out-Null; 'inside'"]);
    expect(r.stdout).toBe('inside\n');
    const text = readFileSync(join(r.dir, 't.txt'), 'utf8');
    expect(text).toMatch(/^\*{22}\nPowerShell transcript start\n/);
    expect(text).toMatch(/\ninside\n\*{22}\nPowerShell transcript end\nEnd time: \d{14}\n\*{22}\n$/);
  });
});
