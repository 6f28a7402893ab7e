/**
 * The pull protocol between pipeline stages. A stage's next() answers
 * synchronously when it can and with a promise only when something really
 * awaits (an HTTP call, an async script block), so a chain of synchronous
 * stages moves each item without a single promise. A stage is written as a
 * sync generator that yields its output values and yields `new Await(p)`
 * where it would `await p`; the driver resumes it with the settled value.
 */
export type Step = IteratorResult<unknown, undefined> | Promise<IteratorResult<unknown, undefined>>;

export interface Pull {
  next(): Step;
  /** Stops the source early; its cleanup (finally blocks) runs now. */
  return(): void;
}

/** What a stage generator yields to wait for a promise. */
export class Await {
  constructor(readonly promise: unknown) {}
}

const DONE: IteratorResult<unknown, undefined> = { done: true, value: undefined };

export class DrivenStage implements Pull {
  constructor(private readonly gen: Generator<unknown, void, unknown>) {}

  next(): Step {
    return this.settle(this.gen.next());
  }

  return(): void {
    this.gen.return();
  }

  private settle(r: IteratorResult<unknown, void>): Step {
    if (r.done) return DONE;
    const v = r.value;
    if (v instanceof Await) {
      return Promise.resolve(v.promise).then((x) => this.settle(this.gen.next(x)), (e: unknown) => this.settle(this.gen.throw(e)));
    }
    return r as IteratorResult<unknown, undefined>;
  }
}

/** An async iterable as a Pull (every step a promise). */
export function fromAsync(source: AsyncIterable<unknown>): Pull {
  const it = source[Symbol.asyncIterator]();
  let finished = false;
  return {
    next() {
      return it.next().then((r) => {
        if (r.done) finished = true;
        return r.done ? DONE : r;
      });
    },
    return() {
      if (finished) return;
      finished = true;
      // Cleanup of an async source settles on its own; a failure there has nowhere to go.
      void it.return?.()?.then(undefined, () => undefined);
    },
  };
}

/** A Pull as an async generator, closing the source when the consumer stops early. */
export async function* toAsync(source: Pull): AsyncGenerator<unknown, void, undefined> {
  let done = false;
  try {
    for (;;) {
      let r = source.next();
      if (r instanceof Promise) r = await r;
      if (r.done) {
        done = true;
        return;
      }
      yield r.value;
    }
  } finally {
    if (!done) source.return();
  }
}
