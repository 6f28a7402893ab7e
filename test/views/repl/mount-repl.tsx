/** Mounts the whole Ink REPL over a real Session in an emulated terminal, with helpers to type and wait. */
import { render } from 'ink';
import { Session } from '../../../src/repl/engine/session.js';
import { highlight } from '../../../src/repl/highlight/index.js';
import { InkHost } from '../../../src/views/repl/ink-host.js';
import { ReplApp } from '../../../src/views/repl/repl-app.js';
import { ReplStore } from '../../../src/views/repl/repl-store.js';
import type { HistoryStore, ReplServices } from '../../../src/views/repl/services.js';
import { DEFAULT_THEME } from '../../../src/views/settings/theme.js';
import { FakeStdin, VirtualTerminal } from './virtual-terminal.js';

export const KEY = {
  enter: '\r', up: '\u001B[A', down: '\u001B[B', right: '\u001B[C', left: '\u001B[D', esc: '\u001B', tab: '\t', shiftTab: '\u001B[Z',
  ctrlA: '\u0001', ctrlC: '\u0003', ctrlD: '\u0004', ctrlE: '\u0005', ctrlG: '\u0007', ctrlK: '\u000b', ctrlR: '\u0012', ctrlU: '\u0015', ctrlW: '\u0017', ctrlZ: '\u001a',
  backspace: '\u007f', altB: '\u001Bb', ctrlLeft: '\u001B[1;5D',
};

export const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

/** A history store in memory that records what was appended. */
export function memoryHistory(entries: string[] = []): HistoryStore & { appended: string[] } {
  const appended: string[] = [];
  return { appended, load: () => [...entries], append: (e) => (appended.push(e), true) };
}

export interface MountOptions {
  services?: Partial<ReplServices>;
  replay?: string[];
  color?: boolean;
  columns?: number;
  rows?: number;
  /** Where SIGINT comes from (process in the CLI). */
  signals?: NodeJS.EventEmitter;
}

const mounted: { unmount(): void }[] = [];

/** Unmounts every REPL mounted by the test (afterEach). */
export function unmountAll(): void {
  for (const app of mounted.splice(0)) app.unmount();
}

export function mountRepl(o: MountOptions = {}) {
  const terminal = new VirtualTerminal(o.columns ?? 100, o.rows ?? 24);
  const stdin = new FakeStdin();
  const store = new ReplStore();
  const host = new InkHost(store, terminal, o.color ?? false);
  const session = new Session({ host, cwd: process.cwd() });
  const exits: number[] = [];
  const services: ReplServices = { prompt: () => 'PS test > ', highlight, ...o.services };
  const palette = { color: o.color ?? false, theme: DEFAULT_THEME };
  const app = render(
    <ReplApp session={session} store={store} services={services} palette={palette} onExit={(code) => exits.push(code)} {...(o.replay ? { replay: o.replay } : {})} {...(o.signals ? { signals: o.signals } : {})} />,
    { stdout: terminal as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream, interactive: true, exitOnCtrlC: false, patchConsole: false },
  );
  mounted.push(app);
  let screen = '';
  const refresh = async () => (screen = await terminal.text());
  const until = async (condition: (screen: string) => boolean, timeoutMs = 8000) => {
    const end = Date.now() + timeoutMs;
    while (!condition(await refresh())) {
      if (Date.now() > end) throw new Error(`timed out; the screen was:\n${screen}`);
      await tick(10);
    }
    return screen;
  };
  const shows = (text: string | RegExp) => until((s) => (typeof text === 'string' ? s.includes(text) : text.test(s)));
  /** Sends keys one read at a time, letting each render. */
  const press = async (...keys: string[]) => {
    for (const k of keys) {
      stdin.write(k);
      await tick();
    }
  };
  const type = (text: string) => press(...text);
  return { app, session, store, host, terminal, stdin, exits, until, shows, press, type, screen: refresh, cursorLine: () => terminal.cursorLine() };
}
