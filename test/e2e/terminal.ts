/**
 * Drives the real `bin/exosh.js` (the `tsc` build in dist/, as `npm test`
 * makes it) in a pseudo-terminal the way a person at a terminal would: keys
 * in, and assertions on what an xterm emulator shows, not on raw bytes
 * (Ink rewrites lines with cursor moves, so a byte stream lies about the
 * screen). Each terminal gets its own HOME and XDG folders unless it is
 * handed a `home` to share (history across two runs).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pty from '@lydell/node-pty';
import xterm from '@xterm/headless';

export const REPO = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(REPO, 'bin', 'exosh.js');

export interface TerminalOptions {
  cols: number;
  rows: number;
  args?: string[];
  /** Added to (or, as undefined, removed from) the child's environment. */
  env?: Record<string, string | undefined>;
  /** A home folder to reuse (its HOME/XDG layout); a fresh one, removed on close, otherwise. */
  home?: string;
  cwd?: string;
}

export type Key =
  | 'Enter' | 'Tab' | 'S-Tab' | 'Escape' | 'Backspace' | 'Delete' | 'Space'
  | 'Up' | 'Down' | 'Left' | 'Right' | 'Home' | 'End' | 'PageUp' | 'PageDown'
  | `C-${string}` | `M-${string}`;

const KEYS: Record<string, string> = {
  Enter: '\r', Tab: '\t', 'S-Tab': '\u001b[Z', Escape: '\u001b', Backspace: '\u007f', Delete: '\u001b[3~', Space: ' ',
  Up: '\u001b[A', Down: '\u001b[B', Right: '\u001b[C', Left: '\u001b[D', Home: '\u001b[H', End: '\u001b[F',
  PageUp: '\u001b[5~', PageDown: '\u001b[6~',
};

/** The bytes a terminal sends for a key: named keys, C-x for Ctrl+x, M-x for Alt+x. */
export function keyBytes(key: Key): string {
  if (KEYS[key]) return KEYS[key];
  const ctrl = /^C-([a-z@[\\\]^_])$/i.exec(key);
  if (ctrl) return String.fromCharCode(ctrl[1].toUpperCase().charCodeAt(0) - 64);
  const alt = /^M-(.)$/.exec(key);
  if (alt) return '\u001b' + alt[1];
  throw new Error(`unknown key ${key}`);
}

/** A fresh home folder laid out as XDG expects. */
export function makeHome(): string {
  return mkdtempSync(join(tmpdir(), 'exosh-e2e-home-'));
}

function homeEnv(home: string): Record<string, string> {
  return {
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_STATE_HOME: join(home, '.local', 'state'),
    XDG_CACHE_HOME: join(home, '.cache'),
    APPDATA: join(home, 'AppData'),
    EXOSH_CONFIG_DIR: join(home, '.config', 'exosh'),
  };
}

/** The child's environment: a terminal, not CI (Ink renders statically under CI), no inherited exosh settings. */
function childEnv(home: string, extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string | undefined> = { ...process.env };
  for (const key of Object.keys(env)) {
    if (key.startsWith('CI_') || key.startsWith('EXOSH_') || key.startsWith('VITEST') || key === 'CONTINUOUS_INTEGRATION' || key === 'NO_COLOR' || key === 'FORCE_COLOR') delete env[key];
  }
  Object.assign(env, { TERM: 'xterm-256color', COLORTERM: 'truecolor', CI: 'false', LANG: 'C.UTF-8' }, homeEnv(home), extra);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v;
  return out;
}

export type ScreenPredicate = RegExp | string | ((screen: string) => boolean);

export class Terminal {
  /** Resolves when the program ends, with its exit code. */
  readonly exit: Promise<number>;
  exitCode: number | undefined;
  private readonly emulator: InstanceType<typeof xterm.Terminal>;
  private readonly child: pty.IPty;
  private readonly ownHome: boolean;
  private readonly listeners = new Set<() => void>();
  /** Everything the program wrote, for failure messages. */
  private raw = '';

