/** New-Variable: creates a variable; refuses one that already exists in that scope unless -Force. */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { targetScope, variableObject } from './variable-scope.js';

export const newVariable: CmdletDefinition = {
  name: 'New-Variable',
  aliases: ['nv'],
  synopsis: 'Creates a new variable.',
  module: 'Microsoft.PowerShell.Utility',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Name', type: 'string', mandatory: true, position: 0, valueFromPipelineByPropertyName: true },
    { name: 'Value', type: 'object', position: 1, valueFromPipeline: true },
    { name: 'Scope', type: 'string' },
    { name: 'Option', type: 'string' },
    { name: 'Description', type: 'string' },
    { name: 'Force', type: 'switch' },
    { name: 'PassThru', type: 'switch' },
  ],
  create(ctx) {
    return {
      *process(params) {
        const scope = targetScope(ctx, params['Scope']);
        const name = params['Name'] as string;
        const existing = scope.own(name.toLowerCase());
        if (existing && params['Force'] !== true) {
          ctx.writeError(`A variable with name '${name}' already exists.`, { category: 'ResourceExists', errorId: 'VariableAlreadyExists,Microsoft.PowerShell.Commands.NewVariableCommand', targetObject: name, exceptionType: 'System.Management.Automation.SessionStateException' });
          return;
        }
        const option = String(params['Option'] ?? '').toLowerCase();
        const v = scope.define({ name, value: params['Value'] ?? null, readOnly: option.includes('readonly'), constant: option.includes('constant'), description: params['Description'] as string | undefined });
        if (params['PassThru'] === true) yield variableObject(v);
      },
    };
  },
};
