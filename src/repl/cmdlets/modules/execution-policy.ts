import type { CmdletDefinition } from '../types.js';

const POLICIES = ['AllSigned', 'Bypass', 'Default', 'RemoteSigned', 'Restricted', 'Undefined', 'Unrestricted'];

/** exosh runs scripts it is given; execution policy is accepted for script compatibility and reported as Unrestricted. */
export const setExecutionPolicy: CmdletDefinition = {
  name: 'Set-ExecutionPolicy',
  synopsis: 'Accepted for compatibility: exosh runs the scripts it is given.',
  module: 'Microsoft.PowerShell.Security',
  supportsShouldProcess: true,
  parameters: [
    { name: 'ExecutionPolicy', type: 'string', position: 0, mandatory: true, validateSet: POLICIES },
    { name: 'Scope', type: 'string', position: 1, validateSet: ['Process', 'CurrentUser', 'LocalMachine', 'UserPolicy', 'MachinePolicy'] },
    { name: 'Force', type: 'switch' },
  ],
  create() {
    return {};
  },
};

export const getExecutionPolicy: CmdletDefinition = {
  name: 'Get-ExecutionPolicy',
  synopsis: 'Reports Unrestricted: exosh runs the scripts it is given.',
  module: 'Microsoft.PowerShell.Security',
  parameters: [
    { name: 'Scope', type: 'string', position: 0 },
    { name: 'List', type: 'switch' },
  ],
  create() {
    return { *process() { yield 'Unrestricted'; } };
  },
};
