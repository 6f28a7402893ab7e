/**
 * Out-String: the text Out-Default would print, as one string (each line
 * ending in a newline) or, with -Stream, one string per line as it is
 * produced. Without -Width, tables use the host's width and lists never wrap,
 * as in pwsh.
 */
import type { CmdletDefinition } from './types.js';
import { boundWidth, enumerationLimit } from '../format/cmdlet-support.js';
import { DEFAULT_TEXT_WIDTH, TextFormatter } from '../format/text-formatter.js';

export const outString: CmdletDefinition = {
  name: 'Out-String',
  synopsis: 'Outputs input objects as a string.',
  module: 'Microsoft.PowerShell.Utility',
  outputType: ['System.String'],
  defaultParameterSet: 'NoNewLineFormatting',
  parameters: [
    { name: 'Stream', type: 'switch', parameterSets: ['StreamFormatting'], description: 'Sends each line as its own string.' },
    { name: 'NoNewline', type: 'switch', parameterSets: ['NoNewLineFormatting'], description: 'Joins the lines without newlines.' },
    { name: 'Width', type: 'int', description: 'Characters per line (tables and lists).' },
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
  ],
  create(ctx) {
    const p = ctx.params;
    const width = boundWidth(ctx, 'Microsoft.PowerShell.Commands.OutStringCommand');
    const lines: string[] = [];
    const formatter = new TextFormatter({
      tableWidth: width ?? (ctx.host.width > 0 ? ctx.host.width : DEFAULT_TEXT_WIDTH),
      listWidth: width ?? Infinity,
      writeLine: (l) => lines.push(l),
      enumerationLimit: enumerationLimit(ctx),
    });
    const stream = p.Stream === true;
    const joined = (): string => (p.NoNewline === true ? lines.join('') : lines.map((l) => `${l}\n`).join(''));
    return {
      *process(bound, input) {
        const value = input.present ? input.value : bound.InputObject;
        if (!input.present && !ctx.boundNames.has('InputObject')) return;
        formatter.push(value);
        if (stream) yield* lines.splice(0, lines.length);
      },
      *end() {
        formatter.flush();
        if (stream) yield* lines.splice(0, lines.length);
        else yield joined();
      },
    };
  },
};
