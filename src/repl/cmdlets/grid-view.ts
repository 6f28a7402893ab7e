/**
 * What Out-ConsoleGridView and Out-GridView share: pipeline input streams
 * into the host's table explorer as it arrives (the explorer opens with the
 * first object, not after the last one as ConsoleGuiTools does), and once
 * the user leaves, the original objects of the chosen rows go down the
 * pipeline. Leaving early stops the upstream commands.
 */
import type { ExploreRequest } from '../host/host.js';
import { dictionaryEntries, isDictionary } from '../format/dictionary.js';
import { dictionaryEntry } from '../format/generator.js';
import { FormatOutput } from '../format/packets.js';
import type { CmdletContext, CmdletInstance } from './types.js';

export type OutputMode = ExploreRequest['outputMode'];

export interface GridViewOptions {
  /** The .NET class in its FullyQualifiedErrorIds ('OutGridView.Cmdlet.OutConsoleGridViewCmdletCommand'). */
  errorClass: string;
  title: string;
  outputMode: OutputMode;
  filter?: string;
  /** The message of the error for Format-* output, which has no rows to show. */
  invalidDataMessage: string;
}

/**
 * An async queue between the pipeline (push/end) and the explorer (the
 * consumer). The consumer's return() marks it `left`.
 */
export class RowChannel implements AsyncIterable<unknown> {
  private readonly items: unknown[] = [];
  private head = 0;
  private ended = false;
  private wake?: () => void;
  left = false;

  push(item: unknown): void {
    if (this.left || this.ended) return;
    this.items.push(item);
    this.notify();
  }

  end(): void {
    this.ended = true;
    this.notify();
  }

  private notify(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  [Symbol.asyncIterator](): AsyncIterator<unknown> {
    const next = async (): Promise<IteratorResult<unknown>> => {
      for (;;) {
        if (this.left) return { done: true, value: undefined };
        if (this.head < this.items.length) {
          const value = this.items[this.head];
          // Hand each row over once; the explorer keeps its own reference.
          this.items[this.head++] = undefined;
          if (this.head === this.items.length) {
            this.items.length = 0;
            this.head = 0;
          }
          return { done: false, value };
        }
        if (this.ended) return { done: true, value: undefined };
        await new Promise<void>((resolve) => { this.wake = resolve; });
      }
    };
    const leave = async (): Promise<IteratorResult<unknown>> => {
      this.left = true;
      this.items.length = 0;
      this.notify();
      return { done: true, value: undefined };
    };
    return { next, return: leave };
  }
}

export function gridViewInstance(ctx: CmdletContext, o: GridViewOptions): CmdletInstance {
  const host = ctx.host;
  let channel: RowChannel | undefined;
  let chosen: Promise<unknown[]> | undefined;

  const add = (value: unknown): void => {
    if (value instanceof FormatOutput) {
      ctx.fail(o.invalidDataMessage, { errorId: `DataNotQualifiedForGridView,${o.errorClass}`, category: 'InvalidType', exceptionType: 'System.FormatException' });
    }
    if (!channel) {
      channel = new RowChannel();
      chosen = host.explore!({ title: o.title, source: channel, outputMode: o.outputMode, signal: ctx.signal, ...(o.filter ? { filter: o.filter } : {}) });
    }
    channel.push(value);
  };

  return {
    begin() {
      if (!host.explore) {
        // ConsoleGuiTools refuses the same way when there is no console to draw on.
        ctx.fail('Not supported in this environment (when input is redirected).', {
          errorId: `EnvironmentNotSupportedForGridView,${o.errorClass}`,
          category: 'NotImplemented',
          exceptionType: 'System.Management.Automation.PSNotSupportedException',
        });
      }
    },
    process(bound, input) {
      if (channel?.left) {
        ctx.stopUpstream?.();
        return;
      }
      const value = input.present ? input.value : ctx.boundNames.has('InputObject') ? bound['InputObject'] : undefined;
      if (value === undefined || value === null) return;
      // The pipeline does not enumerate a dictionary; the grid shows its entries.
      if (isDictionary(value)) {
        for (const [key, entry] of dictionaryEntries(value)) add(dictionaryEntry(key, entry));
      } else {
        add(value);
      }
    },
    async *end() {
      if (!channel || !chosen) return;
      channel.end();
      const rows = await untilAborted(chosen, ctx.signal);
      if (o.outputMode === 'None') return;
      yield* rows;
    },
  };
}

/** The explorer's answer, or the pipeline's stop reason once Ctrl+C aborts it. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => { signal.removeEventListener('abort', onAbort); resolve(v); },
      (e) => { signal.removeEventListener('abort', onAbort); reject(e); },
    );
  });
}
