/**
 * Every built-in command the session starts with: the engine's own cmdlets
 * plus each `src/repl/cmdlets/index-*.ts` array (listed here by hand, since
 * imports cannot be globbed), and the standard aliases.
 */
import type { CmdletDefinition } from '../cmdlets/types.js';
import { moduleCmdlets } from '../cmdlets/index-modules.js';
import { formatCmdlets } from '../cmdlets/index-format.js';
import { pipelineCmdlets } from '../cmdlets/index-pipeline.js';
import { hostFileCmdlets } from '../cmdlets/index-host-file.js';
import { engineCmdlets } from './cmdlets/index.js';
import { certificateCmdlets } from '../../exo/cmdlets/certificates/index.js';

export function builtinCommands(): CmdletDefinition[] {
  return [...engineCmdlets, ...moduleCmdlets, ...formatCmdlets, ...pipelineCmdlets, ...hostFileCmdlets, ...certificateCmdlets];
}

/** pwsh's standard aliases; one whose target is not loaded simply fails to resolve. */
export const BUILTIN_ALIASES: ReadonlyArray<readonly [string, string]> = [
  ['?', 'Where-Object'], ['where', 'Where-Object'], ['%', 'ForEach-Object'], ['foreach', 'ForEach-Object'],
  ['select', 'Select-Object'], ['sort', 'Sort-Object'], ['group', 'Group-Object'], ['measure', 'Measure-Object'],
  ['ft', 'Format-Table'], ['fl', 'Format-List'], ['fw', 'Format-Wide'], ['gm', 'Get-Member'],
  ['echo', 'Write-Output'], ['write', 'Write-Output'], ['cls', 'Clear-Host'], ['clear', 'Clear-Host'],
  ['gc', 'Get-Content'], ['cat', 'Get-Content'], ['type', 'Get-Content'], ['sc', 'Set-Content'], ['ac', 'Add-Content'],
  ['h', 'Get-History'], ['history', 'Get-History'], ['ghy', 'Get-History'], ['r', 'Invoke-History'], ['ihy', 'Invoke-History'],
  ['iex', 'Invoke-Expression'], ['gcm', 'Get-Command'], ['gv', 'Get-Variable'], ['sv', 'Set-Variable'], ['set', 'Set-Variable'],
  ['rv', 'Remove-Variable'], ['nv', 'New-Variable'], ['clv', 'Clear-Variable'], ['gal', 'Get-Alias'],
  ['tee', 'Tee-Object'], ['sleep', 'Start-Sleep'], ['epcsv', 'Export-Csv'], ['ipcsv', 'Import-Csv'], ['oh', 'Out-Host'],
  ['cd', 'Set-Location'], ['sl', 'Set-Location'], ['chdir', 'Set-Location'], ['pwd', 'Get-Location'], ['gl', 'Get-Location'],
  ['help', 'Get-Help'], ['man', 'Get-Help'], ['ni', 'New-Item'], ['gi', 'Get-Item'], ['gdr', 'Get-PSDrive'],
];
