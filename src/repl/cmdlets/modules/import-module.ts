import type { CmdletDefinition } from '../types.js';
import { isBuiltinModule, moduleInfo, moduleNotFound } from './builtin-module.js';

export const importModule: CmdletDefinition = {
  name: 'Import-Module',
  aliases: ['ipmo'],
  synopsis: 'Loads a module; ExchangeOnlineManagement is built in, so importing it only checks the name.',
  module: 'Microsoft.PowerShell.Core',
  parameters: [
    { name: 'Name', type: 'string[]', position: 0, mandatory: true, valueFromPipeline: true },
    { name: 'Force', type: 'switch' },
    { name: 'PassThru', type: 'switch' },
    { name: 'Global', type: 'switch' },
    { name: 'Prefix', type: 'string' },
    { name: 'RequiredVersion', type: 'string' },
    { name: 'MinimumVersion', type: 'string' },
    { name: 'DisableNameChecking', type: 'switch' },
  ],
  create(ctx) {
    return {
      *process(params) {
        for (const name of params.Name as string[]) {
          if (!isBuiltinModule(name)) {
            ctx.writeError(moduleNotFound(name), { category: 'ResourceUnavailable', errorId: 'Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand', targetObject: name, exceptionType: 'System.IO.FileNotFoundException' });
            continue;
          }
          if (params.PassThru === true) yield moduleInfo([]);
        }
      },
    };
  },
};
