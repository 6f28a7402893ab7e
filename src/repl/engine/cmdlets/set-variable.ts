/** Set-Variable: creates or changes a variable in the caller's scope (or -Scope). */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { setIn } from '../eval/variables.js';
import { targetScope, variableObject } from './variable-scope.js';

export const setVariable: CmdletDefinition = {
  name: 'Set-Variable',
  aliases: ['sv', 'set'],
  synopsis: 'Sets the value of a variable, creating it if it does not exist.',
  module: 'Microsoft.PowerShell.Utility',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Name', type: 'string[]', mandatory: true, position: 0, valueFromPipelineByPropertyName: true },
    { name: 'Value', type: 'object', position: 1, valueFromPipeline: true },
    { name: 'Scope', type: 'string' },
    { name: 'Option', type: 'string' },
    { name: 'Description', type: 'string' },
    { name: 'PassThru', type: 'switch' },
  ],
  create(ctx) {
    return {
      *process(params, input) {
        const scope = targetScope(ctx, params['Scope']);
        const value = input.present ? input.value : ctx.boundNames.has('Value') ? params['Value'] : null;
        for (const name of params['Name'] as string[]) {
          setIn(scope, name.toLowerCase(), name, value);
          const v = scope.own(name.toLowerCase())!;
          const option = String(params['Option'] ?? '').toLowerCase();
          if (option.includes('readonly')) v.readOnly = true;
          if (option.includes('constant')) v.constant = true;
          if (params['Description'] !== undefined) v.description = String(params['Description']);
          if (params['PassThru'] === true) yield variableObject(v);
        }
      },
    };
  },
};
