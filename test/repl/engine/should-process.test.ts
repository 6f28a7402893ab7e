/**
 * $PSCmdlet.ShouldProcess in an advanced function with SupportsShouldProcess
 * (about_Functions_CmdletBindingAttribute, about_Functions_Advanced_Methods):
 * under -WhatIf it prints "What if: Performing the operation ..." and returns
 * $false; otherwise it returns $true.
 */
import { describe, expect, it } from 'vitest';
import { out, run } from './run.js';

const REMOVE_THING = `function Remove-Thing {
  [CmdletBinding(SupportsShouldProcess)]
  param([Parameter(Mandatory, ValueFromPipeline)] [string]$Name)
  process { if ($PSCmdlet.ShouldProcess($Name)) { "removed $Name" } }
}
function Set-Thing {
  [CmdletBinding(SupportsShouldProcess)]
  param([string]$Name)
  if ($PSCmdlet.ShouldProcess($Name, 'Update colour')) { "set $Name" }
}
`;

describe('$PSCmdlet.ShouldProcess', () => {
  it('returns $true without -WhatIf', async () => {
    expect(await out(`${REMOVE_THING} 'a', 'b' | Remove-Thing`)).toEqual(['removed a', 'removed b']);
  });

  it('-WhatIf describes the operation with the function name and skips it', async () => {
    const r = await run(`${REMOVE_THING} 'a' | Remove-Thing -WhatIf; Set-Thing -Name x -WhatIf`);
    expect(r.stdout).toBe('What if: Performing the operation "Remove-Thing" on target "a".\nWhat if: Performing the operation "Update colour" on target "x".\n');
  });

  it('$WhatIfPreference applies too', async () => {
    expect(await out(`${REMOVE_THING} $WhatIfPreference = $true; Remove-Thing -Name a`)).toEqual(['What if: Performing the operation "Remove-Thing" on target "a".']);
  });
});
