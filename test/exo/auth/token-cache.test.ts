import { existsSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireFileLock } from '../../../src/exo/auth/file-lock.js';
import { FileCachePlugin, TOKEN_CACHE_FILE } from '../../../src/exo/auth/cache-plugin.js';
import { TokenSlot } from '../../../src/exo/auth/token-slot.js';
import { tempDir } from './helpers.js';

describe('the token cache lock', () => {
  it('makes a second holder wait until the first releases', async () => {
    const lock = join(tempDir(), 'x.lock');
    const release = await acquireFileLock(lock);
    let second = false;
    const waiting = acquireFileLock(lock).then((r) => {
      second = true;
      return r;
    });
    await new Promise((r) => setTimeout(r, 100));
    expect(second).toBe(false);
    release();
    (await waiting)();
    expect(second).toBe(true);
    expect(existsSync(lock)).toBe(false);
  });

  it('breaks a stale lock left by a crashed process', async () => {
    const lock = join(tempDir(), 'stale.lock');
    writeFileSync(lock, '999999999');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lock, old, old);
    const release = await acquireFileLock(lock, { timeoutMs: 1000 });
    release();
  });

  it('gives up with a clear message when the lock stays held', async () => {
    const lock = join(tempDir(), 'held.lock');
    const release = await acquireFileLock(lock);
    await expect(acquireFileLock(lock, { timeoutMs: 100 })).rejects.toThrow(`Timed out waiting for the lock ${lock}.`);
    release();
  });
});

describe('the cache plugin', () => {
  it('writes msal state 0600 in a 0700 folder and reads it back', async () => {
    const dir = join(tempDir(), 'nested', 'cache');
    const plugin = new FileCachePlugin(dir);
    let state = '';
    const ctx = (changed: boolean) =>
      ({ cacheHasChanged: changed, tokenCache: { serialize: () => '{"Account":{"a":1}}', deserialize: (s: string) => void (state = s) } }) as never;
    await plugin.beforeCacheAccess(ctx(false));
    expect(existsSync(join(dir, `${TOKEN_CACHE_FILE}.lock`))).toBe(true);
    await plugin.afterCacheAccess(ctx(true));
    expect(existsSync(join(dir, `${TOKEN_CACHE_FILE}.lock`))).toBe(false);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, TOKEN_CACHE_FILE)).mode & 0o777).toBe(0o600);
    await plugin.beforeCacheAccess(ctx(false));
    await plugin.afterCacheAccess(ctx(false));
    expect(state).toBe('{"Account":{"a":1}}');
  });
});

describe('token renewal timing', () => {
  const at = (ms: number) => ({ token: `t${ms}`, expiresOn: new Date(Date.now() + ms) });

  it('keeps an hour-long token until 10 minutes before expiry', async () => {
    let renewals = 0;
    const slot = new TokenSlot(async () => (renewals++, at(3600_000)));
    slot.set(at(3600_000));
    expect(slot.needsRenewal()).toBe(false);
    expect(slot.needsRenewal(Date.now() + 49 * 60_000)).toBe(false);
    expect(slot.needsRenewal(Date.now() + 50 * 60_000 + 1)).toBe(true);
    await slot.get();
    expect(renewals).toBe(0);
    await slot.get({ forceRefresh: true });
    expect(renewals).toBe(1);
  });

  it('counts the lifetime from the issue time of a token msal served from its cache', () => {
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const jwt = `${part({ alg: 'none' })}.${part({ iat: now - 50 * 60, exp: now + 11 * 60 })}.x`;
    const slot = new TokenSlot(async () => at(1));
    slot.set({ token: jwt, expiresOn: new Date((now + 11 * 60) * 1000) });
    expect(slot.needsRenewal()).toBe(false);
    expect(slot.needsRenewal(Date.now() + 61_000)).toBe(true);
  });

  it('renews a short token after half its lifetime', () => {
    const slot = new TokenSlot(async () => at(1));
    slot.set(at(4000));
    expect(slot.needsRenewal(Date.now() + 1000)).toBe(false);
    expect(slot.needsRenewal(Date.now() + 2001)).toBe(true);
  });

  it('stops before renewing when the signal is aborted', async () => {
    const slot = new TokenSlot(async () => at(1000));
    const ac = new AbortController();
    ac.abort();
    await expect(slot.get({ signal: ac.signal })).rejects.toThrow();
  });
});
