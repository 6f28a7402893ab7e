/**
 * What the prompt needs from the rest of the shell, injected so the views can
 * be tested alone: completion, syntax colours, the persistent history and the
 * prompt's status text.
 */
import type { CompletionResult } from '../../repl/completion/index.js';
import type { HighlightSpan } from '../../repl/highlight/index.js';

export interface HistoryStore {
  load(): string[];
  /** False when the entry was not saved (a secret, or blank). */
  append(entry: string): boolean;
}

export interface ReplServices {
  complete?(input: string, cursor: number, signal?: AbortSignal): Promise<CompletionResult>;
  highlight?(input: string): HighlightSpan[];
  history?: HistoryStore;
  /** The prompt, e.g. `PS exosh [contoso] > `; read after every command. */
  prompt(): string;
}
