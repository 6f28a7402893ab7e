import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profilePath, runProfile } from '../../src/cli/profile.js';
import { Session } from '../../src/repl/engine/session.js';
import { CaptureHost } from '../../src/repl/host/capture-host.js';

function setup(profile?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'exosh-profile-'));
  const env = { EXOSH_CONFIG_DIR: join(dir, 'config') };
  if (profile !== undefined) {
    mkdirSync(env.EXOSH_CONFIG_DIR, { recursive: true });
    writeFileSync(profilePath(env), profile);
  }
  const host = new CaptureHost({ width: 120 });
  return { env, host, session: new Session({ host }) };
}

describe('runProfile', () => {
  it('sets $PROFILE and dot-sources the profile into the global scope', async () => {
    const { env, host, session } = setup("function Get-Greeting { 'hello' }\n$Greeting = 'hi'\n");
    await runProfile(session, { noProfile: false, env });
    await session.run('$PROFILE; Get-Greeting; $Greeting');
    expect(host.stdout).toBe(`${profilePath(env)}\nhello\nhi\n`);
    expect(session.history).toEqual(['$PROFILE; Get-Greeting; $Greeting']);
  });

  it('-NoProfile sets $PROFILE but runs nothing', async () => {
    const { env, host, session } = setup("$ran = 'yes'");
    await runProfile(session, { noProfile: true, env });
    await session.run('$PROFILE; $null -eq $ran');
    expect(host.stdout).toBe(`${profilePath(env)}\nTrue\n`);
  });

  it('reports errors in the profile and leaves the session usable', async () => {
    const { env, host, session } = setup("$before = 1\nthrow 'bad profile'\n");
    await runProfile(session, { noProfile: false, env });
    expect(host.stderr).toContain('bad profile');
    const r = await session.run('$before + 1');
    expect(r.ok).toBe(true);
    expect(host.stdout).toBe('2\n');
  });

  it('reports a parse error with the profile path', async () => {
    const { env, host, session } = setup("if ($x {");
    await runProfile(session, { noProfile: false, env });
    expect(host.stderr).toContain(`ParserError: ${profilePath(env)}:1:`);
  });

  it('reports an unreadable profile without failing', async () => {
    if (process.platform === 'win32' || process.getuid?.() === 0) return;
    const { env, host, session } = setup("'x'");
    chmodSync(profilePath(env), 0o000);
    await runProfile(session, { noProfile: false, env });
    expect(host.stderr).toContain('could not be read');
  });
});
