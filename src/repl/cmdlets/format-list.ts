/**
 * Format-List (fl): shows each object as `Name : value` lines; `-Property *`
 * shows every property.
 */
import type { CmdletDefinition } from './types.js';
import { ERROR_SWITCHES, enumerationLimit, formatInstance, groupBySpec, parseOrFail } from '../format/cmdlet-support.js';

export const formatList: CmdletDefinition = {
  name: 'Format-List',
  aliases: ['fl'],
  synopsis: 'Formats the output as a list of properties in which each property appears on a new line.',
  module: 'Microsoft.PowerShell.Utility',
  outputType: ['Microsoft.PowerShell.Commands.Internal.Format'],
  parameters: [
    { name: 'Property', type: 'object[]', position: 0, description: 'Properties (names, wildcards or calculated properties) to show.' },
    { name: 'GroupBy', type: 'object', description: 'Starts a new group when this property changes.' },
    { name: 'ExcludeProperty', type: 'string[]', description: 'Properties (wildcards allowed) to leave out; alone it implies -Property *.' },
    { name: 'Force', type: 'switch', description: 'Formats strings and numbers too instead of printing them as they are.' },
    ...ERROR_SWITCHES,
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
  ],
  create(ctx) {
    const specs = parseOrFail(ctx, ctx.params.Property, ['name', 'label', 'expression', 'formatstring']);
    const groupBy = groupBySpec(ctx, ctx.params.GroupBy, specs.length);
    return formatInstance(ctx, {
      shape: 'list',
      properties: specs.map((s) => s.spec),
      groupBy: groupBy?.spec,
      exclude: ctx.params.ExcludeProperty === undefined || ctx.params.ExcludeProperty === null ? undefined : ([] as unknown[]).concat(ctx.params.ExcludeProperty).map(String),
      force: ctx.params.Force === true ? true : undefined,
      enumerationLimit: enumerationLimit(ctx),
    }, specs, groupBy);
  },
};
