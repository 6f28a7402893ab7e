/**
 * Out-Default: the formatter at the end of every pipeline, callable by name
 * (`... | Out-Default`); it writes to the host like Out-Host.
 */
import type { CmdletDefinition } from './types.js';
import { hostWriterInstance } from './out-host.js';

export const outDefault: CmdletDefinition = {
  name: 'Out-Default',
  synopsis: 'Sends the output to the default formatter and to the default output cmdlet.',
  module: 'Microsoft.PowerShell.Core',
  parameters: [
    { name: 'Transcript', type: 'switch', description: 'Accepted for compatibility.' },
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
  ],
  create: hostWriterInstance,
};
