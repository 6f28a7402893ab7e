/**
 * Mounts the Ink REPL on the terminal: the host the session writes to is
 * created first (createInkRepl), then runInkRepl renders the app with the
 * completion, highlighting, history file and connection status wired in,
 * and resolves with the shell's exit code.
 */
import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { createElement } from 'react';
import { render } from 'ink';
import { complete, registerArgumentCompleter } from '../repl/completion/index.js';
import { exchangeIdentityCompleter } from '../exo/completion/identity-completer.js';
import { highlight } from '../repl/highlight/index.js';
import { HistoryFile } from '../repl/history/index.js';
import type { Session } from '../repl/engine/session.js';
import type { ConnectionRegistry } from '../exo/index.js';
import { InkHost } from '../views/repl/ink-host.js';
import { ReplApp } from '../views/repl/repl-app.js';
import { ReplStore } from '../views/repl/repl-store.js';
import type { ReplServices } from '../views/repl/services.js';
import { promptText } from '../views/repl/status-line.js';
import { loadPalette, saveColor } from '../views/settings/settings-store.js';
import { setPSReadLineOption } from '../views/settings/set-psreadline-option.js';
import type { Palette, ThemeRole } from '../views/settings/theme.js';
import type { CmdletDefinition } from '../repl/cmdlets/types.js';

export interface InkRepl {
  host: InkHost;
  store: ReplStore;
  palette: Palette;
  /** Commands only the interactive shell has (Set-PSReadLineOption), for the session. */
  commands: CmdletDefinition[];
}

export function createInkRepl(stdout: NodeJS.WriteStream = process.stdout, o: { interactive?: boolean } = {}): InkRepl {
  const store = new ReplStore();
  const palette = loadPalette();
  const recolour = (role: ThemeRole, color: string) => {
    saveColor(role, color);
    const current = store.getSnapshot().palette ?? palette;
    store.update({ palette: { ...current, theme: { ...current.theme, [role]: color } } });
  };
  return { store, palette, host: new InkHost(store, stdout, palette.color, o.interactive ?? true), commands: [setPSReadLineOption(recolour)] };
}

export interface RunInkReplOptions {
  registry?: ConnectionRegistry;
  /** Commands to step through first (exosh -Replay). */
  replay?: string[];
  history?: HistoryFile;
}

export function replServices(session: Session, o: RunInkReplOptions): ReplServices {
  const history = o.history ?? new HistoryFile();
  if (o.registry) registerArgumentCompleter(session, exchangeIdentityCompleter(o.registry));
  return {
    complete: (input, cursor, signal) => complete(session, input, cursor, signal),
    highlight,
    history,
    prompt: () => promptText(session.state.cwd, homedir(), (o.registry?.all() ?? []).map((c) => c.settings)),
  };
}

export async function runInkRepl(session: Session, repl: InkRepl, o: RunInkReplOptions = {}): Promise<number> {
  let exitCode = 0;
  const services = replServices(session, o);
  const instance = render(
    createElement(ReplApp, {
      session,
      store: repl.store,
      services,
      palette: repl.palette,
      signals: process,
      ...(o.replay ? { replay: o.replay } : {}),
      resolvePath: (name: string) => (isAbsolute(name) ? name : resolve(session.state.cwd, name)),
      onExit: (code: number) => {
        exitCode = code;
        repl.store.flush(true);
        // Let the last scrollback items and the empty frame reach the terminal before unmounting.
        void instance.waitUntilRenderFlush().then(() => instance.unmount());
      },
    }),
    { exitOnCtrlC: false, patchConsole: true },
  );
  await instance.waitUntilExit();
  return exitCode;
}
