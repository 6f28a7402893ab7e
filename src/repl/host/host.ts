/**
 * What the language needs from whoever runs it: somewhere to write each
 * stream, the terminal's width, and a way to ask the user a question.
 * The script runner writes text to stdout/stderr; the Ink REPL implements
 * the same interface with its own views.
 */
export type ConsoleColor =
  | 'Black' | 'DarkBlue' | 'DarkGreen' | 'DarkCyan' | 'DarkRed' | 'DarkMagenta' | 'DarkYellow' | 'Gray'
  | 'DarkGray' | 'Blue' | 'Green' | 'Cyan' | 'Red' | 'Magenta' | 'Yellow' | 'White';

export interface HostWriteOptions {
  foreground?: ConsoleColor;
  background?: ConsoleColor;
  noNewline?: boolean;
}

export interface ReadLineOptions {
  /** Echo nothing and return the text for a SecureString. */
  secure?: boolean;
}

/** A result to show in the interactive table explorer (Out-ConsoleGridView, large results). */
export interface ExploreRequest {
  /** The command text, shown in the explorer's header and in the summary line. */
  title: string;
  /** The rows, possibly still arriving; the explorer stops pulling (return()) when the user leaves early. */
  source: AsyncIterable<unknown>;
  /** None: just look; Single/Multiple: the chosen rows' original objects are returned. */
  outputMode: 'None' | 'Single' | 'Multiple';
  /** The filter the explorer starts with (Out-ConsoleGridView -Filter): a case-insensitive regex, `!` inverts. */
  filter?: string;
  signal?: AbortSignal;
}

/** A long operation's progress for the live area: objects received so far, a throttling note. */
export interface ActivityUpdate {
  /** Stable for one operation (e.g. one paged request sequence). */
  id: number;
  /** What runs, e.g. 'Get-EXOMailbox'. */
  label: string;
  received?: number;
  /** A transient note, e.g. 'Throttled by the service: retrying in 4 s (attempt 2 of 6)'. */
  note?: string;
  done?: boolean;
}

export interface Host {
  /** Columns available for formatted output (80 when not a terminal, as pwsh uses for redirected output... capped by the terminal). */
  readonly width: number;
  /** True when a person is at a terminal (prompts may be shown). */
  readonly interactive: boolean;
  /** Whether ANSI colour may be used (false with NO_COLOR or when not a terminal). */
  readonly color: boolean;
  /** Success output already formatted as text lines (Out-Default's sink). */
  writeOutput(text: string): void;
  /** Write-Host and prompts: goes to the information stream (stdout in pwsh). */
  writeHost(text: string, options?: HostWriteOptions): void;
  writeError(text: string): void;
  writeWarning(text: string): void;
  writeVerbose(text: string): void;
  writeDebug(text: string): void;
  writeProgress?(activity: string, status: string, percent: number | undefined, completed: boolean): void;
  readLine(prompt: string, options?: ReadLineOptions): Promise<string>;
  clear?(): void;
  /** Terminal rows, when a terminal is attached (decides when a result is too big to print). */
  readonly height?: number;
  /** Opens the table explorer and resolves with the chosen rows' original objects; only interactive hosts have it. */
  explore?(request: ExploreRequest): Promise<unknown[]>;
  /** Progress of a long operation (paging, throttling waits); hosts without a live area ignore it. */
  activity?(update: ActivityUpdate): void;
}
