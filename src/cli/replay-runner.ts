/**
 * `exosh -Replay session.ps1` without a terminal: runs a saved session's commands as if
 * typed, each shown after a `PS>` prompt before its output, carrying on past a failed
 * command as the session did when it was typed. (On a terminal the Ink shell steps
 * through the same commands: Enter runs the next, `s` skips, `q` stops.)
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Session } from '../repl/engine/session.js';
import { splitReplayScript } from './replay.js';

/** The commands of a replay script, or the errors (missing file, parse errors) that leave none to run. */
export function loadReplayScript(path: string, cwd: string): { commands: string[]; errors: string[] } {
  const full = isAbsolute(path) ? path : resolve(cwd, path);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch {
    return { commands: [], errors: [`The argument '${path}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`] };
  }
  const { commands, diagnostics } = splitReplayScript(text, full);
  return { commands: diagnostics.length ? [] : commands, errors: diagnostics };
}

/** A command as it looks typed at the prompt: `PS> ` before the first line, `>> ` before the others. */
export function replayEcho(command: string): string {
  return command.split(/\r?\n/).map((line, i) => (i === 0 ? `PS> ${line}` : `>> ${line}`)).join('\n');
}

export async function runReplay(session: Session, path: string): Promise<number> {
  const host = session.state.host;
  const { commands, errors } = loadReplayScript(path, session.state.cwd);
  for (const e of errors) host.writeError(e);
  if (errors.length) return 1;
  let exitCode = 0;
  for (const command of commands) {
    host.writeHost(replayEcho(command));
    const result = await session.run(command);
    exitCode = result.exitCode;
    if (result.exited) break;
  }
  return exitCode;
}
