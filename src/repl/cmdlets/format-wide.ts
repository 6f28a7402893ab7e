/**
 * Format-Wide (fw): one property of each object, several objects per line.
 */
import type { CmdletDefinition } from './types.js';
import { ERROR_SWITCHES, enumerationLimit, formatInstance, groupBySpec, parseOrFail } from '../format/cmdlet-support.js';

export const formatWide: CmdletDefinition = {
  name: 'Format-Wide',
  aliases: ['fw'],
  synopsis: 'Formats objects as a wide table that displays only one property of each object.',
  module: 'Microsoft.PowerShell.Utility',
  outputType: ['Microsoft.PowerShell.Commands.Internal.Format'],
  parameters: [
    { name: 'Property', type: 'object', position: 0, description: 'The property (or calculated property) to show.' },
    { name: 'AutoSize', type: 'switch', description: 'Fits as many columns as the widest value allows.' },
    { name: 'Column', type: 'int', description: 'Number of columns.' },
    { name: 'GroupBy', type: 'object', description: 'Starts a new group when this property changes.' },
    { name: 'ExcludeProperty', type: 'string[]', description: 'Properties (wildcards allowed) to skip when choosing the one to show.' },
    { name: 'Force', type: 'switch', description: 'Formats strings and numbers too instead of printing them as they are.' },
    ...ERROR_SWITCHES,
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
  ],
  create(ctx) {
    const p = ctx.params;
    if (p.AutoSize === true && ctx.boundNames.has('Column')) {
      ctx.fail(new Error('Cmdlet parameters AutoSize and Column are mutually exclusive.'),
        { category: 'InvalidArgument', errorId: 'FormatCannotSpecifyAutosizeAndColumns,Microsoft.PowerShell.Commands.FormatWideCommand' });
    }
    const column = Number(p.Column);
    if (ctx.boundNames.has('Column') && !(column >= 1)) {
      ctx.fail(new Error(`Cannot validate argument on parameter 'Column'. The ${p.Column} argument is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and then try the command again.`),
        { category: 'InvalidData', errorId: 'ParameterArgumentValidationError,Microsoft.PowerShell.Commands.FormatWideCommand' });
    }
    const specs = parseOrFail(ctx, p.Property, ['expression', 'formatstring']);
    const groupBy = groupBySpec(ctx, p.GroupBy, specs.length);
    return formatInstance(ctx, {
      shape: 'wide',
      properties: specs.map((s) => s.spec),
      groupBy: groupBy?.spec,
      autosize: p.AutoSize === true ? true : undefined,
      wideColumns: ctx.boundNames.has('Column') ? column : undefined,
      exclude: ctx.params.ExcludeProperty === undefined || ctx.params.ExcludeProperty === null ? undefined : ([] as unknown[]).concat(ctx.params.ExcludeProperty).map(String),
      force: ctx.params.Force === true ? true : undefined,
      enumerationLimit: enumerationLimit(ctx),
    }, specs, groupBy);
  },
};
