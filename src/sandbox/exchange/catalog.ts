import params from './data/exo-cmdlets-params.json' with { type: 'json' };
import { implementedCmdlets } from './cmdlets/registry.js';

/** One parameter of a cmdlet as exo-cmdlets-params.json describes it. */
export interface ParameterInfo {
  name: string;
  type: string;
  aliases: string[];
  bindings: Array<{ sets: string[]; required: boolean; position: number | null; pipeline: string; wildcards: boolean }>;
}

export interface CmdletInfo {
  parameterSets: string[];
  defaultSet: string | null;
  supportsShouldProcess: boolean;
  parameters: ParameterInfo[];
}

const DOCUMENTED = (params as unknown as { cmdlets: Record<string, CmdletInfo> }).cmdlets;

/** Cmdlets that change state: refused to read-only callers. */
export const WRITE_VERB = /^(Set|New|Remove|Add|Enable|Disable|Update|Import|Clear|Restore|Start|Stop|Suspend|Resume)-/i;

export const COMMON_PARAMETERS = [
  'Verbose', 'Debug', 'ErrorAction', 'WarningAction', 'InformationAction', 'ErrorVariable', 'WarningVariable', 'InformationVariable', 'OutVariable', 'OutBuffer', 'PipelineVariable',
];

/** Documentation of a cmdlet, keyed case-insensitively. */
export function cmdletInfo(name: string): [string, CmdletInfo] | undefined {
  const key = Object.keys(DOCUMENTED).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? [key, DOCUMENTED[key]!] : undefined;
}

/**
 * The cmdlets the module file offers: those the sandbox implements (so every
 * proxy a client builds works), with their documented parameters, trimmed by RBAC.
 */
export function catalogFor(readOnly: boolean): Array<[string, CmdletInfo]> {
  return implementedCmdlets()
    .map((c) => c.name)
    .filter((n) => !readOnly || /^Get-/i.test(n))
    .sort((a, b) => a.localeCompare(b))
    .map((n) => cmdletInfo(n) ?? [n, { parameterSets: ['(single)'], defaultSet: null, supportsShouldProcess: WRITE_VERB.test(n), parameters: [] }]);
}

/** Canonical parameter name for a name or alias, or undefined when the cmdlet has no such parameter. */
export function canonicalParameter(info: CmdletInfo, name: string): string | undefined {
  const lower = name.toLowerCase();
  const p = info.parameters.find((x) => x.name.toLowerCase() === lower || x.aliases.some((a) => a.toLowerCase() === lower));
  if (p) return p.name;
  if (COMMON_PARAMETERS.some((c) => c.toLowerCase() === lower)) return name;
  if (info.supportsShouldProcess && (lower === 'confirm' || lower === 'whatif' || lower === 'cf' || lower === 'wi')) return name;
  return undefined;
}
