/**
 * Write-Information: shown only when -InformationAction or
 * $InformationPreference is Continue (the default, SilentlyContinue, hides it).
 */
import type { CmdletDefinition } from './types.js';
import { toPSString } from '../values/to-string.js';

export const writeInformation: CmdletDefinition = {
  name: 'Write-Information',
  synopsis: 'Specifies how PowerShell handles information stream data for a command.',
  module: 'Microsoft.PowerShell.Utility',
  parameters: [
    { name: 'MessageData', type: 'object', aliases: ['Msg', 'Message'], position: 0, mandatory: true, valueFromPipeline: true, description: 'The information to write.' },
    { name: 'Tags', type: 'string[]', position: 1, description: 'Tags for filtering the information records.' },
  ],
  create(ctx) {
    const action = String(ctx.params['InformationAction'] ?? ctx.getVariable('InformationPreference') ?? 'SilentlyContinue').toLowerCase();
    return {
      process(params) {
        if (action !== 'continue' && action !== 'inquire' && action !== 'stop') return;
        ctx.host.writeHost(toPSString(params['MessageData']));
      },
    };
  },
};
