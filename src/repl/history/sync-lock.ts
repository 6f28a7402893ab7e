/**
 * A short cross-process lock for the synchronous history writes: a lock file created with
 * O_EXCL that holds our pid. Waits briefly (the holder only appends or rewrites one file);
 * a lock whose holder died or that is older than a few seconds is broken.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';

const STALE_MS = 5_000;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

function holderGone(path: string): boolean {
  try {
    if (Date.now() - statSync(path).mtimeMs > STALE_MS) return true;
    const pid = Number(readFileSync(path, 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return false;
    process.kill(pid, 0);
    return false;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ESRCH';
  }
}

/** Runs `fn` holding the lock; after `timeoutMs` of waiting runs it anyway (losing an entry is worse than an unlocked append). */
export function withFileLockSync<T>(path: string, fn: () => T, timeoutMs = 5_000): T {
  const deadline = Date.now() + timeoutMs;
  let fd: number | undefined;
  while (fd === undefined) {
    try {
      fd = openSync(path, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (holderGone(path)) {
        rmSync(path, { force: true });
        continue;
      }
      if (Date.now() > deadline) return fn();
      Atomics.wait(sleeper, 0, 0, 2);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(path, { force: true });
  }
}
