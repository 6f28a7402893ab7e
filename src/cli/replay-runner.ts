/**
 * `exosh -Replay session.ps1`: runs a saved session's commands as if typed, each shown
 * after a `PS>` prompt before its output. Unattended (no terminal) every command runs;
 * stepping (a terminal without the Ink shell) waits for Enter to run, `s` to skip, `q` to stop.
 * The session carries on past a failed command, as it would have when typed.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Session } from '../repl/engine/session.js';
import type { Host } from '../repl/host/host.js';
import { splitReplayScript } from './replay.js';

/** The commands of a replay script, or undefined after reporting why there are none to run. */
export function loadReplayScript(session: Session, path: string): string[] | undefined {
  const host = session.state.host;
  const full = isAbsolute(path) ? path : resolve(session.state.cwd, path);
  let text: string;
  try {
    text = readFileSync(full, 'utf8');
  } catch {
    host.writeError(`The argument '${path}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`);
    return undefined;
  }
  const { commands, diagnostics } = splitReplayScript(text, full);
  for (const d of diagnostics) host.writeError(d);
  return diagnostics.length ? undefined : commands;
}

/** A command as it looks typed at the prompt: `PS> ` before the first line, `>> ` before the others. */
export function replayEcho(command: string): string {
  return command.split(/\r?\n/).map((line, i) => (i === 0 ? `PS> ${line}` : `>> ${line}`)).join('\n');
}

export async function runReplay(session: Session, path: string, o: { step: boolean }): Promise<number> {
  const host: Host = session.state.host;
  const commands = loadReplayScript(session, path);
  if (!commands) return 1;
  let exitCode = 0;
  for (const [i, command] of commands.entries()) {
    host.writeHost(replayEcho(command));
    if (o.step) {
      const answer = await host.readLine(`[${i + 1}/${commands.length}] Enter runs it, s skips, q stops: `).then((a) => a.trim().toLowerCase(), () => 'q');
      if (answer === 'q') break;
      if (answer === 's') continue;
    }
    const result = await session.run(command);
    exitCode = result.exitCode;
    if (result.exited) break;
  }
  return exitCode;
}
