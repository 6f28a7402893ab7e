/**
 * Prints format packets as lines, as pwsh's Out-Default/Out-String back end
 * (OutCommandInner) does: a blank line opens a document, tables get a header
 * per group, lists a blank line after each entry, and out-of-band entries
 * print on their own.
 *
 * Column widths of a table whose view gives none come from the rows seen in
 * the first 300 ms of its group (all rows with -AutoSize): the group is held
 * back until then, so a quick pipeline is sized from all its rows while a
 * slow one still streams.
 */
import { listEntryLines } from './list-writer.js';
import type { EntryBody, FormatPacket, FormatStart } from './packets.js';
import { TableWriter, wideItemsPerRow } from './table-writer.js';
import type { Alignment } from './table-writer.js';
import { cellWidth } from './text.js';

export interface PacketWriterOptions {
  /** Columns a table or wide view may use. */
  tableWidth: number;
  /** Columns a list view wraps at (Infinity: never). */
  listWidth: number;
  writeLine: (line: string) => void;
  /** How long a table without widths waits for rows to size its columns (pwsh: 300 ms). */
  groupingMs?: number;
  now?: () => number;
  /** Style table headers and list labels with ANSI colour, as pwsh does on a terminal. */
  color?: boolean;
}

const HEADER_STYLE = { header: '\x1b[32;1m', customLabel: '\x1b[32;1;3m', reset: '\x1b[0m' };
const LABEL_STYLE = { accent: '\x1b[32;1m', reset: '\x1b[0m' };

const DEFAULT_GROUPING_MS = 300;

type Hint = { kind: 'table'; widths: number[] } | { kind: 'wide'; maxWidth: number };

export class PacketWriter {
  private start?: FormatStart;
  private inGroup = false;
  private table?: TableWriter;
  private wideBuffer: string[] = [];
  private wideItems = 0;
  private hint?: Hint;

  // The sizing cache (pwsh's OutputGroupQueue).
  private caching: 'none' | 'group' | 'timed' = 'none';
  private holding = false;
  private held: FormatPacket[] = [];
  private heldSince = 0;

  constructor(private readonly opts: PacketWriterOptions) {}

  process(packet: FormatPacket): void {
    if (packet.type === 'start') {
      this.caching = packet.autosize ? 'group' : packet.shape === 'table' && (packet.columns?.[0]?.width ?? 0) === 0 ? 'timed' : 'none';
    }
    if (!this.holding && packet.type === 'group-start' && this.caching !== 'none') {
      this.holding = true;
      this.held = [packet];
      this.heldSince = this.now();
      return;
    }
    if (this.holding) {
      this.held.push(packet);
      const expired = this.caching === 'timed' && this.now() - this.heldSince > (this.opts.groupingMs ?? DEFAULT_GROUPING_MS);
      if (packet.type === 'group-end' || packet.type === 'end' || expired) this.release();
      return;
    }
    this.handle(packet);
  }

  /** Prints whatever is still held back (end of the pipeline). */
  finish(): void {
    if (this.holding) this.release();
  }

  private now(): number {
    return (this.opts.now ?? Date.now)();
  }

  private release(): void {
    this.holding = false;
    const held = this.held;
    this.held = [];
    this.hint = this.computeHint(held);
    for (const p of held) this.handle(p);
  }

  private computeHint(held: FormatPacket[]): Hint | undefined {
    const start = this.start;
    if (start?.shape === 'table' && start.columns?.length) {
      const widths = start.columns.map((c) => cellWidth(c.label));
      for (const p of held) {
        if (p.type !== 'entry' || p.outOfBand || p.body.kind !== 'row') continue;
        p.body.values.forEach((v, k) => {
          if (k < widths.length) widths[k] = Math.max(widths[k], cellWidth(v));
        });
      }
      return { kind: 'table', widths };
    }
    if (start?.shape === 'wide' && !start.wideColumns) {
      let maxWidth = 0;
      for (const p of held) {
        if (p.type === 'entry' && !p.outOfBand && p.body.kind === 'wide') maxWidth = Math.max(maxWidth, cellWidth(p.body.value));
      }
      return { kind: 'wide', maxWidth };
    }
    return undefined;
  }

