/** Get-History: the commands run in this session, oldest first, as HistoryInfo objects. */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import type { HistoryEntry } from '../../history/index.js';
import { engineOf } from './engine-access.js';
import { historyInfo, HISTORY_INFO_TYPE } from './history-info.js';

export const getHistory: CmdletDefinition = {
  name: 'Get-History',
  aliases: ['h', 'history', 'ghy'],
  synopsis: 'Gets a list of the commands entered during the current session.',
  module: 'Microsoft.PowerShell.Core',
  outputType: [HISTORY_INFO_TYPE],
  parameters: [
    { name: 'Id', type: 'object[]', position: 0, valueFromPipeline: true, description: 'Entries by id; with -Count, the entries that end with this one.' },
    { name: 'Count', type: 'int', position: 1, description: 'How many of the most recent entries to get.' },
  ],
  create(ctx) {
    const history = engineOf(ctx).history;
    return {
      *process(params) {
        const entries = history.entries;
        const count = params['Count'] !== undefined ? Number(params['Count']) : undefined;
        if (count !== undefined && (!Number.isInteger(count) || count < 0 || count > 32767)) {
          return ctx.fail(`Cannot validate argument on parameter 'Count'. The ${count} argument is greater than the maximum allowed range of 32767. Supply an argument that is less than or equal to 32767 and then try the command again.`, { category: 'InvalidData', errorId: 'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.GetHistoryCommand' });
        }
        const ids = params['Id'] === undefined ? undefined : (params['Id'] as unknown[]).map((v) => Number(v));
        if (ids === undefined) {
          yield* lastN(entries, count ?? entries.length).map(historyInfo);
          return;
        }
        if (count !== undefined && ids.length > 1) {
          return ctx.fail('The count cannot be combined with multiple Ids.', { category: 'InvalidArgument', errorId: 'GetHistoryNoCountWithMultipleIds,Microsoft.PowerShell.Commands.GetHistoryCommand' });
        }
        for (const id of ids) {
          if (!Number.isInteger(id) || id <= 0) {
            ctx.writeError(`The identifier ${id} is not a valid value for a History identifier. Specify a positive number, and then try again.`, { category: 'InvalidArgument', errorId: 'GetHistoryInvalidIdGetHistory,Microsoft.PowerShell.Commands.GetHistoryCommand', targetObject: id });
            continue;
          }
          const at = entries.findIndex((e) => e.Id === id);
          if (at < 0) {
            ctx.writeError(`Cannot locate the history for Id ${id}.`, { category: 'ObjectNotFound', errorId: 'GetHistoryNoHistoryForId,Microsoft.PowerShell.Commands.GetHistoryCommand', targetObject: id });
            continue;
          }
          yield* lastN(entries.slice(0, at + 1), count ?? 1).map(historyInfo);
        }
      },
    };
  },
};

function lastN(entries: readonly HistoryEntry[], n: number): HistoryEntry[] {
  return entries.slice(Math.max(0, entries.length - n));
}
