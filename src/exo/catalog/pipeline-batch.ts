import type { CmdletContext } from '../../repl/cmdlets/types.js';
import type { CallSinks, ExoClient } from '../client/exo-client.js';
import type { CatalogCmdlet } from './metadata.js';
import { toExchangeObject } from '../types/exchange-object.js';
import { reportExchangeError } from './report-error.js';

/** The module sends a batch when ten calls are queued (AddTo-BatchRequest), and the rest in its End block. */
export const BATCH_SIZE = 10;

/**
 * Whether a proxy batches its pipeline input: the module does for every
 * proxy except those routed by a parameter (the ones with -UseCustomRouting,
 * such as Get-MailboxStatistics), and never for a call that must confirm.
 */
export function batchesPipelineInput(meta: CatalogCmdlet): boolean {
  return !meta.parameters.some((p) => p.name.toLowerCase() === 'usecustomrouting');
}

/**
 * Calls queued from pipeline input and sent as one `$batch`
 * (exo-protocol.md §2.8). Output and errors come out per item, in input
 * order; a service error for one item is non-terminating for that item only.
 */
export class PipelineBatch {
  private queued: Array<Record<string, unknown>> = [];

  constructor(
    private readonly ctx: CmdletContext,
    private readonly client: ExoClient,
    private readonly cmdlet: string,
    private readonly typeNames: string[],
    private readonly sinks: CallSinks,
  ) {}

  /** Queues one call; true when the batch is full and should be sent. */
  add(parameters: Record<string, unknown>): boolean {
    this.queued.push(parameters);
    return this.queued.length >= BATCH_SIZE;
  }

  get size(): number {
    return this.queued.length;
  }

  async *send(): AsyncGenerator<unknown, void, undefined> {
    const items = this.queued;
    this.queued = [];
    if (items.length === 0) return;
    const results = await this.client.invokeBatch(this.cmdlet, items, { signal: this.ctx.signal, ...this.sinks });
    for (const r of results) {
      for (const row of r.rows) yield toExchangeObject(row, this.typeNames);
      if (r.error) reportExchangeError(this.ctx, r.error);
    }
  }
}
