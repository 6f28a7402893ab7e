/** Remove-Variable: deletes variables (wildcards allowed) from the scope where they are visible. */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { hasWildcard, nameMatcher } from './engine-access.js';
import { notFound, targetScope } from './variable-scope.js';
import type { Scope } from '../scope.js';

export const removeVariable: CmdletDefinition = {
  name: 'Remove-Variable',
  aliases: ['rv'],
  synopsis: 'Deletes a variable and its value.',
  module: 'Microsoft.PowerShell.Utility',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Name', type: 'string[]', mandatory: true, position: 0, valueFromPipelineByPropertyName: true },
    { name: 'Scope', type: 'string' },
    { name: 'Force', type: 'switch' },
  ],
  create(ctx) {
    return {
      process(params) {
        const start = targetScope(ctx, params['Scope']);
        for (const pattern of params['Name'] as string[]) {
          const match = nameMatcher(pattern);
          let removed = 0;
          for (let s: Scope | undefined = start; s; s = params['Scope'] !== undefined ? undefined : s.parent) {
            for (const v of s.ownVariables().filter((x) => match(x.name))) {
              if ((v.readOnly && params['Force'] !== true) || v.constant) {
                ctx.writeError(`Cannot remove variable ${v.name} because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.`, { category: 'WriteError', errorId: 'VariableNotRemovable,Microsoft.PowerShell.Commands.RemoveVariableCommand', targetObject: v.name, exceptionType: 'System.Management.Automation.SessionStateUnauthorizedAccessException' });
                continue;
              }
              s.remove(v.name.toLowerCase());
              removed++;
            }
            if (removed && !hasWildcard(pattern)) break;
          }
          if (!removed && !hasWildcard(pattern)) notFound(ctx, pattern, 'RemoveVariableCommand');
        }
      },
    };
  },
};
