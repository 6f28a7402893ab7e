/**
 * Out-ConsoleGridView (ocgv), as Microsoft.PowerShell.ConsoleGuiTools has it:
 * the input in the interactive table explorer; the chosen rows' original
 * objects (-OutputMode Multiple by default) go down the pipeline.
 */
import type { CmdletDefinition } from './types.js';
import { gridViewInstance, type OutputMode } from './grid-view.js';

export const OUTPUT_MODES = ['None', 'Single', 'Multiple'];

export const outConsoleGridView: CmdletDefinition = {
  name: 'Out-ConsoleGridView',
  aliases: ['ocgv'],
  synopsis: 'Sends output to an interactive table in the same console window.',
  module: 'Microsoft.PowerShell.ConsoleGuiTools',
  outputType: ['System.Object'],
  parameters: [
    { name: 'InputObject', type: 'object', valueFromPipeline: true, description: 'The objects to show.' },
    { name: 'Title', type: 'string', validateNotNullOrEmpty: true, description: 'The text in the explorer\'s header (default: Out-ConsoleGridView).' },
    { name: 'OutputMode', type: 'string', validateSet: OUTPUT_MODES, description: 'None, Single or Multiple (default): how many chosen rows go down the pipeline.' },
    { name: 'Filter', type: 'string', description: 'Pre-fills the explorer\'s filter (a case-insensitive regular expression).' },
    { name: 'MinUI', type: 'switch', description: 'Accepted for compatibility; the explorer always shows its header and key hints.' },
    { name: 'UseNetDriver', type: 'switch', description: 'Accepted for compatibility; there is one terminal driver.' },
  ],
  create: (ctx) => gridViewInstance(ctx, {
    errorClass: 'OutGridView.Cmdlet.OutConsoleGridViewCmdletCommand',
    title: (ctx.params['Title'] as string | undefined) ?? 'Out-ConsoleGridView',
    outputMode: (ctx.params['OutputMode'] as OutputMode | undefined) ?? 'Multiple',
    filter: ctx.params['Filter'] as string | undefined,
    invalidDataMessage: 'Invalid data type for Out-ConsoleGridView',
  }),
};
