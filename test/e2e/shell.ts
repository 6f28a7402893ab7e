/**
 * The interactive shell in the pseudo-terminal: start it, know when it waits
 * at an empty prompt, run a command as typed, and share one sandbox tenant
 * per test file (EXOSH_SANDBOX + EXOSH_CA_FILE point the shells at it).
 */
import { startSandbox, type RunningSandbox } from '../../src/sandbox/index.js';
import { Terminal, type TerminalOptions } from './terminal.js';

/**
 * The shell drops keys sent in the instant its prompt appears (before its key
 * handler is live again), so a test pauses as briefly as a person would.
 */
const settle = () => new Promise((r) => setTimeout(r, 250));

/** An empty prompt line: `PS <location> [<connections>] >` with nothing typed after it. */
const EMPTY_PROMPT = /^PS .*>$/;

export function atPrompt(t: Terminal): boolean {
  return t.lines().some((l) => EMPTY_PROMPT.test(l));
}

/** How many prompt lines (echoed commands included) the terminal holds; a new one means a command finished. */
function promptCount(t: Terminal): number {
  return t.history().filter((l) => /^PS .*>/.test(l)).length;
}

export async function startShell(o: TerminalOptions): Promise<Terminal> {
  const t = await Terminal.start({ ...o, args: o.args ?? ['-NoProfile'] });
  try {
    await t.waitFor(() => atPrompt(t), 20_000);
    await settle();
  } catch (e) {
    await t.close();
    throw e;
  }
  return t;
}

/**
 * Types a command and presses Enter once it shows: an Enter in the same burst
 * as the text reads as part of a paste (a new line), as it would from a person pasting.
 */
export async function submit(t: Terminal, command: string): Promise<void> {
  await settle();
  t.type(command);
  // The echo may wrap at the terminal's edge (and a multi-line command shows `>> ` lines): compare its last line without whitespace.
  const squeezed = command.split('\n').pop()!.replace(/\s+/g, '');
  await t.waitFor(() => t.lines().join('').replace(/\s+/g, '').includes(squeezed));
  t.press('Enter');
}

/** Submits a command and waits for the next empty prompt. */
export async function run(t: Terminal, command: string, timeoutMs = 20_000): Promise<string> {
  const before = promptCount(t);
  await submit(t, command);
  await t.waitFor(() => promptCount(t) > before && atPrompt(t), timeoutMs);
  return t.screen();
}

export interface E2ESandbox {
  sandbox: RunningSandbox;
  /** The environment that points exosh at it. */
  env: Record<string, string>;
  stop(): Promise<void>;
}

export async function startE2ESandbox(mailboxes: number): Promise<E2ESandbox> {
  const sandbox = await startSandbox({ mailboxes, autoApprove: true });
  return {
    sandbox,
    env: { EXOSH_SANDBOX: sandbox.connectionUri, EXOSH_CA_FILE: sandbox.caFile },
    stop: () => sandbox.stop(),
  };
}

export const CONNECT = 'Connect-ExchangeOnline -ShowBanner:$false';
