/**
 * Out-Default: where every top-level pipeline's output ends up. Objects are
 * formatted as they arrive, Format-* output is printed as given, and each
 * finished line goes to `write` (one call per line, without the newline).
 *
 * Width: like pwsh's console output, the last column of the terminal is
 * never written, so lines are at most `width - 1` cells. When stdout is not
 * a terminal, pwsh on Unix gets its width from .NET, whose TIOCGWINSZ on
 * stdout fails and falls back to terminfo's `cols` (80 for xterm): the host
 * passes 80 then, and tables come out 79 wide, as pwsh's do. (Out-String and
 * Out-File without -Width use the full width for tables and never wrap
 * lists; an unknown width, 0, means 120 there.)
 */
import { TextFormatter } from './text-formatter.js';

export interface OutDefaultOptions {
  /** Terminal (or host) width in columns. */
  width: number;
  write: (text: string) => void;
  /** $FormatEnumerationLimit (default 4). */
  enumerationLimit?: number;
  /** How long the first rows of a table are gathered to size its columns (pwsh: 300 ms). */
  groupingMs?: number;
  now?: () => number;
  /** ANSI-styled table headers and list labels (pass the host's `color`). */
  color?: boolean;
}

export class OutDefault {
  private readonly formatter: TextFormatter;

  constructor(opts: OutDefaultOptions) {
    const usable = Math.max(1, opts.width - 1);
    this.formatter = new TextFormatter({
      tableWidth: usable,
      listWidth: usable,
      // A string with embedded newlines arrives whole; the host gets it line by line.
      writeLine: (text) => {
        for (const line of text.includes('\n') ? text.replace(/\r/g, '').split('\n') : [text]) opts.write(line);
      },
      enumerationLimit: opts.enumerationLimit,
      groupingMs: opts.groupingMs,
      now: opts.now,
      color: opts.color,
    });
  }

  push(value: unknown): void {
    this.formatter.push(value);
  }

  flush(): void {
    this.formatter.flush();
  }
}
