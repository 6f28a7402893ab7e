/**
 * exosh has the Exchange Online module built in, so the module cmdlets that
 * admin scripts call first (Import-Module, Install-Module, Get-Module ...)
 * describe that built-in module instead of touching a module path.
 */
import { PSObject } from '../../values/psobject.js';
import { wildcardToRegExp } from '../../values/comparison.js';
import { exoshVersion } from '../../../cli/version.js';

export const BUILTIN_MODULE = 'ExchangeOnlineManagement';

export function isBuiltinModule(name: string): boolean {
  return name.toLowerCase() === BUILTIN_MODULE.toLowerCase();
}

/** Names that match a module name pattern (wildcards allowed, as Get-Module takes them). */
export function matchesModuleName(pattern: string, name: string): boolean {
  return wildcardToRegExp(pattern).test(name);
}

export function moduleInfo(exportedCommands: string[]): PSObject {
  return new PSObject(
    [
      ['ModuleType', 'Script'],
      ['Version', exoshVersion()],
      ['PreRelease', ''],
      ['Name', BUILTIN_MODULE],
      ['ExportedCommands', exportedCommands],
      ['Path', 'exosh:/ExchangeOnlineManagement'],
      ['Description', 'Exchange Online management, built into exosh'],
    ],
    ['System.Management.Automation.PSModuleInfo', 'System.Object'],
  );
}

export function installedModuleInfo(): PSObject {
  return new PSObject(
    [
      ['Version', exoshVersion()],
      ['Name', BUILTIN_MODULE],
      ['Repository', 'exosh'],
      ['Description', 'Exchange Online management, built into exosh'],
    ],
    ['Microsoft.PowerShell.Commands.PSRepositoryItemInfo', 'System.Object'],
  );
}

export function moduleNotFound(name: string): string {
  return `The specified module '${name}' was not loaded because no valid module file was found in any module directory.`;
}
