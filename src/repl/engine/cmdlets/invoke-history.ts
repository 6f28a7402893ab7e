/**
 * Invoke-History (`r`): runs a command from the session history again, the last one by
 * default, or by id or by the start of its text. It echoes the command, and the command
 * takes its place in the history, as pwsh does.
 */
import type { CmdletContext, CmdletDefinition } from '../../cmdlets/types.js';
import type { HistoryEntry, SessionHistory } from '../../history/index.js';
import { engineOf } from './engine-access.js';
import { runText } from './invoke-expression.js';

const ERROR_PREFIX = 'Microsoft.PowerShell.Commands.InvokeHistoryCommand';

/** Entries being re-run, per session: an entry that re-runs itself would never end. */
const invoking = new WeakMap<SessionHistory, Set<number>>();

export const invokeHistory: CmdletDefinition = {
  name: 'Invoke-History',
  aliases: ['r', 'ihy'],
  synopsis: 'Runs commands from the session history.',
  module: 'Microsoft.PowerShell.Core',
  supportsShouldProcess: true,
  parameters: [{ name: 'Id', type: 'string', position: 0, valueFromPipelineByPropertyName: true, description: 'The history id, or the start of a command line.' }],
  create(ctx) {
    return {
      async *process(params) {
        const history = engineOf(ctx).history;
        const entry = findEntry(ctx, history, params['Id'] as string | undefined);
        const active = invoking.get(history) ?? new Set<number>();
        invoking.set(history, active);
        if (active.has(entry.Id)) {
          return ctx.fail('The Invoke-History cmdlet is called repeatedly, in a loop.', { category: 'InvalidOperation', errorId: `InvokeHistoryLoopDetected,${ERROR_PREFIX}` });
        }
        if (history.running && active.size === 0) history.running.commandLine = entry.CommandLine;
        if (!(await ctx.shouldProcess(entry.CommandLine, 'Invoke-History'))) return;
        ctx.host.writeHost(entry.CommandLine);
        active.add(entry.Id);
        try {
          yield* runText(ctx, entry.CommandLine);
        } finally {
          active.delete(entry.Id);
        }
      },
    };
  },
};

function findEntry(ctx: CmdletContext, history: SessionHistory, id: string | undefined): HistoryEntry {
  const entries = history.entries;
  if (id === undefined) {
    const last = entries[entries.length - 1];
    if (last) return last;
    return ctx.fail('Cannot locate most recent history.', { category: 'InvalidOperation', errorId: `InvokeHistoryNoLastHistoryEntryFound,${ERROR_PREFIX}` });
  }
  if (/^\s*[+-]?\d+\s*$/.test(id)) {
    const n = Number(id);
    if (n <= 0) {
      return ctx.fail(`The identifier ${n} is not a valid value for a History identifier. Specify a positive number, and then try again.`, { category: 'InvalidArgument', errorId: `InvokeHistoryInvalidIdGetHistory,${ERROR_PREFIX}`, targetObject: n });
    }
    const entry = history.byId(n);
    if (entry) return entry;
    return ctx.fail(`Cannot locate the history for Id ${n}.`, { category: 'ObjectNotFound', errorId: `InvokeHistoryNoHistoryForId,${ERROR_PREFIX}`, targetObject: n });
  }
  // pwsh compares the start of the line case-sensitively.
  const match = [...entries].reverse().find((e) => e.CommandLine.startsWith(id));
  if (match) return match;
  return ctx.fail(`Cannot locate the history for command line ${id}.`, { category: 'ObjectNotFound', errorId: `InvokeHistoryNoHistoryForCommandline,${ERROR_PREFIX}`, targetObject: id });
}
