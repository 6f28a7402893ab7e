/**
 * A Host over process.stdout/stderr for scripts, pipes and the plain prompt.
 * Colours (Write-Host -ForegroundColor, red errors, yellow warnings) only on a
 * terminal and never with NO_COLOR. Every write is a line unless -NoNewline.
 */
import { createInterface } from 'node:readline/promises';
import type { ConsoleColor, Host, HostWriteOptions, ReadLineOptions } from './host.js';

const FG: Record<ConsoleColor, number> = {
  Black: 30, DarkRed: 31, DarkGreen: 32, DarkYellow: 33, DarkBlue: 34, DarkMagenta: 35, DarkCyan: 36, Gray: 37,
  DarkGray: 90, Red: 91, Green: 92, Yellow: 93, Blue: 94, Magenta: 95, Cyan: 96, White: 97,
};

export interface StreamHostOptions {
  interactive?: boolean;
  stdout?: NodeJS.WriteStream;
  stderr?: NodeJS.WriteStream;
}

export class StreamHost implements Host {
  readonly interactive: boolean;
  readonly color: boolean;
  private readonly out: NodeJS.WriteStream;
  private readonly err: NodeJS.WriteStream;
  private readonly errColor: boolean;

  constructor(options: StreamHostOptions = {}) {
    this.out = options.stdout ?? process.stdout;
    this.err = options.stderr ?? process.stderr;
    this.interactive = options.interactive ?? (process.stdin.isTTY === true && this.out.isTTY === true);
    const noColor = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== '';
    this.color = !noColor && this.out.isTTY === true;
    this.errColor = !noColor && this.err.isTTY === true;
  }

  get width(): number {
    return this.out.isTTY && this.out.columns ? this.out.columns : 120;
  }

  writeOutput(text: string): void {
    this.out.write(text + '\n');
  }

  writeHost(text: string, options?: HostWriteOptions): void {
    const end = options?.noNewline ? '' : '\n';
    if (!this.color || (!options?.foreground && !options?.background)) {
      this.out.write(text + end);
      return;
    }
    const codes: number[] = [];
    if (options.foreground) codes.push(FG[options.foreground]);
    if (options.background) codes.push(FG[options.background] + 10);
    this.out.write(`\x1b[${codes.join(';')}m${text}\x1b[0m${end}`);
  }

  writeError(text: string): void {
    this.err.write(this.errColor ? `\x1b[91m${text}\x1b[0m\n` : text + '\n');
  }

  writeWarning(text: string): void {
    this.out.write(this.color ? `\x1b[93m${text}\x1b[0m\n` : text + '\n');
  }

  writeVerbose(text: string): void {
    this.out.write(this.color ? `\x1b[93m${text}\x1b[0m\n` : text + '\n');
  }

  writeDebug(text: string): void {
    this.out.write(this.color ? `\x1b[93m${text}\x1b[0m\n` : text + '\n');
  }

  async readLine(prompt: string, options?: ReadLineOptions): Promise<string> {
    if (!process.stdin.isTTY) throw new Error('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.');
    const rl = createInterface({ input: process.stdin, output: options?.secure ? undefined : this.out, terminal: true });
    try {
      if (options?.secure) this.out.write(prompt);
      const answer = await rl.question(options?.secure ? '' : prompt);
      if (options?.secure) this.out.write('\n');
      return answer;
    } finally {
      rl.close();
    }
  }

  clear(): void {
    if (this.out.isTTY) this.out.write('\x1b[2J\x1b[3J\x1b[H');
  }
}