  private handle(packet: FormatPacket): void {
    switch (packet.type) {
      case 'start':
        if (this.inGroup) this.endGroup();
        this.start = packet;
        this.line('');
        return;
      case 'group-start':
        this.startGroup(packet.label);
        return;
      case 'entry':
        if (packet.outOfBand || !this.inGroup) this.outOfBand(packet.body);
        else this.entry(packet.body);
        return;
      case 'group-end':
        this.endGroup();
        return;
      case 'end':
        if (this.inGroup) this.endGroup();
        // A list already ended with a blank line after its last entry.
        if (this.start && this.start.shape !== 'list') this.line('');
        this.start = undefined;
        return;
    }
  }

  private startGroup(label: string | undefined): void {
    const start = this.start;
    const hint = this.hint;
    this.hint = undefined;
    this.inGroup = true;
    if (label !== undefined) {
      this.line(label);
      this.line('');
    }
    if (start?.shape === 'table' && start.columns?.length) {
      const widths = hint?.kind === 'table' ? hint.widths : start.columns.map((c) => c.width);
      this.table = new TableWriter(this.opts.tableWidth, widths, start.columns.map((c) => c.alignment), start.hideHeader ?? false,
        this.opts.color ? HEADER_STYLE : undefined);
      this.lines(this.table.header(start.columns.map((c) => c.label), start.columns.map((c) => c.headerMatchesProperty ?? true)));
    } else if (start?.shape === 'wide') {
      this.wideItems = hint?.kind === 'wide' && hint.maxWidth > 0
        ? wideItemsPerRow(hint.maxWidth, this.opts.tableWidth)
        : start.wideColumns || 2;
      this.wideBuffer = [];
      this.table = new TableWriter(this.opts.tableWidth, new Array<number>(this.wideItems).fill(0), new Array<Alignment>(this.wideItems).fill('left'));
    } else {
      this.table = undefined;
    }
  }

  private endGroup(): void {
    this.flushWide();
    this.inGroup = false;
    this.table = undefined;
  }

  private entry(body: EntryBody): void {
    switch (body.kind) {
      case 'row':
        if (this.table) this.lines(this.table.row(body.values, body.alignments, body.multiLine));
        return;
      case 'list':
        this.lines(listEntryLines(body.labels, body.values, this.opts.listWidth, this.opts.color ? LABEL_STYLE : undefined));
        this.line('');
        return;
      case 'wide':
        this.wideBuffer.push(body.value);
        if (this.wideBuffer.length >= this.wideItems) this.flushWide();
        return;
      default:
        this.outOfBand(body);
    }
  }

  private flushWide(): void {
    if (this.wideBuffer.length === 0 || !this.table) return;
    this.lines(this.table.row(this.wideBuffer));
    this.wideBuffer = [];
  }

  private outOfBand(body: EntryBody): void {
    switch (body.kind) {
      case 'text':
        // Raw text goes out as one piece, embedded newlines and all (Out-String -Stream keeps it whole).
        this.line(body.text);
        return;
      case 'custom':
        this.lines(body.lines);
        return;
      case 'list':
        this.line('');
        this.lines(listEntryLines(body.labels, body.values, this.opts.listWidth, this.opts.color ? LABEL_STYLE : undefined));
        this.line('');
        return;
      case 'row':
        this.line(body.values.join(' '));
        return;
      case 'wide':
        this.line(body.value);
    }
  }

  private line(text: string): void {
    this.opts.writeLine(text);
  }

  private lines(texts: string[]): void {
    for (const t of texts) this.opts.writeLine(t);
  }
}
