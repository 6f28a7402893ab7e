import type { CmdletDefinition } from '../types.js';
import { BUILTIN_MODULE, matchesModuleName, moduleInfo } from './builtin-module.js';

export const getModule: CmdletDefinition = {
  name: 'Get-Module',
  aliases: ['gmo'],
  synopsis: 'Lists the modules in the session; ExchangeOnlineManagement is always there.',
  module: 'Microsoft.PowerShell.Core',
  parameters: [
    { name: 'Name', type: 'string[]', position: 0 },
    { name: 'ListAvailable', type: 'switch' },
    { name: 'All', type: 'switch' },
  ],
  create() {
    return {
      *process(params) {
        const names = (params.Name as string[] | undefined) ?? ['*'];
        if (names.some((n) => matchesModuleName(n, BUILTIN_MODULE))) yield moduleInfo([]);
      },
    };
  },
};
