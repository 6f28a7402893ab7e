/**
 * The transcripts of one session: Start-Transcript pushes a file, Stop-Transcript pops the
 * newest (as pwsh nests them). While any is open, every command line (from the history's
 * start events) and everything the host prints is written to all of them, secrets masked.
 * A shell that exits with a transcript open still writes its footer.
 */
import type { Host } from '../host/host.js';
import type { SessionHistory } from '../history/index.js';
import { teeHost, type TeeStream } from './host-tee.js';
import { SecretMask } from './redact.js';
import { transcriptFooter, type TranscriptFile } from './transcript-file.js';

const ANSI = /\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;

export class TranscriptRecorder {
  private readonly files: TranscriptFile[] = [];
  private readonly mask = new SecretMask();
  private partial = '';
  private detach: (() => void) | undefined;
  private readonly onExit = () => this.stopAll();

  constructor(private readonly host: Host, private readonly history: SessionHistory) {}

  get active(): readonly TranscriptFile[] {
    return this.files;
  }

  isRecording(path: string): boolean {
    return this.files.some((f) => f.path === path);
  }

  start(file: TranscriptFile): void {
    this.files.push(file);
    if (this.detach) return;
    const untee = teeHost(this.host, {
      write: (stream, text, noNewline) => this.output(stream, text, noNewline),
      read: (prompt, answer) => this.output('host', `${prompt}${answer ?? ''}`, false),
    });
    const unlisten = this.history.onCommandStart((c) => {
      this.flushPartial();
      const line = this.mask.commandLine(c.commandLine);
      for (const f of this.files) f.command(line, c.startTime);
    });
    process.on('exit', this.onExit);
    this.detach = () => {
      untee();
      unlisten();
      process.off('exit', this.onExit);
    };
  }

  /** Closes the newest transcript with its footer; undefined when none is open. */
  stop(): TranscriptFile | undefined {
    this.flushPartial();
    const file = this.files.pop();
    file?.write(transcriptFooter(new Date()));
    file?.close();
    if (this.files.length === 0) {
      this.detach?.();
      this.detach = undefined;
    }
    return file;
  }

  private stopAll(): void {
    while (this.files.length) this.stop();
  }

  private output(_stream: TeeStream, text: string, noNewline: boolean): void {
    const clean = this.mask.text(text.replace(ANSI, ''));
    if (noNewline) {
      this.partial += clean;
      return;
    }
    const line = this.partial + clean;
    this.partial = '';
    for (const f of this.files) f.write([line]);
  }

  private flushPartial(): void {
    if (!this.partial) return;
    const line = this.partial;
    this.partial = '';
    for (const f of this.files) f.write([line]);
  }
}

const recorders = new WeakMap<object, TranscriptRecorder>();

/** The recorder of a session (keyed by its engine), created on first use. */
export function transcriptRecorder(owner: object, host: Host, history: SessionHistory): TranscriptRecorder {
  let recorder = recorders.get(owner);
  if (!recorder) {
    recorder = new TranscriptRecorder(host, history);
    recorders.set(owner, recorder);
  }
  return recorder;
}
