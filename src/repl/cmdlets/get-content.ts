/**
 * Get-Content (gc, cat, type): a file's lines, streamed so `gc big.log -First 5`
 * or `gc f | Select-Object -First 1` reads only what it needs. -Raw gives the
 * whole text as one string; -Tail the last lines; -ReadCount batches lines.
 */
import type { CmdletContext, CmdletDefinition } from './types.js';
import { isDirectory, requiredPathArgs, resolveExisting } from './file-system/paths.js';
import { readAllText, readLines } from './file-system/read-lines.js';
import { ENCODING_NAMES } from '../format/file-encoding.js';

const NAME = 'Get-Content';

async function* linesOf(path: string, encoding: string | undefined, first: number | undefined, tail: number | undefined): AsyncGenerator<string> {
  if (first !== undefined && first <= 0 && first !== -1) return;
  if (tail !== undefined) {
    const kept: string[] = [];
    if (tail === 0) return;
    for await (const line of readLines(path, encoding)) {
      kept.push(line);
      if (kept.length > tail && tail > 0) kept.shift();
    }
    yield* first !== undefined && first >= 0 ? kept.slice(0, first) : kept;
    return;
  }
  let count = 0;
  for await (const line of readLines(path, encoding)) {
    yield line;
    if (first !== undefined && first >= 0 && ++count >= first) return;
  }
}

async function* batched(lines: AsyncIterable<string>, readCount: number): AsyncGenerator<unknown> {
  if (readCount === 1) {
    yield* lines;
    return;
  }
  let batch: string[] = [];
  for await (const line of lines) {
    batch.push(line);
    if (readCount > 0 && batch.length >= readCount) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

function checkNotDirectory(ctx: CmdletContext, path: string): boolean {
  if (!isDirectory(path)) return true;
  ctx.writeError(`Unable to get content because it is a directory: '${path}'. Please use 'Get-ChildItem' instead.`, { category: 'InvalidOperation', errorId: 'GetContainerContentException,Microsoft.PowerShell.Commands.GetContentCommand', targetObject: path, exceptionType: 'System.Management.Automation.PSInvalidOperationException' });
  return false;
}

export const getContent: CmdletDefinition = {
  name: NAME,
  aliases: ['gc', 'cat', 'type'],
  synopsis: 'Gets the content of the item at the specified location.',
  module: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Path',
  parameters: [
    { name: 'Path', type: 'string[]', position: 0, valueFromPipelineByPropertyName: true, parameterSets: ['Path'], description: 'Files to read; wildcards allowed.' },
    { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: ['LiteralPath'], valueFromPipelineByPropertyName: true, parameterSets: ['LiteralPath'], description: 'Files to read, taken exactly as written.' },
    { name: 'TotalCount', type: 'long', aliases: ['First', 'Head'], description: 'Read only the first N lines.' },
    { name: 'Tail', type: 'int', aliases: ['Last'], description: 'Read only the last N lines.' },
    { name: 'ReadCount', type: 'long', description: 'Lines per output object; 0 sends all lines as one array.' },
    { name: 'Raw', type: 'switch', description: 'Return the whole file as one string.' },
    { name: 'Encoding', type: 'string', validateSet: ENCODING_NAMES, description: 'Encoding when the file has no byte-order mark (default UTF-8).' },
    { name: 'Force', type: 'switch' },
  ],
  outputType: ['System.String', 'System.Byte'],
  create(ctx) {
    return {
      async *process(params) {
        const { paths, literal } = requiredPathArgs(ctx, params, NAME);
        const encoding = params['Encoding'] as string | undefined;
        const first = params['TotalCount'] === undefined ? undefined : Number(params['TotalCount']);
        const tail = params['Tail'] === undefined ? undefined : Number(params['Tail']);
        const readCount = params['ReadCount'] === undefined ? 1 : Number(params['ReadCount']);
        for (const path of resolveExisting(ctx, NAME, paths, literal)) {
          if (!checkNotDirectory(ctx, path)) continue;
          if (params['Raw'] === true) {
            const text = await readAllText(path, encoding);
            if (text !== '') yield text;
            continue;
          }
          yield* batched(linesOf(path, encoding, first, tail), readCount);
        }
      },
    };
  },
};
