/**
 * Calls for successive pipeline items, up to `limit` of them in flight at
 * once, whose output still comes out in input order: what the module's
 * multithreading (Connect-ExchangeOnline -UseMultithreading, on by default)
 * does for the Get-EXO* cmdlets. Each call's output is held until the calls
 * before it have passed theirs on.
 */
interface Call {
  rows: unknown[];
  error?: unknown;
  settled: boolean;
  finished: Promise<void>;
}

export class OrderedFanOut {
  private readonly calls: Call[] = [];

  constructor(
    private readonly limit: number,
    /** Reports a call's failure when its turn comes (it may throw, as -ErrorAction Stop does). */
    private readonly report: (error: unknown) => void,
  ) {}

  /** Starts one call, then passes on what is ready, waiting only while `limit` calls are in flight. */
  async *add(run: () => AsyncIterable<unknown>): AsyncGenerator<unknown, void, undefined> {
    const call: Call = { rows: [], settled: false, finished: Promise.resolve() };
    call.finished = (async () => {
      try {
        for await (const row of run()) call.rows.push(row);
      } catch (e) {
        call.error = e;
      } finally {
        call.settled = true;
      }
    })();
    this.calls.push(call);
    while (this.calls.length > 0 && (this.calls[0]!.settled || this.calls.length >= this.limit)) yield* this.next();
  }

  /** Waits for every call still in flight and passes their output on, in order. */
  async *drain(): AsyncGenerator<unknown, void, undefined> {
    while (this.calls.length > 0) yield* this.next();
  }

  private async *next(): AsyncGenerator<unknown, void, undefined> {
    const call = this.calls[0]!;
    await call.finished;
    this.calls.shift();
    yield* call.rows;
    if (call.error !== undefined) this.report(call.error);
  }
}
