/**
 * A CaptureHost with a terminal's height and a scripted table explorer:
 * `explore` records each request, reads rows from the source as the real
 * explorer does (noting what the host had printed when each row came), and
 * leaves as `leave` decides, with the rows `choose` picks.
 */
import type { ExploreRequest } from '../../../src/repl/host/host.js';
import { CaptureHost, type CaptureHostOptions } from '../../../src/repl/host/capture-host.js';

export interface ExploreScript {
  /** Stop reading after this many rows (the user left early); all rows when absent. */
  leaveAfter?: number;
  /** Indexes (into the rows read) of the rows chosen; none when absent. */
  choose?: number[];
  /** Never leave on its own: only the request's signal ends it. */
  hang?: boolean;
}

export interface ExploreCall {
  request: ExploreRequest;
  rows: unknown[];
  /** host.stdout at the moment each row arrived. */
  printedAtRow: string[];
  /** The source finished on its own (not left early). */
  sourceEnded: boolean;
}

export class ExploringHost extends CaptureHost {
  readonly height: number;
  readonly calls: ExploreCall[] = [];

  constructor(private readonly script: ExploreScript = {}, options: CaptureHostOptions & { height?: number } = {}) {
    super(options);
    this.height = options.height ?? 24;
  }

  async explore(request: ExploreRequest): Promise<unknown[]> {
    const call: ExploreCall = { request, rows: [], printedAtRow: [], sourceEnded: false };
    this.calls.push(call);
    if (this.script.hang) {
      return new Promise((resolve) => request.signal?.addEventListener('abort', () => resolve([]), { once: true }));
    }
    const iterator = request.source[Symbol.asyncIterator]();
    for (;;) {
      if (this.script.leaveAfter !== undefined && call.rows.length >= this.script.leaveAfter) {
        await iterator.return?.();
        break;
      }
      const next = await iterator.next();
      if (next.done) {
        call.sourceEnded = true;
        break;
      }
      call.rows.push(next.value);
      call.printedAtRow.push(this.stdout);
    }
    return (this.script.choose ?? []).map((i) => call.rows[i]);
  }
}
