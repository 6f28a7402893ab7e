/**
 * The finished output waiting for `<Static>`: lines are gathered for a frame
 * and handed over as a few large items, so 100,000 output lines cost a few
 * hundred renders, not 100,000. Each item is written once and never changes.
 */
import type { ConsoleColor } from '../../repl/host/host.js';
import type { HighlightSpan as Span } from '../../repl/highlight/index.js';

/** `clear` is Clear-Host: it wipes the screen at its place in the output, after what came before it. */
export type SegmentKind = 'output' | 'host' | 'error' | 'warning' | 'verbose' | 'debug' | 'summary' | 'cancel' | 'prompt' | 'input' | 'clear';

export interface Segment {
  kind: SegmentKind;
  text: string;
  fg?: ConsoleColor;
  bg?: ConsoleColor;
  /** Syntax colours of an echoed command (offsets into text). */
  spans?: Span[];
}

export interface ScrollbackItem {
  id: number;
  segments: Segment[];
}

/** One item never holds more than this many lines, so no single Ink text node gets huge. */
const ITEM_LINES = 2000;

export class Scrollback {
  private pending: Segment[] = [];
  /** The unfinished last line held back while the lines before it are sealed. */
  private openLine: Segment[] = [];
  private pendingLines = 0;
  private nextId = 0;
  private ready: ScrollbackItem[] = [];

  /** Adds text; `newline: false` leaves the line open (Write-Host -NoNewline). */
  write(segment: Segment, newline = true): void {
    const text = newline ? segment.text + '\n' : segment.text;
    const last = this.pending.at(-1);
    if (last && !last.spans && !segment.spans && last.kind === segment.kind && last.fg === segment.fg && last.bg === segment.bg) {
      last.text += text;
    } else {
      this.pending.push({ ...segment, text });
    }
    if (newline && ++this.pendingLines >= ITEM_LINES) this.seal();
  }

  /** Closes the pending lines into an item; an unfinished line stays pending unless `force`. */
  seal(force = false): void {
    if (this.pending.length === 0) return;
    const last = this.pending.at(-1)!;
    if (!force && !last.text.endsWith('\n')) {
      // Keep the open line back; everything before its last newline can go.
      const cut = this.splitOpenLine();
      if (!cut) return;
    }
    const segments = this.pending;
    const tail = segments.at(-1)!;
    if (tail.text.endsWith('\n')) tail.text = tail.text.slice(0, -1);
    this.pending = this.openLine;
    this.openLine = [];
    this.pendingLines = 0;
    this.ready.push({ id: this.nextId++, segments });
  }

  /** Moves the segments of the unfinished last line to openLine; false when there is nothing finished to seal. */
  private splitOpenLine(): boolean {
    const segs = this.pending;
    let i = segs.length - 1;
    while (i >= 0 && !segs[i]!.text.includes('\n')) i--;
    if (i < 0) return false;
    const at = segs[i]!.text.lastIndexOf('\n');
    const head = { ...segs[i]!, text: segs[i]!.text.slice(0, at + 1) };
    const rest = { ...segs[i]!, text: segs[i]!.text.slice(at + 1) };
    this.openLine = [...(rest.text ? [rest] : []), ...segs.slice(i + 1)];
    this.pending = [...segs.slice(0, i), head];
    return true;
  }

  /** A block of its own (an echoed command): ends the pending output first. */
  block(segments: Segment[]): void {
    this.seal(true);
    this.ready.push({ id: this.nextId++, segments });
  }

  /** Items sealed since the last call. */
  take(): ScrollbackItem[] {
    const items = this.ready;
    this.ready = [];
    return items;
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }
}
