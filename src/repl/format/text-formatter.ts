/**
 * Objects in, lines out: format-default for raw objects, verbatim printing
 * for Format-* output. The engine of Out-Default, Out-Host, Out-String and
 * Out-File, which differ only in width and where the lines go.
 */
import { FormatGenerator } from './generator.js';
import { PacketWriter } from './packet-writer.js';
import type { PacketWriterOptions } from './packet-writer.js';
import { FormatOutput } from './packets.js';
import './builtin-views.js';

export interface TextFormatterOptions extends PacketWriterOptions {
  /** $FormatEnumerationLimit (default 4). */
  enumerationLimit?: number;
}

export class TextFormatter {
  private readonly writer: PacketWriter;
  private readonly generator: FormatGenerator;

  constructor(opts: TextFormatterOptions) {
    this.writer = new PacketWriter(opts);
    this.generator = new FormatGenerator({ enumerationLimit: opts.enumerationLimit }, (packet) => this.writer.process(packet));
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

/** Width pwsh gives tables when output is not a console and no -Width is given. */
export const DEFAULT_TEXT_WIDTH = 120;

/** Every line of these values as Out-String would format them. */
export function formatLines(values: Iterable<unknown>, opts: { tableWidth: number; listWidth: number; enumerationLimit?: number }): string[] {
  const lines: string[] = [];
  const formatter = new TextFormatter({ ...opts, writeLine: (l) => lines.push(l) });
  for (const v of values) formatter.push(v);
  formatter.flush();
  return lines;
}
