/**
 * Sort-Object: orders its input by one or more keys (names, script blocks,
 * hashtables with Expression/Ascending/Descending), stably, with PowerShell's
 * comparison rules; -Unique drops equal keys, -Top/-Bottom keep one end.
 */
import type { CmdletDefinition } from './types.js';
import { compareEntries, keyEntry, parseOrderKeys, type KeyedEntry } from './pipeline-common/order-keys.js';

export const sortObject: CmdletDefinition = {
  name: 'Sort-Object',
  aliases: ['sort'],
  synopsis: 'Sorts objects by property values.',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Default',
  parameters: [
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
    { name: 'Property', type: 'object[]', position: 0 },
    { name: 'Descending', type: 'switch' },
    { name: 'Unique', type: 'switch' },
    { name: 'CaseSensitive', type: 'switch' },
    { name: 'Stable', type: 'switch', parameterSets: ['Stable'] },
    { name: 'Top', type: 'int', mandatory: true, parameterSets: ['Top'] },
    { name: 'Bottom', type: 'int', mandatory: true, parameterSets: ['Bottom'] },
  ],
  create(ctx) {
    const keys = parseOrderKeys(ctx, ctx.boundNames.has('Property') ? ctx.params.Property : undefined, ctx.params.Descending === true, ['Expression', 'Ascending', 'Descending']);
    const caseSensitive = ctx.params.CaseSensitive === true;
    const entries: KeyedEntry[] = [];
    return {
      process(params, input) {
        if (!input.present && !ctx.boundNames.has('InputObject')) return;
        const item = input.present ? input.value : params.InputObject;
        const entry = keyEntry(ctx, keys, item, entries.length);
        if (entry instanceof Promise) return entry.then((e) => { entries.push(e); });
        entries.push(entry);
      },
      end() {
        // Array.prototype.sort is stable, so equal keys keep their input order.
        let sorted = entries.sort((a, b) => compareEntries(a, b, keys, caseSensitive));
        if (ctx.params.Unique === true) {
          sorted = sorted.filter((e, i) => i === 0 || compareEntries(sorted[i - 1]!, e, keys, caseSensitive) !== 0);
        }
        if (ctx.boundNames.has('Top')) sorted = sorted.slice(0, Math.max(0, Number(ctx.params.Top)));
        if (ctx.boundNames.has('Bottom')) sorted = sorted.slice(Math.max(0, sorted.length - Number(ctx.params.Bottom)));
        return sorted.map((e) => e.obj);
      },
    };
  },
};
