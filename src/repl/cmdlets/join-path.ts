/** Join-Path: a path and child paths joined with one '/' between each, for every -Path given. */
import type { CmdletDefinition } from './types.js';
import { absolutePath, exists, expandWildcards, hasWildcard, pathNotFound } from './file-system/paths.js';

function join2(left: string, right: string): string {
  if (left === '') return right;
  if (right === '') return left;
  return `${left.replace(/[\\/]+$/, '')}/${right.replace(/^[\\/]+/, '')}`;
}

export const joinPath: CmdletDefinition = {
  name: 'Join-Path',
  synopsis: 'Combines a path and a child path into a single path.',
  module: 'Microsoft.PowerShell.Management',
  parameters: [
    { name: 'Path', type: 'string[]', aliases: ['PSPath'], position: 0, mandatory: true, valueFromPipeline: true, valueFromPipelineByPropertyName: true, description: 'The parent path(s).' },
    { name: 'ChildPath', type: 'string', position: 1, valueFromPipelineByPropertyName: true, description: 'The path to append.' },
    { name: 'AdditionalChildPath', type: 'string[]', valueFromRemainingArguments: true, description: 'More paths to append, in order.' },
    { name: 'Resolve', type: 'switch', description: 'Return the existing items the joined path names.' },
  ],
  outputType: ['System.String'],
  create(ctx) {
    return {
      *process(params) {
        const parents = (Array.isArray(params['Path']) ? params['Path'] : [params['Path']]).map((p) => String(p ?? ''));
        const extra = params['AdditionalChildPath'];
        const children = [params['ChildPath'], ...(Array.isArray(extra) ? extra : extra === undefined ? [] : [extra])]
          .filter((c) => c !== undefined && c !== null).map(String);
        for (const parent of parents) {
          const joined = children.reduce(join2, parent);
          if (params['Resolve'] !== true) {
            yield joined;
            continue;
          }
          const full = absolutePath(ctx.cwd, joined);
          const found = hasWildcard(joined) ? expandWildcards(full) : exists(full) ? [full] : [];
          if (found.length === 0) ctx.writeError(...pathNotFound(full, 'Join-Path'));
          yield* found;
        }
      },
    };
  },
};
