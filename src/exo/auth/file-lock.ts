import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';

export interface FileLockOptions {
  /** A lock older than this is taken to be left behind by a crashed process. */
  staleMs?: number;
  /** Give up waiting after this long. */
  timeoutMs?: number;
  retryMs?: number;
}

function holderIsDead(path: string): boolean {
  try {
    const pid = Number(readFileSync(path, 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * A cross-process lock: the lock file is created with O_EXCL (fails if it exists) and holds our pid.
 * A lock whose holder is gone, or that is older than `staleMs`, is broken. Returns the release function.
 */
export async function acquireFileLock(path: string, o: FileLockOptions = {}): Promise<() => void> {
  const staleMs = o.staleMs ?? 10_000;
  const deadline = Date.now() + (o.timeoutMs ?? 30_000);
  const retryMs = o.retryMs ?? 20;
  for (;;) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    try {
      if (Date.now() - statSync(path).mtimeMs > staleMs || holderIsDead(path)) {
        rmSync(path, { force: true });
        continue;
      }
    } catch {
      continue; // the holder released it between our open and stat
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for the lock ${path}.`);
    await new Promise((r) => setTimeout(r, retryMs));
  }
}
