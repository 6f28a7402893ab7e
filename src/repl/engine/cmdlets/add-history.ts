/**
 * Add-History: appends entries to the session history (from Get-History, or objects read
 * back from a file), each with a new id. Like pwsh, the Add-History command line itself
 * is recorded first, so the added entries follow it.
 */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { engineOf } from './engine-access.js';
import { entryFromObject, historyInfo, HISTORY_INFO_TYPE } from './history-info.js';

export const addHistory: CmdletDefinition = {
  name: 'Add-History',
  synopsis: 'Appends entries to the session history.',
  module: 'Microsoft.PowerShell.Core',
  outputType: [HISTORY_INFO_TYPE],
  parameters: [
    { name: 'InputObject', type: 'object[]', position: 0, valueFromPipeline: true, description: 'HistoryInfo objects (or objects with their properties) to add.' },
    { name: 'Passthru', type: 'switch', description: 'Returns the added entries.' },
  ],
  create(ctx) {
    const history = engineOf(ctx).history;
    return {
      begin() {
        history.recordRunning();
      },
      *process(params) {
        const inputs = (params['InputObject'] as unknown[] | undefined) ?? [];
        for (const input of inputs) {
          const entry = entryFromObject(input);
          if (!entry) {
            ctx.writeError('Cannot add history because the input object has a format that is not valid.', { category: 'InvalidData', errorId: 'AddHistoryInvalidInput,Microsoft.PowerShell.Commands.AddHistoryCommand', targetObject: input });
            continue;
          }
          const added = history.add(entry);
          if (params['Passthru']) yield historyInfo(added);
        }
      },
    };
  },
};
