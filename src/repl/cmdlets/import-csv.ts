/**
 * Import-Csv: reads CSV files into objects with string properties. Relative
 * paths are resolved against the current location.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CmdletDefinition } from './types.js';
import { CsvObjectBuilder } from './pipeline-common/csv-read.js';
import { delimiterOf } from './pipeline-common/csv-write.js';
import { decodeText } from './pipeline-common/text-file.js';
import { toPSString } from './pipeline-common/values.js';

export const importCsv: CmdletDefinition = {
  name: 'Import-Csv',
  aliases: ['ipcsv'],
  synopsis: 'Creates table-like custom objects from the items in a character-separated value (CSV) file.',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Delimiter',
  parameters: [
    { name: 'Path', type: 'string[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], valueFromPipelineByPropertyName: true },
    { name: 'Delimiter', type: 'string', position: 1, parameterSets: ['Delimiter'] },
    { name: 'UseCulture', type: 'switch', mandatory: true, parameterSets: ['UseCulture'] },
    { name: 'Header', type: 'string[]' },
    { name: 'Encoding', type: 'string' },
  ],
  create(ctx) {
    const header = ctx.boundNames.has('Header') ? toList(ctx.params.Header).map((h) => toPSString(h)) : undefined;
    const delimiter = delimiterOf(ctx);
    return {
      *process(params) {
        const paths = params.LiteralPath ?? params.Path;
        if (paths === undefined || paths === null) {
          ctx.fail('Cannot process command because of one or more missing mandatory parameters: Path.', { errorId: 'MissingMandatoryParameter,Microsoft.PowerShell.Commands.ImportCsvCommand', category: 'InvalidArgument' });
        }
        for (const p of toList(paths)) {
          const path = resolve(ctx.cwd, toPSString(p));
          if (!existsSync(path)) {
            ctx.writeError(`Could not find file '${path}'.`, { errorId: 'FileOpenFailure,Microsoft.PowerShell.Commands.ImportCsvCommand', category: 'OpenError', exceptionType: 'System.IO.FileNotFoundException', targetObject: path });
            continue;
          }
          const text = decodeText(readFileSync(path), ctx.params.Encoding as string | undefined);
          yield* new CsvObjectBuilder(ctx, delimiter, header).read(text);
        }
      },
    };
  },
};

function toList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}
