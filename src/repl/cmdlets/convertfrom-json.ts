/**
 * ConvertFrom-Json: parses JSON text into custom objects (or ordered
 * hashtables with -AsHashtable). Several input strings are parsed one by one
 * when the first is a complete document, otherwise joined and parsed as one
 * (so `Get-Content x.json | ConvertFrom-Json` works), as pwsh does.
 */
import type { CmdletContext, CmdletDefinition } from './types.js';
import { JsonReadError, parseJson } from './pipeline-common/json-read.js';
import { toPSString } from './pipeline-common/values.js';

export const convertFromJson: CmdletDefinition = {
  name: 'ConvertFrom-Json',
  synopsis: 'Converts a JSON-formatted string to a custom object or a hash table.',
  module: 'Microsoft.PowerShell.Utility',
  parameters: [
    { name: 'InputObject', type: 'string', mandatory: true, position: 0, valueFromPipeline: true },
    { name: 'AsHashtable', type: 'switch' },
    { name: 'Depth', type: 'int' },
    { name: 'NoEnumerate', type: 'switch' },
  ],
  create(ctx) {
    const buffer: string[] = [];
    const options = { asHashtable: ctx.params.AsHashtable === true, maxDepth: ctx.boundNames.has('Depth') ? Number(ctx.params.Depth) : 1024 };
    const enumerate = ctx.params.NoEnumerate !== true;
    const convert = (text: string): unknown[] => {
      const value = parseJson(text, options);
      return enumerate && Array.isArray(value) ? value : [value];
    };
    return {
      process(params, input) {
        const value = input.present ? input.value : params.InputObject;
        buffer.push(toPSString(value));
      },
      end() {
        if (buffer.length === 0) return [];
        try {
          if (buffer.length === 1) return convert(buffer[0]!);
          let first: unknown[] | undefined;
          try {
            first = convert(buffer[0]!);
          } catch (e) {
            if (!(e instanceof JsonReadError)) throw e;
          }
          if (!first) return convert(buffer.join('\n'));
          return [...first, ...buffer.slice(1).flatMap(convert)];
        } catch (e) {
          if (e instanceof JsonReadError) return conversionFailed(ctx, e);
          throw e;
        }
      },
    };
  },
};

function conversionFailed(ctx: CmdletContext, e: JsonReadError): never {
  const message = e.message.startsWith('Cannot convert the JSON string') ? e.message : `Conversion from JSON failed with error: ${e.message}`;
  ctx.fail(message, { errorId: 'System.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand', category: 'NotSpecified', exceptionType: 'System.ArgumentException' });
}
