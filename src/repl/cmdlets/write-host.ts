/**
 * Write-Host: text straight to the host, never to the pipeline. Colours are
 * passed on as ConsoleColor names; the host decides whether to show them.
 */
import type { ConsoleColor } from '../host/host.js';
import type { CmdletDefinition } from './types.js';
import { PSHashtable } from '../values/hashtable.js';
import { PSList } from '../values/list.js';
import { DateTime } from '../values/datetime.js';
import { toPSString } from '../values/to-string.js';

export const CONSOLE_COLORS: ConsoleColor[] = [
  'Black', 'DarkBlue', 'DarkGreen', 'DarkCyan', 'DarkRed', 'DarkMagenta', 'DarkYellow', 'Gray',
  'DarkGray', 'Blue', 'Green', 'Cyan', 'Red', 'Magenta', 'Yellow', 'White',
];

function consoleColor(value: unknown): ConsoleColor | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).toLowerCase();
  return CONSOLE_COLORS.find((c) => c.toLowerCase() === text);
}

/** As WriteHostCommand does: strings as they are, collections item by item with the separator, anything else by ToString(). */
function render(value: unknown, separator: string): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => render(v, separator)).join(separator);
  if (value instanceof PSList) return value.items.map((v) => render(v, separator)).join(separator);
  if (value instanceof DateTime) return value.toString();
  if (value instanceof PSHashtable) return value.typeName;
  return toPSString(value);
}

export const writeHost: CmdletDefinition = {
  name: 'Write-Host',
  synopsis: 'Writes customized output to a host.',
  module: 'Microsoft.PowerShell.Utility',
  parameters: [
    { name: 'Object', type: 'object', aliases: ['Msg', 'Message'], valueFromPipeline: true, valueFromRemainingArguments: true, description: 'Objects to display; collections are joined with the separator.' },
    { name: 'NoNewline', type: 'switch', description: 'Do not end the output with a newline.' },
    { name: 'Separator', type: 'object', description: 'Text printed between the items of a collection (default: a space).' },
    { name: 'ForegroundColor', type: 'string', validateSet: CONSOLE_COLORS, description: 'Text colour.' },
    { name: 'BackgroundColor', type: 'string', validateSet: CONSOLE_COLORS, description: 'Background colour.' },
  ],
  create(ctx) {
    // Per the Write-Host docs, only -InformationAction Ignore silences it; $InformationPreference does not.
    const silent = String(ctx.params['InformationAction'] ?? '').toLowerCase() === 'ignore';
    return {
      process(params) {
        if (silent) return;
        const separator = params['Separator'] === undefined ? ' ' : toPSString(params['Separator']);
        const value = params['Object'];
        const text = value === undefined || value === null ? '' : render(value, separator);
        ctx.host.writeHost(text, {
          foreground: consoleColor(params['ForegroundColor']),
          background: consoleColor(params['BackgroundColor']),
          noNewline: params['NoNewline'] === true,
        });
      },
    };
  },
};
