/**
 * The user's profile script, as pwsh runs $PROFILE.CurrentUserCurrentHost: set $PROFILE,
 * then dot-source the script into the global scope before the first command, unless
 * -NoProfile. A broken profile is reported and the shell starts anyway.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Session } from '../repl/engine/session.js';
import { configDir } from '../exo/auth/config-dir.js';

export function profilePath(env: NodeJS.ProcessEnv = process.env): string {
  return join(configDir(env), 'profile.ps1');
}

export async function runProfile(session: Session, o: { noProfile: boolean; env?: NodeJS.ProcessEnv }): Promise<void> {
  const path = profilePath(o.env);
  session.state.setGlobal('PROFILE', path);
  if (o.noProfile || !existsSync(path)) return;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    session.state.host.writeError(`. : The profile ${path} could not be read: ${(e as NodeJS.ErrnoException).code ?? String(e)}.`);
    return;
  }
  // A file name without script arguments runs the text in the global scope (dot-sourced) and keeps it out of the history.
  await session.run(text, { fileName: path });
}
