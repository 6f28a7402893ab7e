/** Get-Variable: variables visible from the caller (or in -Scope), by name with wildcards. */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { hasWildcard, nameMatcher } from './engine-access.js';
import { notFound, targetScope, variableObject } from './variable-scope.js';
import type { PSVariable } from '../scope.js';

/** $true, $false and $null are resolved by the evaluator, not stored in a scope, but pwsh lists them as global constants. */
const CONSTANTS: PSVariable[] = [
  { name: 'false', value: false, constant: true, description: 'Boolean False' },
  { name: 'null', value: null, constant: true, description: 'References to the null variable always return the null value. Assignments have no effect.' },
  { name: 'true', value: true, constant: true, description: 'Boolean True' },
];

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
        const scoped = params['Scope'] !== undefined ? scope.ownVariables() : scope.visibleVariables();
        const withConstants = params['Scope'] === undefined || /^global$/i.test(String(params['Scope'])) ? [...scoped, ...CONSTANTS] : scoped;
        const vars = withConstants.sort((a, b) => a.name.localeCompare(b.name));
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
