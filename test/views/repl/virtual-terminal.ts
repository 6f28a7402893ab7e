/**
 * An in-process terminal for component tests: Ink renders interactively into
 * an @xterm/headless emulator, so tests assert on the screen and scrollback a
 * person would see (Ink rewrites lines with cursor moves; a byte log lies).
 */
import { EventEmitter } from 'node:events';
import xterm from '@xterm/headless';

/** Keyboard input, shaped like a TTY stdin as Ink reads it ('readable' + read()). */
export class FakeStdin extends EventEmitter {
  isTTY = true;
  private chunks: string[] = [];
  write(data: string): void {
    this.chunks.push(data);
    this.emit('readable');
  }
  read(): string | null {
    return this.chunks.shift() ?? null;
  }
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}

/** The screen: what Ink writes goes into the emulator; size changes emit 'resize' as a TTY does. */
export class VirtualTerminal extends EventEmitter {
  readonly isTTY = true;
  readonly term: InstanceType<typeof xterm.Terminal>;
  bytes = 0;

  constructor(public columns: number, public rows: number) {
    super();
    // convertEol: a TTY's output processing turns \n into \r\n, which Ink relies on.
    this.term = new xterm.Terminal({ cols: columns, rows, scrollback: 10_000, allowProposedApi: true, convertEol: true });
  }

  write(data: string | Uint8Array, callback?: () => void): boolean {
    const text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
    this.bytes += text.length;
    this.term.write(text, callback);
    return true;
  }

  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.term.resize(columns, rows);
    this.emit('resize');
  }

  /** Every line from the top of the scrollback to the bottom of the screen, trailing spaces trimmed. */
  async text(): Promise<string> {
    await new Promise<void>((resolve) => this.term.write('', resolve));
    const buffer = this.term.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) lines.push(buffer.getLine(i)?.translateToString(true) ?? '');
    while (lines.length && lines.at(-1) === '') lines.pop();
    return lines.join('\n');
  }

  /** The line the cursor is on (the prompt while typing). */
  async cursorLine(): Promise<string> {
    await new Promise<void>((resolve) => this.term.write('', resolve));
    const buffer = this.term.buffer.active;
    return buffer.getLine(buffer.baseY + buffer.cursorY)?.translateToString(true) ?? '';
  }
}
