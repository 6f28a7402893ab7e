/** Write-Output: sends objects down the pipeline, enumerating collections unless -NoEnumerate. */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { unrolled } from '../output.js';

export const writeOutput: CmdletDefinition = {
  name: 'Write-Output',
  aliases: ['echo', 'write'],
  synopsis: 'Writes the specified objects to the pipeline.',
  module: 'Microsoft.PowerShell.Utility',
  parameters: [
    { name: 'InputObject', type: 'object[]', mandatory: true, position: 0, valueFromPipeline: true, valueFromRemainingArguments: true, description: 'The objects to send down the pipeline.' },
    { name: 'NoEnumerate', type: 'switch', description: 'Sends a collection as a single object.' },
  ],
  create: () => ({
    *process(params) {
      const value = params['InputObject'];
      if (params['NoEnumerate'] === true) {
        yield value;
        return;
      }
      yield* unrolled(value);
    },
  }),
};