  private constructor(o: TerminalOptions, readonly home: string) {
    if (!existsSync(join(REPO, 'dist', 'cli', 'main.js'))) throw new Error("dist/ is missing: run 'npm run build' first (npm test does)");
    this.ownHome = o.home === undefined;
    this.emulator = new xterm.Terminal({ cols: o.cols, rows: o.rows, allowProposedApi: true, scrollback: 5000 });
    this.child = pty.spawn(process.execPath, [BIN, ...(o.args ?? [])], {
      name: 'xterm-256color', cols: o.cols, rows: o.rows, cwd: o.cwd ?? home, env: childEnv(home, o.env),
    });
    this.child.onData((data) => {
      this.raw = (this.raw + data).slice(-200_000);
      this.emulator.write(data, () => this.changed());
    });
    // The emulator's answers to the program's queries (cursor position, device attributes) go back to it.
    this.emulator.onData((data) => this.child.write(data));
    this.exit = new Promise((resolve) => {
      this.child.onExit(({ exitCode }) => {
        this.exitCode = exitCode;
        // Let the last output reach the emulator before anyone looks.
        this.emulator.write('', () => {
          this.changed();
          resolve(exitCode);
        });
      });
    });
  }

  static async start(o: TerminalOptions): Promise<Terminal> {
    return new Terminal(o, o.home ?? makeHome());
  }

  get cols(): number {
    return this.emulator.cols;
  }

  get rows(): number {
    return this.emulator.rows;
  }

  /** Sends text as typed (one write: a fast typist, not a bracketed paste). */
  type(text: string): void {
    this.child.write(text);
  }

  /** Sends text one character at a time, waiting between them (for input handlers that treat a burst as a paste). */
  async typeSlowly(text: string, gapMs = 15): Promise<void> {
    for (const ch of text) {
      this.child.write(ch);
      await new Promise((r) => setTimeout(r, gapMs));
    }
  }

  /** Sends text wrapped as a bracketed paste. */
  paste(text: string): void {
    this.child.write(`\u001b[200~${text}\u001b[201~`);
  }

  /**
   * Presses a key; repeated presses come 30 ms apart, as from a person (one burst
   * of bytes reads as a single multi-character input, e.g. a paste).
   */
  async press(key: Key, times = 1): Promise<void> {
    const bytes = keyBytes(key);
    for (let i = 0; i < times; i++) {
      if (i > 0) await new Promise((r) => setTimeout(r, 30));
      this.child.write(bytes);
    }
  }

  /** The visible lines, right-trimmed, joined with newlines. */
  screen(): string {
    return this.lines().join('\n');
  }

  lines(): string[] {
    const buffer = this.emulator.buffer.active;
    const out: string[] = [];
    for (let y = 0; y < this.emulator.rows; y++) out.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? '');
    return out;
  }

  /** Scrollback and screen together: every line the terminal still holds. */
  history(): string[] {
    const buffer = this.emulator.buffer.active;
    const out: string[] = [];
    for (let y = 0; y < buffer.length; y++) out.push(buffer.getLine(y)?.translateToString(true) ?? '');
    while (out.length > 0 && out[out.length - 1] === '') out.pop();
    return out;
  }

  /** Row and column of the cursor on the screen. */
  cursor(): { row: number; col: number } {
    const buffer = this.emulator.buffer.active;
    return { row: buffer.cursorY, col: buffer.cursorX };
  }

  /** Waits until the screen satisfies the predicate (re-checked at every change), or fails showing the screen. */
  async waitFor(predicate: ScreenPredicate, timeoutMs = 20_000): Promise<string> {
    const test = typeof predicate === 'function'
      ? predicate
      : typeof predicate === 'string' ? (s: string) => s.includes(predicate) : (s: string) => predicate.test(s);
    if (test(this.screen())) return this.screen();
    return new Promise((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      const check = () => {
        const screen = this.screen();
        if (!test(screen)) return;
        done();
        resolve(screen);
      };
      const timer = setTimeout(() => {
        done();
        const tail = JSON.stringify(this.raw.slice(-1500));
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${String(predicate)}\n--- screen ${this.cols}x${this.rows} ---\n${this.screen()}\n--- last bytes ---\n${tail}`));
      }, timeoutMs);
      this.listeners.add(check);
    });
  }

  /** Waits for the program to end (failing after timeoutMs) and returns its exit code. */
  async waitForExit(timeoutMs = 20_000): Promise<number> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`exosh did not exit within ${timeoutMs} ms\n${this.screen()}`)), timeoutMs);
    });
    try {
      return await Promise.race([this.exit, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  resize(cols: number, rows: number): void {
    this.emulator.resize(cols, rows);
    this.child.resize(cols, rows);
  }

  /** Ends the program if it still runs and removes its own home folder. */
  async close(): Promise<void> {
    if (this.exitCode === undefined) {
      this.child.kill();
      await Promise.race([this.exit, new Promise((r) => setTimeout(r, 2000))]);
    }
    this.emulator.dispose();
    if (this.ownHome) rmSync(this.home, { recursive: true, force: true });
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }
}
