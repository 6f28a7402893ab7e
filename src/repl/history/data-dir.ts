/** Where exosh keeps per-user data (history, transcripts): %APPDATA%\exosh on Windows, else $XDG_DATA_HOME/exosh or ~/.local/share/exosh. */
import { homedir } from 'node:os';
import { join } from 'node:path';

export function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.EXOSH_DATA_DIR) return env.EXOSH_DATA_DIR;
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'exosh');
  return join(env.XDG_DATA_HOME || join(homedir(), '.local', 'share'), 'exosh');
}
