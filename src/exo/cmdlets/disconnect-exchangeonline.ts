/**
 * Disconnect-ExchangeOnline: ConfirmImpact High, so it asks first unless
 * -Confirm:$false (or $ConfirmPreference = 'None'); then removes the chosen
 * connections (all by default), their cmdlets and their cached tokens.
 * Without a terminal the question cannot be asked, and the cmdlet fails as
 * pwsh -NonInteractive does; scripts pass -Confirm:$false, as the docs show.
 */
import type { BoundParameters, CmdletContext, CmdletDefinition } from '../../repl/cmdlets/types.js';
import { engineOf } from '../../repl/engine/cmdlets/engine-access.js';
import type { Connection } from '../connections/connection.js';
import type { ConnectionRegistry } from '../connections/registry.js';
import type { ExoShellOptions } from '../connections/shell-options.js';

const WITH_INBUILT = 'Running this cmdlet will clear the specified REST connections along with the connection for inbuilt cmdlets and all the active RPS sessions created using Connect-ExchangeOnline or Connect-IPPSSession.';
const WITHOUT_INBUILT = 'Running this cmdlet will clear the specified REST connections along with all the active RPS sessions created using Connect-ExchangeOnline or Connect-IPPSSession.';
const ACTION = 'Press(Y/y/A/a) if you want to continue.';
export const NON_INTERACTIVE = 'PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.';

async function askOnTerminal(message: string): Promise<boolean> {
  const { confirm } = await import('@inquirer/prompts');
  return confirm({ message: `${message}\n${ACTION}`, default: true });
}

async function confirmed(ctx: CmdletContext, target: string, options: ExoShellOptions): Promise<boolean> {
  if (ctx.params['WhatIf'] === true || (!ctx.boundNames.has('WhatIf') && ctx.getVariable('WhatIfPreference') === true)) return ctx.shouldProcess(target, ACTION);
  if (ctx.boundNames.has('Confirm') && ctx.params['Confirm'] === false) return true;
  if (!ctx.boundNames.has('Confirm') && /^none$/i.test(String(ctx.getVariable('ConfirmPreference') ?? ''))) return true;
  if (!ctx.host.interactive) ctx.fail(new Error(NON_INTERACTIVE), { category: 'NotSpecified', errorId: 'HostException', exceptionType: 'System.Management.Automation.Host.HostException' });
  if (options.confirm) return options.confirm(target);
  if (process.stdin.isTTY && process.stdout.isTTY) return askOnTerminal(target);
  const answer = await ctx.host.readLine(`\nConfirm\nAre you sure you want to perform this action?\nPerforming the operation "${ACTION}" on target "${target}".\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): `);
  return answer.trim() === '' || /^[ya]/i.test(answer.trim());
}

export async function disconnect(ctx: CmdletContext, registry: ConnectionRegistry, c: Connection): Promise<void> {
  const engine = engineOf(ctx);
  for (const def of c.commands) engine.unregisterCmdlet(def.name, def);
  registry.remove(c);
  await c.close();
  await c.provider.signOut();
}

export function disconnectExchangeOnline(registry: ConnectionRegistry, options: ExoShellOptions): CmdletDefinition {
  return {
    name: 'Disconnect-ExchangeOnline',
    synopsis: 'Closes Exchange Online connections, removing their cmdlets and cached tokens.',
    parameters: [
      { name: 'ConnectionId', type: 'string[]', parameterSets: ['ConnectionId'], valueFromPipelineByPropertyName: true },
      { name: 'ModulePrefix', type: 'string[]', parameterSets: ['ModulePrefix'] },
    ],
    // Neither is needed: with none, the ConnectionId set (every connection) applies.
    defaultParameterSet: 'ConnectionId',
    supportsShouldProcess: true,
    module: 'ExchangeOnlineManagement',
    create(ctx) {
      return {
        async *process(p: BoundParameters) {
          const chosen = registry.select({
            ...(p['ConnectionId'] !== undefined ? { connectionIds: (p['ConnectionId'] as string[]).map(String) } : {}),
            ...(p['ModulePrefix'] !== undefined ? { prefixes: (p['ModulePrefix'] as string[]).map(String) } : {}),
          });
          const touchesInbuilt = chosen.some((c) => registry.isInbuilt(c)) || (p['ConnectionId'] === undefined && p['ModulePrefix'] === undefined);
          if (!(await confirmed(ctx, touchesInbuilt ? WITH_INBUILT : WITHOUT_INBUILT, options))) return;
          for (const c of chosen) await disconnect(ctx, registry, c);
        },
      };
    },
  };
}
