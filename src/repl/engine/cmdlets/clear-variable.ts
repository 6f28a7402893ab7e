/** Clear-Variable: sets variables' values to $null, keeping the variables. */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { hasWildcard, nameMatcher } from './engine-access.js';
import { notFound, targetScope, variableObject } from './variable-scope.js';

export const clearVariable: CmdletDefinition = {
  name: 'Clear-Variable',
  aliases: ['clv'],
  synopsis: 'Deletes the value of a variable.',
  module: 'Microsoft.PowerShell.Utility',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Name', type: 'string[]', mandatory: true, position: 0, valueFromPipelineByPropertyName: true },
    { name: 'Scope', type: 'string' },
    { name: 'PassThru', type: 'switch' },
  ],
  create(ctx) {
    return {
      *process(params) {
        const scope = targetScope(ctx, params['Scope']);
        const vars = params['Scope'] !== undefined ? scope.ownVariables() : scope.visibleVariables();
        for (const pattern of params['Name'] as string[]) {
          const matches = vars.filter((v) => nameMatcher(pattern)(v.name));
          if (!matches.length && !hasWildcard(pattern)) notFound(ctx, pattern, 'ClearVariableCommand');
          for (const v of matches) {
            v.value = null;
            if (params['PassThru'] === true) yield variableObject(v);
          }
        }
      },
    };
  },
};
