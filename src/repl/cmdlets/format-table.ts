/**
 * Format-Table (ft): shows objects as a table of the chosen (or default)
 * properties. Emits FormatOutput objects that Out-Default, Out-String and
 * Out-File print.
 */
import type { CmdletDefinition } from './types.js';
import { ERROR_SWITCHES, enumerationLimit, formatInstance, groupBySpec, parseOrFail } from '../format/cmdlet-support.js';

export const formatTable: CmdletDefinition = {
  name: 'Format-Table',
  aliases: ['ft'],
  synopsis: 'Formats the output as a table.',
  module: 'Microsoft.PowerShell.Utility',
  outputType: ['Microsoft.PowerShell.Commands.Internal.Format'],
  parameters: [
    { name: 'Property', type: 'object[]', position: 0, description: 'Properties (names, wildcards or calculated properties) to show as columns.' },
    { name: 'AutoSize', type: 'switch', description: 'Sizes the columns to the data of all rows.' },
    { name: 'Wrap', type: 'switch', description: 'Wraps long values onto more lines instead of truncating them.' },
    { name: 'HideTableHeaders', type: 'switch', description: 'Omits the column headers.' },
    { name: 'GroupBy', type: 'object', description: 'Starts a new table when this property changes.' },
    { name: 'ExcludeProperty', type: 'string[]', description: 'Properties (wildcards allowed) to leave out; alone it implies -Property *.' },
    { name: 'Force', type: 'switch', description: 'Formats strings and numbers too instead of printing them as they are.' },
    ...ERROR_SWITCHES,
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
  ],
  create(ctx) {
    const p = ctx.params;
    const specs = parseOrFail(ctx, p.Property, ['name', 'label', 'expression', 'formatstring', 'width', 'alignment']);
    const groupBy = groupBySpec(ctx, p.GroupBy, specs.length);
    return formatInstance(ctx, {
      shape: 'table',
      properties: specs.map((s) => s.spec),
      groupBy: groupBy?.spec,
      autosize: p.AutoSize === true ? true : undefined,
      wrap: p.Wrap === true ? true : undefined,
      hideHeader: p.HideTableHeaders === true ? true : undefined,
      exclude: ctx.params.ExcludeProperty === undefined || ctx.params.ExcludeProperty === null ? undefined : ([] as unknown[]).concat(ctx.params.ExcludeProperty).map(String),
      force: ctx.params.Force === true ? true : undefined,
      enumerationLimit: enumerationLimit(ctx),
    }, specs, groupBy);
  },
};
