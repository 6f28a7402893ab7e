/**
 * ConvertTo-Csv: each input object becomes a CSV line (after a header line
 * built from the first object), as strings down the pipeline.
 */
import type { CmdletDefinition } from './types.js';
import { columnsOf, CSV_WRITE_PARAMETERS, csvWriteOptions, headerLine, rowLine, typeLine, wantsTypeLine } from './pipeline-common/csv-write.js';

export const convertToCsv: CmdletDefinition = {
  name: 'ConvertTo-Csv',
  synopsis: 'Converts .NET objects into a series of character-separated value (CSV) strings.',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Delimiter',
  parameters: [
    { name: 'InputObject', type: 'object', mandatory: true, position: 0, valueFromPipeline: true },
    ...CSV_WRITE_PARAMETERS,
  ],
  outputType: ['System.String'],
  create(ctx) {
    const options = csvWriteOptions(ctx);
    let columns: string[] | undefined;
    return {
      process(params, input) {
        const obj = input.present ? input.value : params.InputObject;
        if (obj === null || obj === undefined) return;
        const lines: string[] = [];
        if (!columns) {
          columns = columnsOf(obj);
          if (ctx.params.NoHeader !== true) {
            if (wantsTypeLine(ctx)) lines.push(typeLine(obj));
            lines.push(headerLine(columns, options));
          }
        }
        lines.push(rowLine(obj, columns, options));
        return lines;
      },
    };
  },
};
