/**
 * Out-Default: where every top-level pipeline's output ends up. Objects are
 * formatted as they arrive (format-default), Format-* output is printed as
 * given, and each finished line goes to `write` (one call per line, without
 * the newline).
 *
 * Width: like pwsh's console output, the last column of the terminal is
 * never written, so lines are at most `width - 1` cells.
 */
import { FormatGenerator } from './generator.js';
import { PacketWriter } from './packet-writer.js';
import { FormatOutput } from './packets.js';
import './builtin-views.js';

export interface OutDefaultOptions {
  /** Terminal (or host) width in columns. */
  width: number;
  write: (text: string) => void;
  /** See PacketWriter: how long the first rows of a table are gathered to size its columns. */
  groupingMs?: number;
  now?: () => number;
}

export class OutDefault {
  private readonly writer: PacketWriter;
  private readonly generator: FormatGenerator;

  constructor(opts: OutDefaultOptions) {
    const usable = Math.max(1, opts.width - 1);
    this.writer = new PacketWriter({
      tableWidth: usable,
      listWidth: usable,
      writeLine: opts.write,
      groupingMs: opts.groupingMs,
      now: opts.now,
    });
    this.generator = new FormatGenerator({}, (packet) => this.writer.process(packet));
  }

  push(value: unknown): void {
    if (value instanceof FormatOutput) {
      // Format-* output: close our own document first so the two never interleave.
      this.generator.end();
      this.writer.process(value.packet);
      return;
    }
    this.generator.push(value);
  }

  flush(): void {
    this.generator.end();
    this.writer.finish();
  }
}
