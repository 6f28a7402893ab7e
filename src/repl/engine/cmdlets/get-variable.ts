/** Get-Variable: variables visible from the caller (or in -Scope), by name with wildcards. */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { hasWildcard, nameMatcher } from './engine-access.js';
import { notFound, targetScope, variableObject } from './variable-scope.js';

export const getVariable: CmdletDefinition = {
  name: 'Get-Variable',
  aliases: ['gv'],
  synopsis: 'Gets the variables in the current console.',
  module: 'Microsoft.PowerShell.Utility',
  parameters: [
    { name: 'Name', type: 'string[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'ValueOnly', type: 'switch' },
    { name: 'Scope', type: 'string' },
    { name: 'Exclude', type: 'string[]' },
  ],
  create(ctx) {
    return {
      *process(params) {
        const scope = targetScope(ctx, params['Scope']);
        const vars = (params['Scope'] !== undefined ? scope.ownVariables() : scope.visibleVariables()).sort((a, b) => a.name.localeCompare(b.name));
        const exclude = params['Exclude'] ? nameMatcher(params['Exclude']) : () => false;
        for (const pattern of (params['Name'] as string[] | undefined) ?? ['*']) {
          const matches = vars.filter((v) => nameMatcher(pattern)(v.name) && !exclude(v.name));
          if (matches.length === 0 && !hasWildcard(pattern)) notFound(ctx, pattern, 'GetVariableCommand');
          for (const v of matches) yield params['ValueOnly'] === true ? v.value : variableObject(v);
        }
      },
    };
  },
};
