/**
 * Set-PSReadLineOption -Colors @{ Command = 'Magenta'; String = "`e[36m" }:
 * the PSReadLine way to recolour the prompt, plus $PSStyle.Formatting's
 * stream colours (ErrorOutput, WarningOutput, VerboseOutput, DebugOutput,
 * Progress). Values are ConsoleColor names, escape sequences or #rrggbb.
 * Changes apply at once and are saved for the next shell.
 */
import type { CmdletDefinition } from '../../repl/cmdlets/types.js';
import type { ConsoleColor } from '../../repl/host/host.js';
import { PSHashtable } from '../../repl/values/hashtable.js';
import { consoleColor, THEME_ROLES, type ThemeRole } from './theme.js';

const SGR_NAMES = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];

/** A colour value as an Ink colour, or undefined when it is not one we can show. */
export function colorValue(value: string): string | undefined {
  const trimmed = value.trim();
  if (/^#[0-9a-f]{6}$/i.test(trimmed)) return trimmed.toLowerCase();
  const console = Object.keys(CONSOLE_NAMES).find((n) => n.toLowerCase() === trimmed.toLowerCase());
  if (console) return consoleColor(console as ConsoleColor);
  const sgr = /^\x1b\[([\d;]+)m$/.exec(trimmed);
  if (!sgr) return undefined;
  const codes = sgr[1]!.split(';').map(Number);
  const rgb = codes.indexOf(38);
  if (rgb >= 0 && codes[rgb + 1] === 2 && codes.length >= rgb + 5) return '#' + codes.slice(rgb + 2, rgb + 5).map((c) => c.toString(16).padStart(2, '0')).join('');
  const fg = codes.find((c) => (c >= 30 && c <= 37) || (c >= 90 && c <= 97));
  if (fg === undefined) return undefined;
  return fg >= 90 ? (fg === 90 ? 'gray' : `${SGR_NAMES[fg - 90]}Bright`) : SGR_NAMES[fg - 30];
}

const CONSOLE_NAMES: Record<ConsoleColor, true> = {
  Black: true, DarkBlue: true, DarkGreen: true, DarkCyan: true, DarkRed: true, DarkMagenta: true, DarkYellow: true, Gray: true,
  DarkGray: true, Blue: true, Green: true, Cyan: true, Red: true, Magenta: true, Yellow: true, White: true,
};

/** PSReadLine's -Colors keys are the role names with a capital first letter. */
const roleOf = (key: string): ThemeRole | undefined => THEME_ROLES.find((r) => r.toLowerCase() === key.toLowerCase());

export function setPSReadLineOption(apply: (role: ThemeRole, color: string) => void): CmdletDefinition {
  return {
    name: 'Set-PSReadLineOption',
    synopsis: 'Customizes the behavior of command line editing in the shell (here: -Colors).',
    module: 'PSReadLine',
    parameters: [{ name: 'Colors', type: 'hashtable', description: 'Token and stream colours: ConsoleColor names, escape sequences or #rrggbb.' }],
    create(ctx) {
      return {
        process(params) {
          const colors = params['Colors'];
          if (!(colors instanceof PSHashtable)) return;
          for (const { key, value } of colors.entries()) {
            const role = roleOf(String(key));
            if (!role) {
              ctx.writeError(new Error(`'${String(key)}' is not a valid color property. Valid names: ${THEME_ROLES.map((r) => r[0]!.toUpperCase() + r.slice(1)).join(', ')}.`), { category: 'InvalidArgument', errorId: 'InvalidColorProperty' });
              continue;
            }
            const color = colorValue(String(value));
            if (!color) {
              ctx.writeError(new Error(`'${String(value)}' is not a valid color value for ${String(key)}: use a ConsoleColor name, an escape sequence or #rrggbb.`), { category: 'InvalidArgument', errorId: 'InvalidColorValue' });
              continue;
            }
            apply(role, color);
          }
        },
      };
    },
  };
}
