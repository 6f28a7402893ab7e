/** Get-History: the commands run in this session, oldest first. */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { PSObject } from '../../values/psobject.js';
import { engineOf } from './engine-access.js';
import './views.js';

export const getHistory: CmdletDefinition = {
  name: 'Get-History',
  aliases: ['h', 'history', 'ghy'],
  synopsis: 'Gets a list of the commands entered during the current session.',
  module: 'Microsoft.PowerShell.Core',
  parameters: [
    { name: 'Id', type: 'long', position: 0, description: 'Entries by id.' },
    { name: 'Count', type: 'int', position: 1, description: 'How many of the most recent entries to get.' },
  ],
  create(ctx) {
    const history = engineOf(ctx).history;
    return {
      *process(params) {
        const entries = history.map((line, i) => historyInfo(i + 1, line));
        if (params['Id'] !== undefined) {
          const entry = entries[Number(params['Id']) - 1];
          if (entry) yield entry;
          else ctx.writeError(`Cannot locate history for Id ${String(params['Id'])}.`, { category: 'ObjectNotFound', errorId: 'GetHistoryNotFound,Microsoft.PowerShell.Commands.GetHistoryCommand' });
          return;
        }
        const count = params['Count'] !== undefined ? Number(params['Count']) : entries.length;
        yield* entries.slice(Math.max(0, entries.length - count));
      },
    };
  },
};

function historyInfo(id: number, line: string): PSObject {
  const info = new PSObject({ Id: id, CommandLine: line, ExecutionStatus: 'Completed' }, ['Microsoft.PowerShell.Commands.HistoryInfo', 'System.Object']);
  info.addMethod('ToString', () => line);
  return info;
}
