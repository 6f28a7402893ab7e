import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ICachePlugin, TokenCacheContext } from '@azure/msal-node';
import { ensurePrivateDir } from './config-dir.js';
import { acquireFileLock } from './file-lock.js';

export const TOKEN_CACHE_FILE = 'msal-cache.json';

/**
 * msal-node's token cache persisted to one JSON file, 0600 in a 0700 folder (no keyring: it fails on headless
 * Linux, auth-and-style.md §0.4). The lock is held from beforeCacheAccess to afterCacheAccess, so a
 * read-modify-write by another exosh process cannot interleave with ours. msal's cache holds refresh and
 * access tokens only: passwords, secrets and -AccessToken values never reach it.
 */
export class FileCachePlugin implements ICachePlugin {
  readonly path: string;
  private release: (() => void) | undefined;

  constructor(cacheDir: string) {
    this.path = join(cacheDir, TOKEN_CACHE_FILE);
  }

  async beforeCacheAccess(context: TokenCacheContext): Promise<void> {
    ensurePrivateDir(dirname(this.path));
    // Concurrent calls in this process wait on the same file lock, so only one access is open at a time.
    this.release = await acquireFileLock(`${this.path}.lock`);
    try {
      context.tokenCache.deserialize(readFileSync(this.path, 'utf8'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.unlock();
        throw e;
      }
    }
  }

  async afterCacheAccess(context: TokenCacheContext): Promise<void> {
    try {
      if (context.cacheHasChanged) {
        const tmp = `${this.path}.${process.pid}.tmp`;
        writeFileSync(tmp, context.tokenCache.serialize(), { mode: 0o600 });
        renameSync(tmp, this.path);
      }
    } finally {
      this.unlock();
    }
  }

  private unlock(): void {
    const r = this.release;
    this.release = undefined;
    r?.();
  }
}
