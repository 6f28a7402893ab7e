/** Get-Item (gi): the file or directory item at each path. */
import type { CmdletDefinition } from './types.js';
import { requiredPathArgs, resolveExisting } from './file-system/paths.js';
import { fileSystemItem } from './file-system/item.js';
import { pathProvider } from './file-system/providers.js';

const NAME = 'Get-Item';

export const getItem: CmdletDefinition = {
  name: NAME,
  aliases: ['gi'],
  synopsis: 'Gets the item at the specified location.',
  module: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Path',
  parameters: [
    { name: 'Path', type: 'string[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ['Path'], description: 'Items to get; wildcards allowed.' },
    { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: ['LiteralPath'], valueFromPipelineByPropertyName: true, parameterSets: ['LiteralPath'], description: 'Items to get, taken exactly as written.' },
    { name: 'Force', type: 'switch', description: 'Include hidden items.' },
  ],
  outputType: ['System.IO.FileInfo', 'System.IO.DirectoryInfo'],
  create(ctx) {
    return {
      *process(params) {
        const { paths, literal } = requiredPathArgs(ctx, params, NAME);
        for (const raw of paths) {
          const provider = pathProvider(raw);
          if (provider) yield* provider.items(ctx, raw, literal);
          else for (const path of resolveExisting(ctx, NAME, [raw], literal)) yield fileSystemItem(path);
        }
      },
    };
  },
};
