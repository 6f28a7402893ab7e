/**
 * Clear-History: removes entries from the session history (not the history file), by id,
 * by command line (wildcards), the oldest or -Newest -Count, or all of them.
 */
import type { CmdletContext, CmdletDefinition } from '../../cmdlets/types.js';
import type { HistoryEntry } from '../../history/index.js';
import { wildcardToRegExp, hasWildcard } from '../../values/comparison.js';
import { engineOf } from './engine-access.js';

const ERROR_PREFIX = 'Microsoft.PowerShell.Commands.ClearHistoryCommand';

export const clearHistory: CmdletDefinition = {
  name: 'Clear-History',
  aliases: ['clhy'],
  synopsis: 'Deletes entries from the PowerShell session command history.',
  module: 'Microsoft.PowerShell.Core',
  supportsShouldProcess: true,
  defaultParameterSet: 'IDParameter',
  parameters: [
    { name: 'Id', type: 'int[]', position: 0, parameterSets: ['IDParameter'], description: 'Entries by id; with -Count, the entries that end with this one.' },
    { name: 'CommandLine', type: 'string[]', parameterSets: ['CommandLineParameter'], validateNotNullOrEmpty: true, description: 'Entries whose command line matches (wildcards allowed).' },
    { name: 'Count', type: 'int', position: 1, description: 'How many entries to clear, oldest first.' },
    { name: 'Newest', type: 'switch', description: 'Clear the newest entries instead of the oldest.' },
  ],
  create(ctx) {
    const history = engineOf(ctx).history;
    return {
      async process(params) {
        const count = params['Count'] as number | undefined;
        const newest = params['Newest'] === true;
        if (count !== undefined && count < 1) {
          return ctx.fail(`Cannot validate argument on parameter 'Count'. The ${count} argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.`, { category: 'InvalidData', errorId: `ParameterArgumentValidationError,${ERROR_PREFIX}` });
        }
        const doomed = new Set<HistoryEntry>();
        const lines = params['CommandLine'] as string[] | undefined;
        const ids = params['Id'] as number[] | undefined;
        if (lines) {
          if (count !== undefined && lines.length > 1) {
            return ctx.fail('The count cannot be combined with multiple CommandLine parameters.', { category: 'InvalidArgument', errorId: `NoCountWithMultipleCmdLine,${ERROR_PREFIX}` });
          }
          for (const line of lines) {
            const re = wildcardToRegExp(line, false);
            // Without -Count, a plain line clears one matching entry and a wildcard pattern all of them (pwsh's rule).
            const take = count ?? (hasWildcard(line) ? Infinity : 1);
            pick(history.entries.filter((e) => re.test(e.CommandLine)), take, newest).forEach((e) => doomed.add(e));
          }
        } else if (ids) {
          if (count !== undefined && ids.length > 1) {
            return ctx.fail('The count cannot be combined with multiple Ids.', { category: 'InvalidArgument', errorId: `GetHistoryNoCountWithMultipleIds,${ERROR_PREFIX}` });
          }
          for (const id of ids) {
            const at = history.entries.findIndex((e) => e.Id === id);
            if (at < 0) {
              notFound(ctx, id);
              continue;
            }
            const span = count === undefined ? [history.entries[at]!]
              : newest ? history.entries.slice(at, at + count) : history.entries.slice(Math.max(0, at - count + 1), at + 1);
            span.forEach((e) => doomed.add(e));
          }
        } else if (count !== undefined) {
          pick(history.entries, count, newest).forEach((e) => doomed.add(e));
        } else {
          if (!(await ctx.shouldProcess('This command will clear all the entries from the session history.', 'Clear-History'))) return;
          history.entries.forEach((e) => doomed.add(e));
        }
        const removed = history.remove((e) => doomed.has(e));
        ctx.writeVerbose(`Note: ${removed} entries were cleared from the session history.`);
      },
    };
  },
};

function pick(entries: readonly HistoryEntry[], n: number, newest: boolean): readonly HistoryEntry[] {
  if (n === Infinity) return entries;
  return newest ? entries.slice(Math.max(0, entries.length - n)) : entries.slice(0, n);
}

function notFound(ctx: CmdletContext, id: number): void {
  ctx.writeError(`Cannot locate the history for Id ${id}.`, { category: 'ObjectNotFound', errorId: `GetHistoryNoHistoryForId,${ERROR_PREFIX}`, targetObject: id });
}
