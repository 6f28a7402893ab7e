/**
 * The Host the language writes to while the Ink REPL is mounted: every stream
 * goes to the scrollback store (batched), questions and the table explorer
 * are shown in the live area, and the size follows the terminal.
 */
import type { ActivityUpdate, ExploreRequest, Host, HostWriteOptions, ReadLineOptions } from '../../repl/host/host.js';
import type { ReplStore } from './repl-store.js';

export interface TerminalSize {
  readonly columns?: number;
  readonly rows?: number;
}

export class InkHost implements Host {
  constructor(
    private readonly store: ReplStore,
    private readonly terminal: TerminalSize,
    readonly color: boolean,
    /** False with -NonInteractive: the shell still reads commands, but nothing prompts for a missing value. */
    readonly interactive = true,
  ) {}

  get width(): number {
    return this.terminal.columns || 80;
  }

  get height(): number {
    return this.terminal.rows || 24;
  }

  writeOutput(text: string): void {
    this.store.write({ kind: 'output', text });
  }

  writeHost(text: string, options?: HostWriteOptions): void {
    this.store.write({ kind: 'host', text, ...(options?.foreground ? { fg: options.foreground } : {}), ...(options?.background ? { bg: options.background } : {}) }, !options?.noNewline);
  }

  writeError(text: string): void {
    this.store.write({ kind: 'error', text });
  }

  writeWarning(text: string): void {
    this.store.write({ kind: 'warning', text });
  }

  writeVerbose(text: string): void {
    this.store.write({ kind: 'verbose', text });
  }

  writeDebug(text: string): void {
    this.store.write({ kind: 'debug', text });
  }

  writeProgress(activity: string, status: string, percent: number | undefined, completed: boolean): void {
    this.store.progress(activity, status, percent, completed);
  }

  activity(update: ActivityUpdate): void {
    this.store.activity(update);
  }

  /** Read-Host, Get-Credential and -Confirm: the prompt text goes to the scrollback, the answer is typed in the live area. */
  readLine(prompt: string, options?: ReadLineOptions): Promise<string> {
    this.store.flush(true);
    return new Promise<string>((resolve, reject) => {
      const done = (answer: string | undefined, error?: unknown) => {
        this.store.update({ readLine: undefined });
        if (answer === undefined) return reject(error);
        this.store.write({ kind: 'host', text: prompt + (options?.secure ? '' : answer) });
        this.store.flush(true);
        resolve(answer);
      };
      this.store.update({ readLine: { prompt, secure: options?.secure === true, resolve: (t) => done(t), reject: (e) => done(undefined, e) } });
    });
  }

  explore(request: ExploreRequest): Promise<unknown[]> {
    this.store.flush(true);
    return new Promise<unknown[]>((resolve) => {
      this.store.update({
        explore: {
          request,
          resolve: (chosen) => {
            this.store.update({ explore: undefined });
            resolve(chosen);
          },
        },
      });
    });
  }

  clear(): void {
    this.store.block([{ kind: 'clear', text: '' }]);
  }
}
