/**
 * Wraps an Exchange cmdlet so each run is written to its connection's cmdlet
 * log (-EnableErrorReporting): the bound parameters, how many objects it
 * emitted, its errors and warnings, its timing. Without a log the cmdlet runs
 * untouched; the wrapper only observes, it never changes what flows.
 */
import type { BoundParameters, CmdletContext, CmdletDefinition, CmdletInstance, ErrorDetails, StepOutput } from '../../repl/cmdlets/types.js';
import { measure, type CmdletLog, type CmdletRun } from './cmdlet-log.js';

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function isIterable(out: unknown): out is Iterable<unknown> | AsyncIterable<unknown> {
  return typeof out === 'object' && out !== null && (Symbol.asyncIterator in out || Symbol.iterator in out);
}

class Recorder {
  readonly run: CmdletRun;
  private written = false;
  private readonly measured = measure();

  constructor(private readonly log: CmdletLog, cmdlet: string, parameters: Record<string, unknown>, private readonly signal: AbortSignal) {
    this.run = { cmdlet, parameters: { ...parameters }, start: new Date(), end: new Date(), resultCount: 0, errors: [], warnings: [] };
  }

  /**
   * Counts what a step emits and notes a terminating error, passing everything through.
   * A step closed before its end (Select-Object -First has its objects, Ctrl+C) is the
   * cmdlet's last: the engine calls no end() then, so the row is written here.
   */
  observe(out: StepOutput): StepOutput {
    if (isIterable(out)) {
      const self = this;
      return (async function* () {
        let finished = false;
        try {
          for await (const v of out) {
            self.run.resultCount++;
            yield v;
          }
          finished = true;
        } catch (e) {
          finished = true;
          self.fail(e);
        } finally {
          if (!finished) self.commit();
        }
      })();
    }
    if (out instanceof Promise) return out.catch((e: unknown) => this.fail(e));
    return out;
  }

  /** Notes a terminating error (once, though it may pass both writeError and the step) and writes the row. */
  fail(e: unknown): never {
    const message = messageOf(e);
    if (!this.signal.aborted && this.run.errors.at(-1) !== message) this.run.errors.push(message);
    this.commit();
    throw e;
  }

  commit(): void {
    if (this.written) return;
    this.written = true;
    this.run.end = new Date();
    if (this.log.measuresPerformance) Object.assign(this.run, this.measured());
    this.log.write(this.run);
  }
}

/** The same context (every member still the engine's own), with errors and warnings noted on their way out. */
function observedContext(ctx: CmdletContext, r: Recorder): CmdletContext {
  const overrides: Partial<CmdletContext> = {
    writeError(error: unknown, details?: ErrorDetails) {
      r.run.errors.push(messageOf(error));
      ctx.writeError(error, details);
    },
    writeWarning(message: string) {
      r.run.warnings.push(message);
      ctx.writeWarning(message);
    },
    fail(error: unknown, details?: ErrorDetails): never {
      r.run.errors.push(messageOf(error));
      r.commit();
      return ctx.fail(error, details);
    },
  };
  return new Proxy(ctx, {
    get(target, key) {
      if (Object.hasOwn(overrides, key)) return overrides[key as keyof CmdletContext];
      const v: unknown = Reflect.get(target, key, target);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

export function loggedCmdlet(def: CmdletDefinition, logOf: () => CmdletLog | undefined): CmdletDefinition {
  return {
    ...def,
    create(ctx: CmdletContext): CmdletInstance {
      const log = logOf();
      if (!log) return def.create(ctx);
      const r = new Recorder(log, def.name, ctx.params, ctx.signal);
      const inner = def.create(observedContext(ctx, r));
      return {
        ...(inner.begin ? { begin: () => r.observe(inner.begin!()) } : {}),
        ...(inner.process ? { process: (params: BoundParameters, input) => r.observe(inner.process!(params, input)) } : {}),
        end: () => {
          const out = inner.end ? r.observe(inner.end()) : undefined;
          if (!isIterable(out)) return out instanceof Promise ? out.then(() => r.commit()) : r.commit();
          return (async function* () {
            yield* out;
            r.commit();
          })();
        },
      };
    },
  };
}
