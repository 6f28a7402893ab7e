/** Set-Location / Get-Location: the session's current directory (what relative paths resolve against). */
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { pathInfo } from '../runtime.js';
import { engineOf } from './engine-access.js';

export const setLocation: CmdletDefinition = {
  name: 'Set-Location',
  aliases: ['cd', 'sl', 'chdir'],
  synopsis: 'Sets the current working location to a specified location.',
  module: 'Microsoft.PowerShell.Management',
  parameters: [
    { name: 'Path', type: 'string', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true },
    { name: 'PassThru', type: 'switch' },
  ],
  create(ctx) {
    const engine = engineOf(ctx);
    return {
      *process(params) {
        const raw = (params['Path'] as string | undefined) ?? homedir();
        const expanded = raw === '~' || raw.startsWith('~/') ? homedir() + raw.slice(1) : raw;
        const target = isAbsolute(expanded) ? expanded : resolve(engine.cwd, expanded);
        let isDir = false;
        try {
          isDir = statSync(target).isDirectory();
        } catch {
          isDir = false;
        }
        if (!isDir) {
          ctx.fail(`Cannot find path '${target}' because it does not exist.`, { category: 'ObjectNotFound', errorId: 'PathNotFound,Microsoft.PowerShell.Commands.SetLocationCommand', targetObject: raw, exceptionType: 'System.Management.Automation.ItemNotFoundException' });
        }
        engine.cwd = target;
        if (params['PassThru'] === true) yield pathInfo(target);
      },
    };
  },
};

export const getLocation: CmdletDefinition = {
  name: 'Get-Location',
  aliases: ['pwd', 'gl'],
  synopsis: 'Gets information about the current working location.',
  module: 'Microsoft.PowerShell.Management',
  parameters: [],
  create(ctx) {
    return { *process() { yield pathInfo(engineOf(ctx).cwd); } };
  },
};
