import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { runSandboxCommand } from '../../src/sandbox/cli.js';
import { tempDir, trustCa } from './helpers.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    out.push(String(s));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    err.push(String(s));
    return true;
  });
  return { out, err };
}

async function waitFor(check: () => boolean): Promise<void> {
  for (let i = 0; i < 600 && !check(); i++) await new Promise((r) => setTimeout(r, 50));
  expect(check()).toBe(true);
}

describe('exosh sandbox', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('--json prints exactly one JSON line once ready and stops cleanly on SIGTERM', async () => {
    const { out } = capture();
    const exit = runSandboxCommand(['--json', '--port', '0', '--data-dir', tempDir(), '--mailboxes', '5', '--seed', '3']);
    await waitFor(() => out.length > 0);
    const info = JSON.parse(out[0]!) as Record<string, unknown>;
    expect(Object.keys(info).sort()).toEqual(['authorityUri', 'caFile', 'connectionUri', 'managementUri', 'pid']);
    expect(info.pid).toBe(process.pid);
    expect(info.connectionUri).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(info.authorityUri).toBe(`${info.connectionUri}/organizations`);
    expect(info.managementUri).toBe(`${info.connectionUri}/_sandbox/`);
    trustCa(readFileSync(info.caFile as string, 'utf8'));
    const res = await fetch(`${info.connectionUri}/organizations/v2.0/.well-known/openid-configuration`);
    expect(res.status).toBe(200);

    process.emit('SIGTERM');
    expect(await exit).toBe(0);
    expect(out).toHaveLength(1);
    expect(out[0]!.endsWith('\n')).toBe(true);
    await expect(fetch(`${info.connectionUri}/organizations/v2.0/.well-known/openid-configuration`)).rejects.toThrow();
  });

  it('prints the addresses for people and stops on SIGINT', async () => {
    const { out } = capture();
    const exit = runSandboxCommand(['--port=0', `--data-dir=${tempDir()}`, '--auto-approve']);
    await waitFor(() => out.join('').includes('Ctrl+C'));
    const text = out.join('');
    expect(text).toMatch(/ConnectionUri : https:\/\/127\.0\.0\.1:\d+\n/);
    expect(text).toMatch(/Authority     : https:\/\/127\.0\.0\.1:\d+\/organizations\n/);
    expect(text).toMatch(/CA file       : .*ca\.pem\n/);
    expect(text).toMatch(/Management    : https:\/\/127\.0\.0\.1:\d+\/_sandbox\/\n/);
    process.emit('SIGINT');
    expect(await exit).toBe(0);
  });

  it('refuses unknown options and bad numbers with a usage message', async () => {
    const { out, err } = capture();
    expect(await runSandboxCommand(['--bogus'])).toBe(1);
    expect(err.join('')).toContain("exosh sandbox: unknown option '--bogus'.");
    expect(await runSandboxCommand(['--port', '99999'])).toBe(1);
    expect(err.join('')).toContain("--port must be a whole number from 0 to 65535, not '99999'.");
    expect(await runSandboxCommand(['--mailboxes'])).toBe(1);
    expect(err.join('')).toContain('--mailboxes needs a value.');
    expect(out).toEqual([]);
  });
});
