/** Get-Alias: the session's aliases, by alias name or (-Definition) by target. */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { aliasInfo, allAliases } from './command-info.js';
import { engineOf, hasWildcard, nameMatcher } from './engine-access.js';

export const getAlias: CmdletDefinition = {
  name: 'Get-Alias',
  aliases: ['gal'],
  synopsis: 'Gets the aliases for the current session.',
  module: 'Microsoft.PowerShell.Utility',
  parameters: [
    { name: 'Name', type: 'string[]', position: 0, valueFromPipelineByPropertyName: true, parameterSets: ['Default'] },
    { name: 'Definition', type: 'string[]', parameterSets: ['Definition'] },
  ],
  defaultParameterSet: 'Default',
  create(ctx) {
    const engine = engineOf(ctx);
    return {
      *process(params) {
        const all = [...allAliases(engine).values()].sort((a, b) => a.name.localeCompare(b.name));
        if (params['Definition'] !== undefined) {
          const byTarget = nameMatcher(params['Definition']);
          yield* all.filter((a) => byTarget(a.target)).map((a) => aliasInfo(a.name, a.target, engine));
          return;
        }
        for (const pattern of (params['Name'] as string[] | undefined) ?? ['*']) {
          const matches = all.filter((a) => nameMatcher(pattern)(a.name));
          if (!matches.length && !hasWildcard(pattern)) {
            ctx.writeError(`This command cannot find a matching alias because an alias with the name '${pattern}' does not exist.`, { category: 'ObjectNotFound', errorId: 'ItemNotFoundException,Microsoft.PowerShell.Commands.GetAliasCommand', targetObject: pattern, exceptionType: 'System.Management.Automation.ItemNotFoundException' });
          }
          yield* matches.map((a) => aliasInfo(a.name, a.target, engine));
        }
      },
    };
  },
};
