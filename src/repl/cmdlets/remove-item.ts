/**
 * Remove-Item (rm, del, ri, rmdir): deletes files and directories. A directory
 * with children needs -Recurse; at a terminal pwsh asks instead, elsewhere it
 * is an error.
 */
import { readdirSync, rmSync } from 'node:fs';
import type { CmdletContext, CmdletDefinition } from './types.js';
import { commandClass, isDirectory, requiredPathArgs, resolveExisting } from './file-system/paths.js';
import { pathProvider } from './file-system/providers.js';

const NAME = 'Remove-Item';

async function confirmChildren(ctx: CmdletContext, path: string): Promise<boolean> {
  const question = `The item at ${path} has children and the Recurse parameter was not specified. If you continue, all children will be removed with the item. Are you sure you want to continue?`;
  if (!ctx.host.interactive) {
    ctx.writeError(`The item at ${path} has children and the Recurse parameter was not specified.`, { category: 'WriteError', errorId: `DirectoryNotEmpty,${commandClass(NAME)}`, targetObject: path, exceptionType: 'System.IO.IOException' });
    return false;
  }
  const answer = await ctx.host.readLine(`\nConfirm\n${question}\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): `);
  return answer.trim() === '' || /^[ya]/i.test(answer.trim());
}

export const removeItem: CmdletDefinition = {
  name: NAME,
  aliases: ['rm', 'del', 'ri', 'rmdir', 'erase', 'rd'],
  synopsis: 'Deletes the specified items.',
  module: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'Path',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Path', type: 'string[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, parameterSets: ['Path'], description: 'Items to delete; wildcards allowed.' },
    { name: 'LiteralPath', type: 'string[]', aliases: ['PSPath', 'LP'], mandatory: ['LiteralPath'], valueFromPipelineByPropertyName: true, parameterSets: ['LiteralPath'], description: 'Items to delete, taken exactly as written.' },
    { name: 'Recurse', type: 'switch', description: 'Delete a directory with everything in it.' },
    { name: 'Force', type: 'switch', description: 'Delete read-only and hidden items too.' },
  ],
  create(ctx) {
    return {
      async process(params) {
        const { paths, literal } = requiredPathArgs(ctx, params, NAME);
        const providerPaths = paths.filter((p) => pathProvider(p));
        for (const raw of providerPaths) await pathProvider(raw)!.removeItems(ctx, raw, literal);
        const filePaths = paths.filter((p) => !pathProvider(p));
        for (const path of resolveExisting(ctx, NAME, filePaths, literal)) {
          const dir = isDirectory(path);
          if (!(await ctx.shouldProcess(path, dir ? 'Remove Directory' : 'Remove File'))) continue;
          if (dir && params['Recurse'] !== true && readdirSync(path).length > 0 && !(await confirmChildren(ctx, path))) continue;
          try {
            rmSync(path, { recursive: dir, force: false });
          } catch (e) {
            ctx.writeError(`Cannot remove item ${path}: ${(e as NodeJS.ErrnoException).code === 'EACCES' ? 'Access to the path is denied.' : (e as Error).message}`, { category: 'WriteError', errorId: `RemoveFileSystemItemUnAuthorizedAccess,${commandClass(NAME)}`, targetObject: path, exceptionType: 'System.UnauthorizedAccessException' });
          }
        }
      },
    };
  },
};
