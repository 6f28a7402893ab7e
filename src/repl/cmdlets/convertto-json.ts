/**
 * ConvertTo-Json: serializes its input (one object as itself, several as an
 * array) to JSON text, cutting off at -Depth (default 2) with pwsh's warning.
 */
import type { CmdletDefinition } from './types.js';
import { toJson, type EscapeHandling } from './pipeline-common/json-write.js';

export const convertToJson: CmdletDefinition = {
  name: 'ConvertTo-Json',
  synopsis: 'Converts an object to a JSON-formatted string.',
  module: 'Microsoft.PowerShell.Utility',
  parameters: [
    { name: 'InputObject', type: 'object', mandatory: true, position: 0, valueFromPipeline: true },
    { name: 'Depth', type: 'int' },
    { name: 'Compress', type: 'switch' },
    { name: 'EnumsAsStrings', type: 'switch' },
    { name: 'AsArray', type: 'switch' },
    { name: 'EscapeHandling', type: 'string', validateSet: ['Default', 'EscapeNonAscii', 'EscapeHtml'] },
  ],
  outputType: ['System.String'],
  create(ctx) {
    const depth = ctx.boundNames.has('Depth') ? Number(ctx.params.Depth) : 2;
    if (depth < 0 || depth > 100) {
      const relation = depth < 0 ? 'less than the minimum allowed range of 0. Supply an argument that is greater than or equal to 0' : 'greater than the maximum allowed range of 100. Supply an argument that is less than or equal to 100';
      ctx.fail(`Cannot validate argument on parameter 'Depth'. The ${depth} argument is ${relation} and then try the command again.`,
        { errorId: 'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.ConvertToJsonCommand', category: 'InvalidData' });
    }
    const escape = (ctx.boundNames.has('EscapeHandling') ? canonicalEscape(String(ctx.params.EscapeHandling)) : 'Default');
    const inputs: unknown[] = [];
    return {
      process(params, input) {
        if (input.present) inputs.push(input.value);
        else if (ctx.boundNames.has('InputObject')) inputs.push(params.InputObject);
      },
      end() {
        if (inputs.length === 0) return [];
        const value = inputs.length > 1 || ctx.params.AsArray === true ? inputs : inputs[0];
        return [toJson(value, {
          depth,
          compress: ctx.params.Compress === true,
          escape,
          onTruncated: () => ctx.writeWarning(`Resulting JSON is truncated as serialization has exceeded the set depth of ${depth}.`),
        })];
      },
    };
  },
};

function canonicalEscape(text: string): EscapeHandling {
  const lower = text.toLowerCase();
  return lower === 'escapenonascii' ? 'EscapeNonAscii' : lower === 'escapehtml' ? 'EscapeHtml' : 'Default';
}
