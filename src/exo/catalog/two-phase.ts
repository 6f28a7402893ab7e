import type { CmdletContext } from '../../repl/cmdlets/types.js';
import type { ExoClient } from '../client/exo-client.js';

/**
 * The service's two-phase -WhatIf/-Confirm (exo-protocol.md §2.9): a
 * validation call with `Confirm = true` runs nothing and returns the
 * ShouldProcess text; -WhatIf prints it, -Confirm asks, and only an accepted
 * confirmation sends the execution call (with `Confirm = false`).
 * Returns whether the cmdlet should now run.
 */
export async function confirmWithService(ctx: CmdletContext, client: ExoClient, cmdlet: string, sent: Record<string, unknown>): Promise<boolean> {
  const whatIf = ctx.params['WhatIf'] === true || (!ctx.boundNames.has('WhatIf') && ctx.getVariable('WhatIfPreference') === true);
  const confirm = ctx.params['Confirm'] === true;
  if (!whatIf && !confirm) return true;
  let message = `Performing the operation "${cmdlet}" on target "${String(sent['Identity'] ?? '')}".`;
  for await (const _ of client.invokeCommand(cmdlet, { ...sent, Confirm: true }, { signal: ctx.signal, onConfirmationMessage: (m) => (message = m) })) {
    // A validation call returns no objects; draining it completes the request.
  }
  if (whatIf) {
    ctx.host.writeHost(`What if: ${message}`);
    return false;
  }
  if (!ctx.host.interactive) ctx.fail(new Error('PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.'), { category: 'NotSpecified', errorId: 'HostException', exceptionType: 'System.Management.Automation.Host.HostException' });
  const answer = await ctx.host.readLine(`\nConfirm\nAre you sure you want to perform this action?\n${message}\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): `);
  return answer.trim() === '' || /^[ya]/i.test(answer.trim());
}
