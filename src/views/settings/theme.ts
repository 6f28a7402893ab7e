/**
 * Colours of the interactive shell by role, like $PSStyle and PSReadLine's
 * -Colors: syntax tokens, the output streams, the prompt. Values are Ink
 * colour names ('yellowBright', 'gray', '#ff8800'); `color: false` (NO_COLOR)
 * turns every one off.
 */
import type { ConsoleColor } from '../../repl/host/host.js';

export const THEME_ROLES = [
  'command', 'parameter', 'string', 'variable', 'operator', 'number', 'keyword', 'comment', 'type', 'member', 'error', 'text',
  'prompt', 'continuationPrompt', 'inlinePrediction',
  'errorOutput', 'warningOutput', 'verboseOutput', 'debugOutput', 'progress', 'summary',
] as const;
export type ThemeRole = (typeof THEME_ROLES)[number];
export type Theme = Record<ThemeRole, string | undefined>;

/** PSReadLine's default token colours and $PSStyle.Formatting's stream colours. */
export const DEFAULT_THEME: Theme = {
  command: 'yellowBright', parameter: 'gray', string: 'cyan', variable: 'greenBright', operator: 'gray', number: 'whiteBright',
  keyword: 'greenBright', comment: 'green', type: 'white', member: 'white', error: 'redBright', text: undefined,
  prompt: undefined, continuationPrompt: undefined, inlinePrediction: 'gray',
  errorOutput: 'redBright', warningOutput: 'yellowBright', verboseOutput: 'yellowBright', debugOutput: 'yellowBright', progress: 'yellow', summary: 'green',
};

const CONSOLE_COLORS: Record<ConsoleColor, string> = {
  Black: 'black', DarkBlue: 'blue', DarkGreen: 'green', DarkCyan: 'cyan', DarkRed: 'red', DarkMagenta: 'magenta', DarkYellow: 'yellow', Gray: 'white',
  DarkGray: 'gray', Blue: 'blueBright', Green: 'greenBright', Cyan: 'cyanBright', Red: 'redBright', Magenta: 'magentaBright', Yellow: 'yellowBright', White: 'whiteBright',
};

/** Write-Host's -ForegroundColor names as Ink colours. */
export const consoleColor = (c: ConsoleColor | undefined): string | undefined => (c ? CONSOLE_COLORS[c] : undefined);

/** NO_COLOR set to anything non-empty turns colour off (no-color.org). */
export const colorEnabled = (env: NodeJS.ProcessEnv): boolean => !env['NO_COLOR'];

export interface Palette {
  color: boolean;
  theme: Theme;
}

/** The colour for a role, or undefined when colour is off. */
export const paint = (p: Palette, role: ThemeRole): string | undefined => (p.color ? p.theme[role] : undefined);
