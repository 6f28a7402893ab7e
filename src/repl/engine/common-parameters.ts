/**
 * The common parameters every cmdlet and advanced function accepts, as
 * ParameterDefinitions so the binder treats them like any other parameter.
 */
import type { ParameterDefinition } from '../cmdlets/types.js';

export const ACTION_PREFERENCES = ['SilentlyContinue', 'Stop', 'Continue', 'Inquire', 'Ignore', 'Suspend', 'Break'];

export const COMMON_PARAMETERS: ParameterDefinition[] = [
  { name: 'Verbose', type: 'switch', aliases: ['vb'] },
  { name: 'Debug', type: 'switch', aliases: ['db'] },
  { name: 'ErrorAction', type: 'string', aliases: ['ea'], validateSet: ACTION_PREFERENCES },
  { name: 'WarningAction', type: 'string', aliases: ['wa'], validateSet: ACTION_PREFERENCES },
  { name: 'InformationAction', type: 'string', aliases: ['infa'], validateSet: ACTION_PREFERENCES },
  { name: 'ProgressAction', type: 'string', aliases: ['proga'], validateSet: ACTION_PREFERENCES },
  { name: 'ErrorVariable', type: 'string', aliases: ['ev'] },
  { name: 'WarningVariable', type: 'string', aliases: ['wv'] },
  { name: 'InformationVariable', type: 'string', aliases: ['iv'] },
  { name: 'OutVariable', type: 'string', aliases: ['ov'] },
  { name: 'OutBuffer', type: 'int', aliases: ['ob'] },
  { name: 'PipelineVariable', type: 'string', aliases: ['pv'] },
];

export const SHOULD_PROCESS_PARAMETERS: ParameterDefinition[] = [
  { name: 'WhatIf', type: 'switch', aliases: ['wi'] },
  { name: 'Confirm', type: 'switch', aliases: ['cf'] },
];

const COMMON_NAMES = new Set([...COMMON_PARAMETERS, ...SHOULD_PROCESS_PARAMETERS].map((p) => p.name));

export function isCommonParameter(name: string): boolean {
  return COMMON_NAMES.has(name);
}
