/** Clear-Host (cls, clear): asks the host to clear the screen; a host that cannot (a pipe) ignores it. */
import type { CmdletDefinition } from './types.js';

export const clearHost: CmdletDefinition = {
  name: 'Clear-Host',
  aliases: ['cls', 'clear'],
  synopsis: 'Clears the display in the host program.',
  module: 'Microsoft.PowerShell.Core',
  parameters: [],
  create(ctx) {
    return {
      process() {
        ctx.host.clear?.();
      },
    };
  },
};
