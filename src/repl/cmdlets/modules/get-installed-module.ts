import type { CmdletDefinition } from '../types.js';
import { BUILTIN_MODULE, installedModuleInfo, matchesModuleName } from './builtin-module.js';

export const getInstalledModule: CmdletDefinition = {
  name: 'Get-InstalledModule',
  synopsis: 'Lists installed modules: the built-in ExchangeOnlineManagement.',
  module: 'PowerShellGet',
  parameters: [
    { name: 'Name', type: 'string[]', position: 0 },
    { name: 'AllVersions', type: 'switch' },
  ],
  create(ctx) {
    return {
      *process(params) {
        const names = (params.Name as string[] | undefined) ?? ['*'];
        if (names.some((n) => matchesModuleName(n, BUILTIN_MODULE))) {
          yield installedModuleInfo();
          return;
        }
        for (const n of names) {
          if (!/[*?]/.test(n)) {
            ctx.writeError(`No match was found for the specified search criteria and module names '${n}'.`, { category: 'ObjectNotFound', errorId: 'NoMatchFound,Microsoft.PowerShell.PackageManagement.Cmdlets.GetPackage', targetObject: n });
          }
        }
      },
    };
  },
};
