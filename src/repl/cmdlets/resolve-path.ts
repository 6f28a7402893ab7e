/** Resolve-Path (rvpa): the existing paths a (wildcard) path names, as PathInfo objects or, with -Relative, relative text. */
import { relative } from 'node:path';
import type { CmdletDefinition } from './types.js';
import { pathInfo } from '../engine/runtime.js';
import { requiredPathArgs, resolveExisting } from './file-system/paths.js';

const NAME = 'Resolve-Path';

export const resolvePath: CmdletDefinition = {
  name: NAME,
  aliases: ['rvpa'],
  synopsis: 'Resolves the wildcard characters in a path, and displays the path contents.',
  module: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Path',
  parameters: [
    { name: 'Path', type: 'string[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ['Path'], description: 'Paths to resolve; wildcards allowed.' },
    { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: ['LiteralPath'], valueFromPipelineByPropertyName: true, parameterSets: ['LiteralPath'], description: 'Paths to resolve, taken exactly as written.' },
    { name: 'Relative', type: 'switch', description: 'Output paths relative to the current directory.' },
  ],
  outputType: ['System.Management.Automation.PathInfo', 'System.String'],
  create(ctx) {
    return {
      *process(params) {
        const { paths, literal } = requiredPathArgs(ctx, params, NAME);
        for (const path of resolveExisting(ctx, NAME, paths, literal)) {
          if (params['Relative'] !== true) {
            yield pathInfo(path);
            continue;
          }
          const rel = relative(ctx.cwd, path);
          yield rel === '' ? '.' : rel.startsWith('..') ? rel : `./${rel}`;
        }
      },
    };
  },
};
