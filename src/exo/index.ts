/**
 * The Exchange Online part of the shell: the module's built-in cmdlets
 * (Connect/Disconnect-ExchangeOnline, Get-ConnectionInformation, the nine
 * Get-EXO*) sharing one connection registry. Connect-ExchangeOnline adds
 * each connection's proxied cmdlets and the Exchange views at run time.
 */
import type { CmdletDefinition } from '../repl/cmdlets/types.js';
import { connectExchangeOnline } from './cmdlets/connect-exchangeonline.js';
import { disconnectExchangeOnline } from './cmdlets/disconnect-exchangeonline.js';
import { getConnectionInformation } from './cmdlets/get-connectioninformation.js';
import { getExoCmdlets } from './cmdlets/get-exo-cmdlets.js';
import { ConnectionRegistry } from './connections/registry.js';
import { loggedCmdlet } from './connections/logged-cmdlet.js';
import type { ExoShellOptions } from './connections/shell-options.js';

export type { ExoShellOptions, DefaultTarget } from './connections/shell-options.js';
export { ConnectionRegistry } from './connections/registry.js';

export interface ExchangeModule {
  commands: CmdletDefinition[];
  registry: ConnectionRegistry;
}

export function exchangeModule(options: ExoShellOptions = {}): ExchangeModule {
  const registry = new ConnectionRegistry();
  return {
    registry,
    commands: [connectExchangeOnline(registry, options), disconnectExchangeOnline(registry, options), getConnectionInformation(registry), ...getExoCmdlets(registry).map((def) => loggedCmdlet(def, () => registry.inbuilt()?.log))],
  };
}
