import type { CmdletDefinition, CmdletContext, BoundParameters } from '../types.js';
import { isBuiltinModule } from './builtin-module.js';

/** Install-Module and Update-Module: only the built-in module is known, and it is always current. */
function installLike(name: string, verb: string): CmdletDefinition {
  return {
    name,
    synopsis: `${verb} a module; ExchangeOnlineManagement is built into exosh and always up to date.`,
    module: 'PowerShellGet',
    supportsShouldProcess: true,
    parameters: [
      { name: 'Name', type: 'string[]', position: 0, mandatory: true, valueFromPipelineByPropertyName: true },
      { name: 'Scope', type: 'string', validateSet: ['CurrentUser', 'AllUsers'] },
      { name: 'Force', type: 'switch' },
      { name: 'AllowClobber', type: 'switch' },
      { name: 'RequiredVersion', type: 'string' },
      { name: 'MinimumVersion', type: 'string' },
      { name: 'Repository', type: 'string[]' },
      { name: 'AcceptLicense', type: 'switch' },
      { name: 'AllowPrerelease', type: 'switch' },
      { name: 'SkipPublisherCheck', type: 'switch' },
    ],
    create(ctx: CmdletContext) {
      return {
        process(params: BoundParameters) {
          for (const module of params.Name as string[]) {
            if (isBuiltinModule(module)) {
              ctx.writeVerbose(`${module} is built into exosh; nothing to ${verb.toLowerCase()}.`);
            } else {
              ctx.writeError(`No match was found for the specified search criteria and module name '${module}'. Try Get-PSRepository to see all available registered module repositories.`, { category: 'ObjectNotFound', errorId: `NoMatchFoundForCriteria,Microsoft.PowerShell.PackageManagement.Cmdlets.${verb}Package`, targetObject: module });
            }
          }
        },
      };
    },
  };
}

export const installModule = installLike('Install-Module', 'Install');
export const updateModule = installLike('Update-Module', 'Update');
