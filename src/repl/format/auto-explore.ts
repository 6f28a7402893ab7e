/**
 * Auto-explore: at an interactive terminal, a top-level result that would
 * print as a table taller than the screen opens the table explorer instead
 * of scrolling past. The first rows are held back until there are more than
 * fit (height - 4); if the result ends first it prints as text, as before.
 * Only table-shaped output qualifies: objects whose default view is a table,
 * not scalars, lists, dictionaries or Format-* output. A run of rows ends at
 * the first object of another type, which (with the rest) prints after the
 * explorer is left. Leaving before the rows are all in stops the whole
 * command line, as pwsh's Out-GridView does when its window closes early.
 */
import type { Host } from '../host/host.js';
import { PSList } from '../values/list.js';
import { chooseColumns } from './column-choice.js';
import { isDictionary } from './dictionary.js';
import { isScalar, typeNamesOf } from './display.js';
import { FormatOutput } from './packets.js';
import { findView } from './views.js';

/** Lines a printed table needs besides its rows (blank, header, underline, blank). */
export const TABLE_CHROME_LINES = 4;

export interface AutoExploreOptions {
  /** The command text, for the explorer's header and summary line. */
  title: string;
  signal: AbortSignal;
  /** Told the first row of each result that goes to the explorer instead of the printer. */
  onExplore?: (first: unknown) => void;
}

/** The run's output as it should be printed: unchanged unless the host can explore. */
export function autoExplore(output: AsyncIterable<unknown>, host: Host, o: AutoExploreOptions): AsyncIterable<unknown> {
  if (!host.explore || !host.height) return output;
  return exploreTallTables(output, host, Math.max(1, host.height - TABLE_CHROME_LINES), o);
}

/** The type a run of rows shares, or undefined when the value would not print as a table. */
export function tableRowKind(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || value instanceof FormatOutput || Array.isArray(value) || value instanceof PSList) return undefined;
  if (isDictionary(value) || isScalar(value)) return undefined;
  const names = typeNamesOf(value);
  if (findView(names)?.outOfBand) return undefined;
  return chooseColumns(value)?.shape === 'table' ? names[0] ?? '' : undefined;
}

function sameKind(value: unknown, kind: string): boolean {
  return value !== null && typeof value === 'object' && !(value instanceof FormatOutput) && typeNamesOf(value)[0] === kind && tableRowKind(value) !== undefined;
}

async function* exploreTallTables(output: AsyncIterable<unknown>, host: Host, limit: number, o: AutoExploreOptions): AsyncGenerator<unknown> {
  const it = output[Symbol.asyncIterator]();
  let pending: IteratorResult<unknown> | undefined;
  const pull = async () => {
    const r = pending ?? await it.next();
    pending = undefined;
    return r;
  };
  try {
    for (;;) {
      const first = await pull();
      if (first.done) return;
      const kind = tableRowKind(first.value);
      if (kind === undefined) {
        yield first.value;
        continue;
      }
      const held = [first.value];
      while (held.length <= limit) {
        const r = await it.next();
        if (r.done || !sameKind(r.value, kind)) {
          pending = r;
          break;
        }
        held.push(r.value);
      }
      if (held.length <= limit) {
        yield* held;
        continue;
      }
      o.onExplore?.(held[0]);
      let finished = false;
      const rows = async function* () {
        yield* held.splice(0);
        for (;;) {
          const r = await it.next();
          if (!r.done && sameKind(r.value, kind)) {
            yield r.value;
            continue;
          }
          pending = r;
          finished = true;
          return;
        }
      };
      await host.explore!({ title: o.title.replace(/\s+/g, ' ').trim(), source: rows(), outputMode: 'None', signal: o.signal });
      if (o.signal.aborted) throw o.signal.reason;
      if (!finished) return;
    }
  } finally {
    await it.return?.();
  }
}
