import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import { sandbox, shell } from './helpers.js';

const SCRIPTS = '/work/shared/seed/scripts';

let sb: RunningSandbox;
beforeAll(async () => {
  sb = await sandbox(15);
}, 60_000);
afterAll(async () => {
  await sb?.stop();
});

/** The guide's scripts, unchanged, against the sandbox as `exosh -Sandbox -File` runs them. */
describe('seed scripts', () => {
  it('01-interactive: connects, shows the connection and ten mailboxes, disconnects', async () => {
    const sh = shell(sb);
    const r = await sh.session.runFile(`${SCRIPTS}/01-interactive.ps1`, []);
    expect(sh.host.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(sh.host.stdout).toMatch(/^ConnectionUsedForInbuiltCmdlets : True$/m);
    expect(sh.host.stdout).toMatch(/^UserPrincipalName\s+: admin@365adviser\.com$/m);
    expect(sh.registry.all()).toHaveLength(0);
  }, 60_000);

  it('07-multiple-connections: two prefixed tenants, each mailbox from its own, then all disconnected', async () => {
    const sh = shell(sb);
    const r = await sh.session.runFile(`${SCRIPTS}/07-multiple-connections.ps1`, []);
    expect(sh.host.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(sh.host.stdout).toMatch(/^ModulePrefix\s+: Primary$/m);
    expect(sh.host.stdout).toMatch(/^ModulePrefix\s+: Secondary$/m);
    expect(sh.registry.all()).toHaveLength(0);
  }, 60_000);

  it('09-optimized-cmdlets: every Get-EXO* call of the guide runs', async () => {
    const sh = shell(sb);
    const r = await sh.session.runFile(`${SCRIPTS}/09-optimized-cmdlets.ps1`, []);
    expect(sh.host.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(sh.host.stdout).toMatch(/^MOD Administrator\s+admin@365adviser\.com\s+99 GB/m);
  }, 60_000);
});
