/**
 * A Host that records what a session prints, for tests and the conformance
 * suite: stdout (output, Write-Host, warnings, verbose, debug) and stderr
 * (errors) as separate strings, with scripted answers for prompts.
 * Every write is a line unless Write-Host's -NoNewline says otherwise.
 */
import type { Host, HostWriteOptions, ReadLineOptions } from './host.js';

export interface CaptureHostOptions {
  width?: number;
  interactive?: boolean;
  /** Answers readLine returns in order; reading past the end fails like closed input. */
  answers?: string[];
}

export class CaptureHost implements Host {
  readonly width: number;
  readonly interactive: boolean;
  readonly color = false;
  stdout = '';
  stderr = '';
  /** Prompts shown by readLine, in order. */
  readonly prompts: string[] = [];
  private readonly answers: string[];

  constructor(options: CaptureHostOptions = {}) {
    this.width = options.width ?? 120;
    this.interactive = options.interactive ?? false;
    this.answers = [...(options.answers ?? [])];
  }

  writeOutput(text: string): void {
    this.stdout += text + '\n';
  }

  writeHost(text: string, options?: HostWriteOptions): void {
    this.stdout += options?.noNewline ? text : text + '\n';
  }

  writeError(text: string): void {
    this.stderr += text + '\n';
  }

  writeWarning(text: string): void {
    this.stdout += text + '\n';
  }

  writeVerbose(text: string): void {
    this.stdout += text + '\n';
  }

  writeDebug(text: string): void {
    this.stdout += text + '\n';
  }

  async readLine(prompt: string, _options?: ReadLineOptions): Promise<string> {
    this.prompts.push(prompt);
    const answer = this.answers.shift();
    if (answer === undefined) throw new Error('No more scripted input for the prompt: ' + prompt);
    return answer;
  }

  /** Clears what was recorded so far (between commands in one test). */
  reset(): void {
    this.stdout = '';
    this.stderr = '';
  }
}
