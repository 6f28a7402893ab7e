/** Get-Command: the aliases, functions and cmdlets the session knows, filtered by name, verb, noun or module. */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { PSObject } from '../../values/psobject.js';
import { aliasInfo, allAliases, cmdletInfo, functionInfo } from './command-info.js';
import { engineOf, frameOf, hasWildcard, nameMatcher } from './engine-access.js';

export const getCommand: CmdletDefinition = {
  name: 'Get-Command',
  aliases: ['gcm'],
  synopsis: 'Gets all commands.',
  module: 'Microsoft.PowerShell.Core',
  parameters: [
    { name: 'Name', type: 'string[]', position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, description: 'Names of commands to get (wildcards allowed).' },
    { name: 'Verb', type: 'string[]', description: 'Commands whose verb matches.' },
    { name: 'Noun', type: 'string[]', description: 'Commands whose noun matches.' },
    { name: 'Module', type: 'string[]', description: 'Commands from these modules.' },
    { name: 'CommandType', type: 'string[]', description: 'Alias, Function, Filter or Cmdlet.' },
  ],
  create(ctx) {
    const engine = engineOf(ctx);
    return {
      *process(params) {
        const names = params['Name'] as string[] | undefined;
        const byName = nameMatcher(names);
        const byVerb = nameMatcher(params['Verb']);
        const byNoun = nameMatcher(params['Noun']);
        const byModule = nameMatcher(params['Module']);
        const types = params['CommandType'] ? (params['CommandType'] as string[]).map((t) => t.toLowerCase()) : undefined;
        const found: PSObject[] = [];
        const filtered = params['Verb'] !== undefined || params['Noun'] !== undefined || params['Module'] !== undefined;
        if (!filtered && (!types || types.includes('alias'))) {
          for (const { name, target } of allAliases(engine).values()) if (byName(name)) found.push(aliasInfo(name, target, engine));
        }
        if (params['Module'] === undefined && (!types || types.includes('function') || types.includes('filter'))) {
          for (const fn of frameOf(ctx).scope.visibleFunctions()) {
            if (fn.scriptFile) continue;
            const info = functionInfo(fn.name, fn.text, fn.isFilter);
            if (byName(fn.name) && byVerb(String(info.get('Verb'))) && byNoun(String(info.get('Noun')))) found.push(info);
          }
        }
        if (!types || types.includes('cmdlet')) {
          for (const def of engine.cmdlets.values()) {
            const info = cmdletInfo(def);
            if (byName(def.name) && byVerb(String(info.get('Verb'))) && byNoun(String(info.get('Noun'))) && byModule(String(info.get('Source')))) found.push(info);
          }
        }
        const order = ['Alias', 'Filter', 'Function', 'Cmdlet'];
        found.sort((a, b) => order.indexOf(String(a.get('CommandType'))) - order.indexOf(String(b.get('CommandType'))) || String(a.get('Name')).localeCompare(String(b.get('Name'))));
        yield* found;
        for (const n of names ?? []) {
          if (hasWildcard(n) || found.some((f) => String(f.get('Name')).toLowerCase() === n.toLowerCase())) continue;
          ctx.writeError(`The term '${n}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`, {
            category: 'ObjectNotFound', errorId: 'CommandNotFoundException,Microsoft.PowerShell.Commands.GetCommandCommand', targetObject: n, exceptionType: 'System.Management.Automation.CommandNotFoundException',
          });
        }
      },
    };
  },
};
