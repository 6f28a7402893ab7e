/** Shared by the *-Variable cmdlets: which scope -Scope names, and PSVariable objects. */
import type { CmdletContext } from '../../cmdlets/types.js';
import { PSObject } from '../../values/psobject.js';
import type { PSVariable, Scope } from '../scope.js';
import { frameOf } from './engine-access.js';
import './views.js';

/** -Scope Global/Script/Local or a number of levels up from the caller's scope. */
export function targetScope(ctx: CmdletContext, scope: unknown): Scope {
  const current = frameOf(ctx).scope;
  if (scope === undefined || scope === null) return current;
  const text = String(scope).toLowerCase();
  if (text === 'global') return current.global();
  if (text === 'script') return current.nearestScriptScope();
  if (text === 'local' || text === 'private') return current;
  if (/^\d+$/.test(text)) {
    let s = current;
    for (let i = 0; i < Number(text) && s.parent; i++) s = s.parent;
    return s;
  }
  throw new Error(`The scope number '${String(scope)}' exceeds the number of active scopes.`);
}

export function variableObject(v: PSVariable): PSObject {
  const obj = new PSObject({ Name: v.name, Value: v.value, Description: v.description ?? '', Options: v.constant ? 'Constant' : v.readOnly ? 'ReadOnly' : 'None' }, ['System.Management.Automation.PSVariable', 'System.Object']);
  obj.addMethod('ToString', () => v.name);
  return obj;
}

export function notFound(ctx: CmdletContext, name: string, command: string): void {
  ctx.writeError(`Cannot find a variable with the name '${name}'.`, {
    category: 'ObjectNotFound', errorId: `VariableNotFound,Microsoft.PowerShell.Commands.${command}`, targetObject: name,
    exceptionType: 'System.Management.Automation.ItemNotFoundException',
  });
}
