/**
 * Out-Null: discards its input.
 */
import type { CmdletDefinition } from './types.js';

export const outNull: CmdletDefinition = {
  name: 'Out-Null',
  synopsis: 'Hides the output instead of sending it down the pipeline or displaying it.',
  module: 'Microsoft.PowerShell.Core',
  parameters: [{ name: 'InputObject', type: 'object', valueFromPipeline: true }],
  create: () => ({}),
};
