/** Test-Path: whether each path exists (optionally as a file or a directory), or, with -IsValid, whether it could. */
import type { CmdletDefinition } from './types.js';
import { existsSync } from 'node:fs';
import { absolutePath, expandWildcards, hasWildcard, isDirectory, requiredPathArgs } from './file-system/paths.js';

function matchesType(path: string, pathType: string): boolean {
  if (!existsSync(path)) return false;
  if (pathType === 'container') return isDirectory(path);
  if (pathType === 'leaf') return !isDirectory(path);
  return true;
}

export const testPath: CmdletDefinition = {
  name: 'Test-Path',
  synopsis: 'Determines whether all elements of a path exist.',
  module: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Path',
  parameters: [
    { name: 'Path', type: 'string[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ['Path'], description: 'Paths to test; wildcards allowed.' },
    { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: ['LiteralPath'], valueFromPipelineByPropertyName: true, parameterSets: ['LiteralPath'], description: 'Paths to test, taken exactly as written.' },
    { name: 'PathType', type: 'string', aliases: ['Type'], validateSet: ['Any', 'Container', 'Leaf'], description: 'Leaf (a file), Container (a directory) or Any.' },
    { name: 'IsValid', type: 'switch', description: 'Test only whether the path is well formed.' },
  ],
  outputType: ['System.Boolean'],
  create(ctx) {
    return {
      *process(params) {
        const { paths, literal } = requiredPathArgs(ctx, params, 'Test-Path');
        const pathType = String(params['PathType'] ?? 'Any').toLowerCase();
        for (const raw of paths) {
          // An empty path names nothing; pwsh 7 answers False rather than failing.
          if (raw.trim() === '') {
            yield false;
            continue;
          }
          if (params['IsValid'] === true) {
            yield !raw.includes('\0');
            continue;
          }
          const full = absolutePath(ctx.cwd, raw);
          const candidates = !literal && hasWildcard(raw) ? expandWildcards(full) : [full];
          yield candidates.some((p) => matchesType(p, pathType));
        }
      },
    };
  },
};
