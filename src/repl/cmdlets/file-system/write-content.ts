/**
 * What Set-Content and Add-Content share: their parameters, how values become
 * text (one line each, or run together with -NoNewline), and writing it with
 * the chosen encoding. Values are collected and written once input ends, so
 * `Get-Content f | Set-Content f` reads the whole file before replacing it.
 */
import { appendFileSync, statSync, writeFileSync } from 'node:fs';
import type { CmdletContext, CmdletDefinition, ParameterDefinition } from '../types.js';
import { encoderFor, ENCODING_NAMES } from '../../format/file-encoding.js';
import { DateTime } from '../../values/datetime.js';
import { toPSString } from '../../values/to-string.js';
import { absolutePath, commandClass, exists, expandWildcards, hasWildcard, isDirectory, parentOf, requiredPathArgs, pathNotFound } from './paths.js';

export const WRITE_CONTENT_PARAMETERS: ParameterDefinition[] = [
  { name: 'Path', type: 'string[]', position: 0, valueFromPipelineByPropertyName: true, parameterSets: ['Path'], description: 'Files to write.' },
  { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: ['LiteralPath'], valueFromPipelineByPropertyName: true, parameterSets: ['LiteralPath'], description: 'Files to write, taken exactly as written.' },
  { name: 'Value', type: 'object[]', position: 1, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, description: 'The content: each value becomes a line.' },
  { name: 'NoNewline', type: 'switch', description: 'Write the values with no newlines between or after them.' },
  { name: 'Encoding', type: 'string', validateSet: ENCODING_NAMES, description: 'Text encoding (default UTF-8 without a byte-order mark).' },
  { name: 'Force', type: 'switch', description: 'Write even to a read-only file.' },
  { name: 'PassThru', type: 'switch', description: 'Also output the values written.' },
];

function lineText(value: unknown): string {
  // Content is written with each object's ToString(), which for a date is the current culture's.
  return value instanceof DateTime ? value.toString() : toPSString(value);
}

interface Target { path: string; values: unknown[] }

export function writeContentCmdlet(name: 'Set-Content' | 'Add-Content', append: boolean, synopsis: string, aliases: string[]): CmdletDefinition {
  const action = append ? 'Add Content' : 'Set Content';
  return {
    name,
    aliases,
    synopsis,
    module: 'Microsoft.PowerShell.Management',
    defaultParameterSet: 'Path',
    supportsShouldProcess: true,
    parameters: WRITE_CONTENT_PARAMETERS,
    create(ctx) {
      const targets = new Map<string, Target>();
      const fail = (message: string, id: string, category: string, path: string, exceptionType: string) =>
        ctx.writeError(message, { category, errorId: `${id},${commandClass(name)}`, targetObject: path, exceptionType });
      const targetsFor = (params: Readonly<Record<string, unknown>>): Target[] => {
        const { paths, literal } = requiredPathArgs(ctx, params, name);
        const out: Target[] = [];
        for (const raw of paths) {
          const full = absolutePath(ctx.cwd, raw);
          const matches = !literal && hasWildcard(raw) ? expandWildcards(full) : [full];
          if (matches.length === 0) ctx.writeError(...pathNotFound(full, name));
          for (const path of matches) {
            let target = targets.get(path);
            if (!target) targets.set(path, (target = { path, values: [] }));
            out.push(target);
          }
        }
        return out;
      };
      return {
        *process(params) {
          const value = params['Value'];
          // A null -Value writes nothing (the file is still created or emptied).
          const values = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
          for (const target of targetsFor(params)) target.values.push(...values);
          if (params['PassThru'] === true) yield* values;
        },
        async end() {
          for (const { path, values } of targets.values()) {
            if (!(await ctx.shouldProcess(`Path: ${path}`, action))) continue;
            if (isDirectory(path)) {
              fail(`Access to the path '${path}' is denied.`, 'GetContentWriterUnauthorizedAccessError', 'PermissionDenied', path, 'System.UnauthorizedAccessException');
              continue;
            }
            if (!isDirectory(parentOf(path))) {
              fail(`Could not find a part of the path '${path}'.`, 'GetContentWriterDirectoryNotFoundError', 'ObjectNotFound', path, 'System.IO.DirectoryNotFoundException');
              continue;
            }
            try {
              writeValues(ctx, path, values, append);
            } catch (e) {
              const code = (e as NodeJS.ErrnoException).code;
              if (code !== 'EACCES' && code !== 'EPERM' && code !== 'EROFS') throw e;
              fail(`Access to the path '${path}' is denied.`, 'GetContentWriterUnauthorizedAccessError', 'PermissionDenied', path, 'System.UnauthorizedAccessException');
            }
          }
        },
      };
    },
  };
}

function writeValues(ctx: CmdletContext, path: string, values: unknown[], append: boolean): void {
  const noNewline = ctx.params['NoNewline'] === true;
  const text = noNewline ? values.map(lineText).join('') : values.map((v) => lineText(v) + '\n').join('');
  const encoder = encoderFor(ctx.params['Encoding'] as string | undefined)!;
  const body = encoder.encode(text);
  const appendingToContent = append && exists(path) && statSync(path).size > 0;
  const bytes = appendingToContent ? body : Buffer.concat([Buffer.from(encoder.bom), body]);
  if (append) appendFileSync(path, bytes);
  else writeFileSync(path, bytes);
}
