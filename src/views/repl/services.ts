/**
 * What the prompt needs from the rest of the shell, injected so the views can
 * be tested alone: completion, syntax colours, the persistent history and the
 * prompt's status text. Shapes follow the completion/highlight/history contracts.
 */

export type CandidateKind = 'command' | 'parameter' | 'value' | 'variable' | 'member' | 'property' | 'path' | 'identity' | 'type';
export interface Candidate { text: string; display: string; kind: CandidateKind; description?: string }
export interface Completion { replaceStart: number; replaceEnd: number; candidates: Candidate[] }

export type SpanKind = 'command' | 'parameter' | 'string' | 'variable' | 'operator' | 'number' | 'keyword' | 'comment' | 'type' | 'member' | 'error' | 'text';
export interface Span { start: number; end: number; kind: SpanKind }

export interface HistoryStore {
  load(): string[];
  /** False when the entry was not saved (a secret, or blank). */
  append(entry: string): boolean;
}

export interface ReplServices {
  complete?(input: string, cursor: number, signal?: AbortSignal): Promise<Completion>;
  highlight?(input: string): Span[];
  history?: HistoryStore;
  /** The prompt, e.g. `PS exosh [contoso] > `; read after every command. */
  prompt(): string;
}
