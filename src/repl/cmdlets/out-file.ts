/**
 * Out-File: writes the text Out-Default would print to a file (UTF-8 without
 * BOM by default), line by line as the input arrives. Without -Width, tables
 * use the host's width and lists never wrap, as in pwsh.
 */
import { closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CmdletDefinition } from './types.js';
import { boundWidth, enumerationLimit } from '../format/cmdlet-support.js';
import { ENCODING_NAMES, encoderFor } from '../format/file-encoding.js';
import { DEFAULT_TEXT_WIDTH, TextFormatter } from '../format/text-formatter.js';
import { checkOutputFile } from './file-system/output-file.js';

const COMMAND = 'Microsoft.PowerShell.Commands.OutFileCommand';

export const outFile: CmdletDefinition = {
  name: 'Out-File',
  synopsis: 'Sends output to a file.',
  module: 'Microsoft.PowerShell.Utility',
  parameters: [
    { name: 'FilePath', type: 'string', mandatory: true, position: 0, aliases: ['Path', 'LiteralPath', 'PSPath', 'LP'] },
    { name: 'Encoding', type: 'string', position: 1, validateSet: ENCODING_NAMES },
    { name: 'Append', type: 'switch', description: 'Adds to the end of the file instead of replacing it.' },
    { name: 'Force', type: 'switch' },
    { name: 'NoClobber', type: 'switch', aliases: ['NoOverwrite'], description: 'Refuses to replace an existing file.' },
    { name: 'Width', type: 'int', description: 'Characters per line (tables and lists).' },
    { name: 'NoNewline', type: 'switch', description: 'Writes the text without newlines.' },
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
  ],
  supportsShouldProcess: true,
  create(ctx) {
    const p = ctx.params;
    const path = resolve(ctx.cwd, String(p.FilePath));
    const append = p.Append === true;
    const encoder = encoderFor(p.Encoding as string | undefined);
    if (!encoder) ctx.fail(new Error(`'${String(p.Encoding)}' is not a supported encoding name.`), { category: 'InvalidArgument' });
    checkOutputFile(ctx, path, { noClobber: p.NoClobber === true, append, command: COMMAND });
    const width = boundWidth(ctx, COMMAND);
    const noNewline = p.NoNewline === true;
    let fd: number | undefined;
    let wantBom = false;
    const open = async (): Promise<boolean> => {
      if (fd !== undefined) return true;
      if (!(await ctx.shouldProcess(path, 'Output to File'))) return false;
      wantBom = !(append && existsSync(path) && statSync(path).size > 0);
      fd = openSync(path, append ? 'a' : 'w');
      return true;
    };
    const write = (line: string): void => {
      if (fd === undefined || !encoder) return;
      let bytes = encoder.encode(noNewline ? line : `${line}\n`);
      if (wantBom && encoder.bom.length > 0) bytes = Buffer.concat([Buffer.from(encoder.bom), bytes]);
      wantBom = false;
      writeSync(fd, bytes);
    };
    const formatter = new TextFormatter({
      tableWidth: width ?? (ctx.host.width > 0 ? ctx.host.width : DEFAULT_TEXT_WIDTH),
      listWidth: width ?? Infinity,
      writeLine: write,
      enumerationLimit: enumerationLimit(ctx),
    });
    return {
      async begin() {
        await open();
      },
      process(bound, input) {
        if (input.present) formatter.push(input.value);
        else if (ctx.boundNames.has('InputObject')) formatter.push(bound.InputObject);
      },
      end() {
        formatter.flush();
        if (fd !== undefined) closeSync(fd);
        fd = undefined;
      },
    };
  },
};
