/** Invoke-History: runs a command from the session history again (the last one by default). */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { engineOf } from './engine-access.js';
import { runText } from './invoke-expression.js';

export const invokeHistory: CmdletDefinition = {
  name: 'Invoke-History',
  aliases: ['r', 'ihy'],
  synopsis: 'Runs commands from the session history.',
  module: 'Microsoft.PowerShell.Core',
  parameters: [{ name: 'Id', type: 'string', position: 0, description: 'The history id, or the start of a command line.' }],
  create(ctx) {
    return {
      process(params) {
        const history = engineOf(ctx).history;
        const id = params['Id'] as string | undefined;
        let line: string | undefined;
        if (id === undefined) line = history[history.length - 1];
        else if (/^\d+$/.test(id)) line = history[Number(id) - 1];
        else line = [...history].reverse().find((h) => h.toLowerCase().startsWith(id.toLowerCase()));
        if (line === undefined) {
          return ctx.fail(`Cannot locate history for ${id === undefined ? 'the last command' : `Id ${id}`}.`, { category: 'ObjectNotFound', errorId: 'InvokeHistoryNotFound,Microsoft.PowerShell.Commands.InvokeHistoryCommand' });
        }
        ctx.host.writeHost(line);
        return runText(ctx, line);
      },
    };
  },
};
