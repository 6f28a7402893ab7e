/**
 * ConvertFrom-Csv: turns CSV text (one or more strings, the first holding the
 * header unless -Header is given) into objects with string properties.
 */
import type { CmdletDefinition } from './types.js';
import { CsvObjectBuilder } from './pipeline-common/csv-read.js';
import { delimiterOf } from './pipeline-common/csv-write.js';
import { toPSString } from './pipeline-common/values.js';

export const convertFromCsv: CmdletDefinition = {
  name: 'ConvertFrom-Csv',
  synopsis: 'Converts object properties in character-separated value (CSV) format into CSV versions of the original objects.',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Delimiter',
  parameters: [
    { name: 'InputObject', type: 'string[]', mandatory: true, position: 0, valueFromPipeline: true },
    { name: 'Delimiter', type: 'string', position: 1, parameterSets: ['Delimiter'] },
    { name: 'UseCulture', type: 'switch', mandatory: true, parameterSets: ['UseCulture'] },
    { name: 'Header', type: 'string[]' },
  ],
  create(ctx) {
    const header = ctx.boundNames.has('Header') ? toList(ctx.params.Header).map((h) => toPSString(h)) : undefined;
    const builder = new CsvObjectBuilder(ctx, delimiterOf(ctx), header);
    return {
      *process(params, input) {
        const value = input.present ? input.value : params.InputObject;
        for (const chunk of toList(value)) {
          if (chunk === null || chunk === undefined) continue;
          yield* builder.read(toPSString(chunk));
        }
      },
    };
  },
};

function toList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}
