/** CmdletInfo / FunctionInfo / AliasInfo objects, as Get-Command and Get-Alias return them. */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { PSObject } from '../../values/psobject.js';
import type { Engine } from '../runtime.js';
import './views.js';

const VERSION = '7.4.6';

export function cmdletInfo(def: CmdletDefinition): PSObject {
  const source = def.module ?? 'Microsoft.PowerShell.Utility';
  const [verb, noun] = splitName(def.name);
  const info = new PSObject({
    CommandType: 'Cmdlet', Name: def.name, DisplayName: def.name, Version: VERSION, Source: source, ModuleName: source,
    Verb: verb, Noun: noun, Definition: def.synopsis, Parameters: def.parameters.map((p) => p.name),
  }, ['System.Management.Automation.CmdletInfo', 'System.Management.Automation.CommandInfo', 'System.Object']);
  info.addMethod('ToString', () => def.name);
  return info;
}

export function functionInfo(name: string, text: string, isFilter: boolean): PSObject {
  const [verb, noun] = splitName(name);
  const info = new PSObject({
    CommandType: isFilter ? 'Filter' : 'Function', Name: name, DisplayName: name, Version: '', Source: '', ModuleName: '',
    Verb: verb, Noun: noun, Definition: text.replace(/^\{|\}$/g, ''),
  }, ['System.Management.Automation.FunctionInfo', 'System.Management.Automation.CommandInfo', 'System.Object']);
  info.addMethod('ToString', () => name);
  return info;
}

export function aliasInfo(name: string, target: string, engine: Engine): PSObject {
  const def = engine.cmdlets.get(target.toLowerCase());
  const info = new PSObject({
    CommandType: 'Alias', Name: name, DisplayName: `${name} -> ${target}`, Version: def ? VERSION : '', Source: def?.module ?? '',
    ModuleName: def?.module ?? '', Definition: target, ResolvedCommandName: target, ReferencedCommand: target,
  }, ['System.Management.Automation.AliasInfo', 'System.Management.Automation.CommandInfo', 'System.Object']);
  info.addMethod('ToString', () => name);
  return info;
}

function splitName(name: string): [string, string] {
  const dash = name.indexOf('-');
  return dash < 0 ? ['', ''] : [name.slice(0, dash), name.slice(dash + 1)];
}

/** Every alias the session knows: the table plus those a definition declares, by alias name. */
export function allAliases(engine: Engine): Map<string, { name: string; target: string }> {
  const out = new Map<string, { name: string; target: string }>();
  for (const def of engine.cmdlets.values()) for (const a of def.aliases ?? []) out.set(a.toLowerCase(), { name: a, target: def.name });
  for (const [a, target] of engine.aliases) if (!out.has(a)) out.set(a, { name: a, target });
  return out;
}
