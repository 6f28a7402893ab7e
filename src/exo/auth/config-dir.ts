import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** exosh's per-user configuration folder: EXOSH_CONFIG_DIR, else $XDG_CONFIG_HOME/exosh, else ~/.config/exosh. */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.EXOSH_CONFIG_DIR) return env.EXOSH_CONFIG_DIR;
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), 'exosh');
}

/**
 * Creates `dir` (and parents) and makes it 0700, so tokens and keys below it are private to the user.
 * An existing folder is tightened too: a cache must not stay readable because an older run left it open.
 */
export function ensurePrivateDir(dir: string): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if ((statSync(dir).mode & 0o777) !== 0o700) chmodSync(dir, 0o700);
  return dir;
}
