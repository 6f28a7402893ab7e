/** New-Guid: a random version-4 GUID (or the empty one with -Empty). */
import type { CmdletDefinition } from './types.js';
import { PSGuid } from '../values/guid.js';

export const newGuid: CmdletDefinition = {
  name: 'New-Guid',
  synopsis: 'Creates a GUID.',
  module: 'Microsoft.PowerShell.Utility',
  parameters: [
    { name: 'Empty', type: 'switch', description: 'Return the all-zero GUID.' },
  ],
  outputType: ['System.Guid'],
  create() {
    return {
      *process(params) {
        yield params['Empty'] === true ? PSGuid.Empty : PSGuid.newGuid();
      },
    };
  },
};
