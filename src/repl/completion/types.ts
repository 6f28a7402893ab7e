/** The completion contract the prompt uses, and the argument-completer extension point. */
import type { CmdletDefinition } from '../cmdlets/types.js';

export type CandidateKind = 'command' | 'parameter' | 'value' | 'variable' | 'member' | 'property' | 'path' | 'identity' | 'type';

export interface CompletionCandidate {
  /** What replaces [replaceStart, replaceEnd): quoted when it must be. */
  text: string;
  /** What the menu shows. */
  display: string;
  kind: CandidateKind;
  description?: string;
}

export interface CompletionResult {
  replaceStart: number;
  replaceEnd: number;
  candidates: CompletionCandidate[];
}

/** What an argument completer is asked, like Register-ArgumentCompleter's script block parameters. */
export interface ArgumentCompletionRequest {
  command: CmdletDefinition;
  /** The parameter's canonical name. */
  parameterName: string;
  /** The text typed so far, quotes removed. */
  wordToComplete: string;
  signal: AbortSignal;
}

/**
 * Supplies values for some parameters of some commands (Exchange identities, for example).
 * `complete` returns undefined when it does not apply, so the next completer or the default runs.
 */
export interface ArgumentCompleter {
  complete(request: ArgumentCompletionRequest): Promise<CompletionCandidate[] | undefined>;
}
