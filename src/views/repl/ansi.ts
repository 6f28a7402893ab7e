/**
 * SGR escape codes for the scrollback text, from the same colour names the
 * Ink components use ('red', 'yellowBright', 'gray', '#rrggbb').
 */

const BASE = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];

function colorCode(name: string, background: boolean): string | undefined {
  const offset = background ? 10 : 0;
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(name);
  if (hex) return `${background ? 48 : 38};2;${parseInt(hex[1]!, 16)};${parseInt(hex[2]!, 16)};${parseInt(hex[3]!, 16)}`;
  if (name === 'gray' || name === 'grey') return String(90 + offset);
  const bright = name.endsWith('Bright');
  const index = BASE.indexOf(bright ? name.slice(0, -'Bright'.length) : name);
  if (index < 0) return undefined;
  return String((bright ? 90 : 30) + index + offset);
}

export interface Style {
  color?: string | undefined;
  backgroundColor?: string | undefined;
  dim?: boolean;
}

/** The text wrapped in its style's codes (plain when there is no style); each line is closed so colours never bleed. */
export function styled(text: string, style: Style): string {
  const codes = [style.dim ? '2' : undefined, style.color ? colorCode(style.color, false) : undefined, style.backgroundColor ? colorCode(style.backgroundColor, true) : undefined].filter((c) => c !== undefined);
  if (codes.length === 0 || text === '') return text;
  const open = `\x1b[${codes.join(';')}m`;
  return text.split('\n').map((line) => (line ? `${open}${line}\x1b[0m` : line)).join('\n');
}
