import type { CmdletContext } from '../../repl/cmdlets/types.js';
import type { CallSinks, RetryInfo } from '../client/exo-client.js';
import type { ExoServiceError } from '../client/service-error.js';
import { reportExchangeError } from './report-error.js';

let nextId = 1;

/** The live-area note while a request waits for another attempt. */
export function retryNote(r: RetryInfo): string {
  const seconds = Math.max(1, Math.ceil(r.delayMs / 1000));
  const what = r.fromService ? 'Throttled by the service' : 'The connection failed';
  return `${what}: retrying in ${seconds} s (attempt ${r.attempt + 1} of ${r.maxAttempts})`;
}

/**
 * One running Exchange cmdlet's progress for the host's live area: objects
 * received page by page, a note while a retry waits, and `done` once, at the
 * end or when the pipeline stops. It also routes the service's warnings and
 * in-band errors to this cmdlet, so concurrent cmdlets on one connection
 * never report into each other. The REST client only sees the callbacks.
 */
export class CmdletActivity {
  private id: number | undefined;
  private received = 0;
  private finished = false;
  readonly sinks: CallSinks;

  constructor(private readonly ctx: CmdletContext, private readonly label: string) {
    this.sinks = {
      onPage: (count) => {
        this.received += count;
        this.report({ received: this.received });
      },
      onRetry: (info) => {
        this.report({ received: this.received, note: retryNote(info) });
        ctx.writeVerbose(`Retrying after ${Math.round(info.delayMs / 1000)}s (attempt ${info.attempt}): ${info.reason}`);
      },
      onWarning: (message) => ctx.writeWarning(message),
      onError: (e: ExoServiceError) => ctx.writeError(e, { category: e.category, errorId: e.fullyQualifiedErrorId }),
    };
    ctx.signal.addEventListener('abort', () => this.done(), { once: true });
  }

  /**
   * Passes one step's output on, reporting service errors as non-terminating
   * ones; when the step is stopped early (downstream done, Ctrl+C,
   * -ErrorAction Stop) end() will not run, so the activity ends here.
   */
  async *run(output: AsyncIterable<unknown>): AsyncGenerator<unknown, void, undefined> {
    let completed = false;
    try {
      yield* output;
      completed = true;
    } catch (e) {
      reportExchangeError(this.ctx, e);
      completed = true;
    } finally {
      if (!completed) this.done();
    }
  }

  /** Ends the activity (idempotent); only an activity that reported anything says so. */
  done(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.id !== undefined) this.ctx.host.activity?.({ id: this.id, label: this.label, received: this.received, done: true });
  }

  private report(update: { received: number; note?: string }): void {
    if (this.finished || !this.ctx.host.activity) return;
    this.id ??= nextId++;
    this.ctx.host.activity({ id: this.id, label: this.label, ...update });
  }
}
