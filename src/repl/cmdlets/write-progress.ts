/**
 * Write-Progress: hands the record to the host's progress display; a host
 * without one (a script writing to a pipe) shows nothing, as pwsh does
 * when output is redirected.
 */
import type { CmdletDefinition } from './types.js';

export const writeProgress: CmdletDefinition = {
  name: 'Write-Progress',
  synopsis: 'Displays a progress bar within a PowerShell command window.',
  module: 'Microsoft.PowerShell.Utility',
  parameters: [
    { name: 'Activity', type: 'string', position: 0, description: 'The first line of text in the heading above the bar.' },
    { name: 'Status', type: 'string', position: 1, description: 'The second line of text in the heading.' },
    { name: 'Id', type: 'int', position: 2, description: 'Distinguishes this progress bar from others.' },
    { name: 'PercentComplete', type: 'int', description: 'Percentage of the activity that is completed.' },
    { name: 'SecondsRemaining', type: 'int' },
    { name: 'CurrentOperation', type: 'string' },
    { name: 'ParentId', type: 'int' },
    { name: 'Completed', type: 'switch', description: 'The progress bar is no longer needed.' },
    { name: 'SourceId', type: 'int' },
  ],
  create(ctx) {
    return {
      process(params) {
        const completed = params['Completed'] === true;
        if (!completed && (params['Activity'] === undefined || params['Activity'] === '')) {
          ctx.fail("Cannot process command because of one or more missing mandatory parameters: Activity.", { category: 'InvalidArgument', errorId: 'MissingMandatoryParameter,Microsoft.PowerShell.Commands.WriteProgressCommand' });
        }
        const preference = String(ctx.params['ProgressAction'] ?? ctx.getVariable('ProgressPreference') ?? 'Continue').toLowerCase();
        if (preference === 'silentlycontinue' || preference === 'ignore') return;
        const percent = params['PercentComplete'] === undefined ? undefined : Number(params['PercentComplete']);
        if (percent !== undefined && (percent < -1 || percent > 100)) {
          const bound = percent > 100
            ? 'greater than the maximum allowed range of 100. Supply an argument that is less than or equal to 100'
            : 'less than the minimum allowed range of -1. Supply an argument that is greater than or equal to -1';
          ctx.fail(`Cannot validate argument on parameter 'PercentComplete'. The ${percent} argument is ${bound} and then try the command again.`, { category: 'InvalidData', errorId: 'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.WriteProgressCommand' });
        }
        ctx.host.writeProgress?.(String(params['Activity'] ?? ''), String(params['Status'] ?? 'Processing'), percent, completed);
      },
    };
  },
};
