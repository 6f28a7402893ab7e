/** New-TimeSpan: End minus Start (each defaulting to now), or a span from days, hours, minutes, seconds and milliseconds. */
import type { CmdletDefinition } from './types.js';
import { DateTime, TimeSpan } from '../values/datetime.js';

export const newTimeSpan: CmdletDefinition = {
  name: 'New-TimeSpan',
  synopsis: 'Creates a TimeSpan object.',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Date',
  parameters: [
    { name: 'Start', type: 'datetime', aliases: ['LastWriteTime'], position: 0, valueFromPipelineByPropertyName: true, parameterSets: ['Date'], description: 'Start of the span (default: now).' },
    { name: 'End', type: 'datetime', position: 1, parameterSets: ['Date'], description: 'End of the span (default: now).' },
    { name: 'Days', type: 'int', parameterSets: ['Time'] },
    { name: 'Hours', type: 'int', parameterSets: ['Time'] },
    { name: 'Minutes', type: 'int', parameterSets: ['Time'] },
    { name: 'Seconds', type: 'int', parameterSets: ['Time'] },
    { name: 'Milliseconds', type: 'int', parameterSets: ['Time'] },
  ],
  outputType: ['System.TimeSpan'],
  create(ctx) {
    return {
      *process(params) {
        if (ctx.parameterSetName === 'Time') {
          const n = (name: string) => Number(params[name] ?? 0);
          yield TimeSpan.fromParts(n('Days'), n('Hours'), n('Minutes'), n('Seconds'), n('Milliseconds'));
          return;
        }
        const now = DateTime.now();
        const start = params['Start'] instanceof DateTime ? params['Start'] : now;
        const end = params['End'] instanceof DateTime ? params['End'] : now;
        yield end.subtract(start);
      },
    };
  },
};
