/**
 * Out-GridView (ogv): pwsh's cmdlet shown in the same terminal's table
 * explorer (pwsh has it on Windows only, as a window). Without -PassThru or
 * -OutputMode nothing goes down the pipeline.
 */
import type { CmdletDefinition } from './types.js';
import { gridViewInstance, type OutputMode } from './grid-view.js';
import { OUTPUT_MODES } from './out-console-grid-view.js';

export const outGridView: CmdletDefinition = {
  name: 'Out-GridView',
  aliases: ['ogv'],
  synopsis: 'Sends output to an interactive table in the same terminal.',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'PassThru',
  outputType: ['System.Object'],
  parameters: [
    { name: 'InputObject', type: 'object', valueFromPipeline: true, description: 'The objects to show.' },
    { name: 'Title', type: 'string', validateNotNullOrEmpty: true, description: 'The text in the explorer\'s header (default: Out-GridView).' },
    { name: 'Wait', type: 'switch', parameterSets: ['Wait'], description: 'Waits until the explorer is closed (it always does here).' },
    { name: 'OutputMode', type: 'string', validateSet: OUTPUT_MODES, parameterSets: ['OutputMode'], description: 'None (default), Single or Multiple: how many chosen rows go down the pipeline.' },
    { name: 'PassThru', type: 'switch', parameterSets: ['PassThru'], description: 'Sends the chosen rows down the pipeline (-OutputMode Multiple).' },
  ],
  create: (ctx) => gridViewInstance(ctx, {
    errorClass: 'Microsoft.PowerShell.Commands.OutGridViewCommand',
    title: (ctx.params['Title'] as string | undefined) ?? 'Out-GridView',
    outputMode: ctx.params['PassThru'] === true ? 'Multiple' : (ctx.params['OutputMode'] as OutputMode | undefined) ?? 'None',
    invalidDataMessage: 'The data format is not supported by Out-GridView.',
  }),
};
