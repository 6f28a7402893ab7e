import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../../src/exo/auth/token-provider.js';
import { ADMIN_PASSWORD, browse, claims, invoke, manage, recordingPrompts, sandboxEnv, start, type Sandbox } from './helpers.js';

/** Plays the user's browser in the background, as a real one runs beside msal's loopback listener. */
function browser(login: string, password: string) {
  return async (url: string): Promise<void> => {
    void browse(url, login, password);
  };
}

const DEVICE_MESSAGE = /^To sign in, use a web browser to open the page https:\/\/127\.0\.0\.1:\d+\/devicelogin and enter the code [A-Z0-9]{9} to authenticate\.$/;

describe('interactive and device-code sign-in against the sandbox', () => {
  let sb: Sandbox;
  beforeAll(async () => {
    sb = await start({ autoApprove: true });
  });
  afterAll(() => sb.stop());

  it('uses the browser with PKCE on a loopback redirect when one can be opened', async () => {
    const env = sandboxEnv(sb, { tenant: 'contoso.onmicrosoft.com', prompts: recordingPrompts(browser('admin@contoso.onmicrosoft.com', ADMIN_PASSWORD)) });
    const p = await signIn({ method: 'interactive', userPrincipalName: 'admin@contoso.onmicrosoft.com' }, env);
    expect(p.method).toBe('interactive');
    const q = new URL(env.prompts.opened[0]!).searchParams;
    expect(q.get('code_challenge_method')).toBe('S256');
    expect(q.get('login_hint')).toBe('admin@contoso.onmicrosoft.com');
    expect(new URL(q.get('redirect_uri')!).hostname).toMatch(/^(localhost|127\.0\.0\.1)$/);
    expect(p.account.userPrincipalName).toBe('admin@contoso.onmicrosoft.com');
    expect(env.prompts.deviceMessages).toEqual([]);
  });

  it('uses device code with -Device and prints the module text', async () => {
    const env = sandboxEnv(sb);
    const p = await signIn({ method: 'interactive', forceDevice: true }, env);
    expect(p.method).toBe('device');
    expect(env.prompts.opened).toEqual([]);
    expect(env.prompts.deviceMessages).toHaveLength(1);
    expect(env.prompts.deviceMessages[0]).toMatch(DEVICE_MESSAGE);
    const t = await p.getToken();
    expect(claims(t.token).upn).toBe('admin@contoso.onmicrosoft.com');
    expect((await invoke(sb, 'contoso.onmicrosoft.com', t.token)).status).toBe(200);
  });

  it.each([
    ['over SSH', { SSH_CONNECTION: '10.0.0.1 50000 10.0.0.2 22', DISPLAY: ':0' }],
    ['on Linux without a display', {}],
  ])('falls back to device code %s without trying the browser', async (_name, processEnv) => {
    const env = sandboxEnv(sb, { processEnv });
    const p = await signIn({ method: 'interactive' }, env);
    expect(p.method).toBe(process.platform === 'linux' || 'SSH_CONNECTION' in processEnv ? 'device' : 'interactive');
    expect(env.prompts.opened).toEqual([]);
    expect(env.prompts.deviceMessages[0]).toMatch(DEVICE_MESSAGE);
  });

  it('falls back to device code with a warning when the browser cannot be opened', async () => {
    const env = sandboxEnv(sb); // recordingPrompts() without a browser throws from openBrowser
    const p = await signIn({ method: 'interactive' }, env);
    expect(p.method).toBe('device');
    expect(env.prompts.opened).toHaveLength(1);
    expect(env.prompts.warnings).toEqual(['The web browser could not be opened. Using device code sign-in instead.']);
    expect(env.prompts.deviceMessages[0]).toMatch(DEVICE_MESSAGE);
  });

  it('falls back to device code when no redirect arrives before the timeout', async () => {
    const env = sandboxEnv(sb, { interactiveTimeoutMs: 300, prompts: recordingPrompts(async () => {}) });
    const p = await signIn({ method: 'interactive' }, env);
    expect(p.method).toBe('device');
    expect(env.prompts.warnings).toEqual(['No sign-in completed in the browser in time. Using device code sign-in instead.']);
  });

  it('stops waiting for the browser when aborted', async () => {
    const env = sandboxEnv(sb, { prompts: recordingPrompts(async () => {}) });
    const ac = new AbortController();
    const pending = signIn({ method: 'interactive' }, env, ac.signal);
    setTimeout(() => ac.abort(), 200);
    await expect(pending).rejects.toThrow('Sign-in was cancelled.');
    expect(env.prompts.deviceMessages).toEqual([]);
  });

  it('re-uses the cached account silently when -UserPrincipalName matches', async () => {
    const env = sandboxEnv(sb);
    await signIn({ method: 'interactive', forceDevice: true }, env);
    await manage(sb, 'DELETE', '/requests');
    const again = sandboxEnv(sb, { cacheDir: env.cacheDir });
    const p = await signIn({ method: 'interactive', userPrincipalName: 'ADMIN@contoso.onmicrosoft.com' }, again);
    expect(again.prompts.deviceMessages).toEqual([]);
    expect(again.prompts.opened).toEqual([]);
    expect(p.account.userPrincipalName).toBe('admin@contoso.onmicrosoft.com');
    const log = (await manage(sb, 'GET', '/requests')).body.value as Array<{ path: string }>;
    expect(log.some((e) => e.path.endsWith('/devicecode'))).toBe(false);
  });

  it('does not re-use a cached account for another user name', async () => {
    const env = sandboxEnv(sb);
    await signIn({ method: 'interactive', forceDevice: true }, env);
    const other = sandboxEnv(sb, { cacheDir: env.cacheDir });
    await signIn({ method: 'interactive', userPrincipalName: 'someone.else@contoso.onmicrosoft.com', forceDevice: true }, other);
    expect(other.prompts.deviceMessages).toHaveLength(1);
  });

  it('stops the device-code flow when aborted', async () => {
    const slow = await start(); // no auto-approve: the code stays pending
    try {
      const env = sandboxEnv(slow);
      const ac = new AbortController();
      const pending = signIn({ method: 'interactive', forceDevice: true }, env, ac.signal);
      setTimeout(() => ac.abort(), 300);
      await expect(pending).rejects.toThrow('Device code sign-in was cancelled.');
    } finally {
      await slow.stop();
    }
  }, 20_000);
});
