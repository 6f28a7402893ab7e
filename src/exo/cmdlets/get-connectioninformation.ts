import type { BoundParameters, CmdletDefinition } from '../../repl/cmdlets/types.js';
import { connectionInformation } from '../connections/connection-information.js';
import type { ConnectionRegistry } from '../connections/registry.js';

/** Get-ConnectionInformation [-ConnectionId <string[]> | -ModulePrefix <string[]>]: one object per live connection. */
export function getConnectionInformation(registry: ConnectionRegistry): CmdletDefinition {
  return {
    name: 'Get-ConnectionInformation',
    synopsis: 'Shows the live Exchange Online connections.',
    parameters: [
      { name: 'ConnectionId', type: 'string[]', parameterSets: ['ConnectionId'] },
      { name: 'ModulePrefix', type: 'string[]', parameterSets: ['ModulePrefix'] },
    ],
    // Neither is needed: with none, the ConnectionId set (every connection) applies.
    defaultParameterSet: 'ConnectionId',
    module: 'ExchangeOnlineManagement',
    outputType: ['Microsoft.Exchange.Management.ExoPowershellSnapin.ConnectionInformation'],
    create() {
      return {
        *process(p: BoundParameters) {
          const chosen = registry.select({
            ...(p['ConnectionId'] !== undefined ? { connectionIds: (p['ConnectionId'] as string[]).map(String) } : {}),
            ...(p['ModulePrefix'] !== undefined ? { prefixes: (p['ModulePrefix'] as string[]).map(String) } : {}),
          });
          for (const c of chosen) yield connectionInformation(c, registry.isInbuilt(c));
        },
      };
    },
  };
}
