/**
 * Export-Csv: writes input objects to a CSV file (header from the first
 * object; with -Append, the existing file's columns). The file is created at
 * the start, even when no objects arrive, as pwsh does.
 */
import { closeSync, existsSync, openSync, readFileSync, statSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CmdletDefinition } from './types.js';
import { ENCODING_NAMES, encoderFor } from '../format/file-encoding.js';
import { checkOutputFile } from './file-system/output-file.js';
import { CsvRecordReader } from './pipeline-common/csv-read.js';
import { columnsOf, CSV_WRITE_PARAMETERS, csvWriteOptions, headerLine, rowLine, typeLine, wantsTypeLine } from './pipeline-common/csv-write.js';
import { decodeText } from './pipeline-common/text-file.js';
import { hasProperty, toPSString } from './pipeline-common/values.js';
import { hashtableLookup, isHashtable } from './pipeline-common/hashtable.js';

export const exportCsv: CmdletDefinition = {
  name: 'Export-Csv',
  aliases: ['epcsv'],
  synopsis: 'Converts objects into a series of character-separated value (CSV) strings and saves the strings to a file.',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Delimiter',
  supportsShouldProcess: true,
  parameters: [
    { name: 'InputObject', type: 'object', mandatory: true, valueFromPipeline: true },
    { name: 'Path', type: 'string', position: 0, aliases: ['FilePath'] },
    { name: 'LiteralPath', type: 'string', aliases: ['PSPath', 'LP'] },
    { name: 'Force', type: 'switch' },
    { name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'] },
    { name: 'Encoding', type: 'string', validateSet: ENCODING_NAMES },
    { name: 'Append', type: 'switch' },
    ...CSV_WRITE_PARAMETERS,
  ],
  create(ctx) {
    const p = ctx.params;
    const given = p.LiteralPath ?? p.Path;
    if (ctx.boundNames.has('Path') === ctx.boundNames.has('LiteralPath')) {
      ctx.fail('You must specify either the -Path or -LiteralPath parameters, but not both.', { errorId: 'CannotSpecifyPathAndLiteralPath,Microsoft.PowerShell.Commands.ExportCsvCommand', category: 'InvalidData' });
    }
    if (p.Append === true && p.NoHeader === true) {
      ctx.fail('You must specify either the -Append or -NoHeader parameters, but not both.', { errorId: 'CannotSpecifyBothAppendAndNoHeader,Microsoft.PowerShell.Commands.ExportCsvCommand', category: 'InvalidData' });
    }
    const options = csvWriteOptions(ctx);
    const path = resolve(ctx.cwd, toPSString(given));
    const encoder = encoderFor(p.Encoding as string | undefined)!;
    let fd: number | undefined;
    let columns: string[] | undefined;
    let existing: string[] | undefined;
    let bom = true;

    const writeLine = (line: string): void => {
      let bytes = encoder.encode(`${line}\n`);
      if (bom && encoder.bom.length > 0) bytes = Buffer.concat([Buffer.from(encoder.bom), bytes]);
      bom = false;
      writeSync(fd!, bytes);
    };

    return {
      async begin() {
        const appending = p.Append === true && existsSync(path) && statSync(path).size > 0;
        checkOutputFile(ctx, path, { noClobber: p.NoClobber === true, append: appending, command: 'Microsoft.PowerShell.Commands.ExportCsvCommand' });
        if (!(await ctx.shouldProcess(path, 'Export-Csv'))) return;
        if (appending) {
          existing = readHeader(decodeText(readFileSync(path), p.Encoding as string | undefined), options.delimiter);
          bom = false;
        }
        fd = openSync(path, appending ? 'a' : 'w');
      },
      process(params, input) {
        const obj = input.present ? input.value : params.InputObject;
        if (obj === null || obj === undefined || fd === undefined) return;
        if (!columns) {
          columns = columnsOf(obj);
          if (existing) {
            const missing = existing.find((c) => !hasColumn(obj, c));
            if (missing !== undefined && p.Force !== true) {
              ctx.fail(`Cannot append CSV content to the following file: ${toPSString(given)}. The appended object does not have a property that corresponds to the following column: ${missing}. To continue with mismatched properties, add the -Force parameter, and then retry the command.`,
                { errorId: 'CannotAppendCsvWithMismatchedPropertyNames,Microsoft.PowerShell.Commands.ExportCsvCommand', category: 'InvalidData', targetObject: missing });
            }
            columns = existing;
          } else if (p.NoHeader !== true) {
            if (wantsTypeLine(ctx)) writeLine(typeLine(obj));
            writeLine(headerLine(columns, options));
          }
        }
        writeLine(rowLine(obj, columns, options));
      },
      end() {
        if (fd !== undefined) closeSync(fd);
        fd = undefined;
      },
    };
  },
};

function readHeader(text: string, delimiter: string): string[] {
  const reader = new CsvRecordReader(text, delimiter);
  reader.readTypeLine();
  while (!reader.eof) {
    const values = reader.next();
    while (values.length > 1 && values[values.length - 1] === '') values.pop();
    if (values.length > 0 && !values[0]!.startsWith('#')) return values;
  }
  return [];
}

function hasColumn(obj: unknown, column: string): boolean {
  if (isHashtable(obj) && hashtableLookup(obj, column).found) return true;
  return hasProperty(obj, column);
}
