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
}
