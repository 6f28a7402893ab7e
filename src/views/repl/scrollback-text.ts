/**
 * A finished scrollback item as the text written to the terminal: echoed
 * commands with their prompt and syntax colours (`>> ` before continuation
 * lines, as typed), output, and the streams in their $PSStyle colours.
 */
import { consoleColor, paint, type Palette, type ThemeRole } from '../settings/theme.js';
import { styled, type Style } from './ansi.js';
import { CONTINUATION_PROMPT, paintLines } from './painted-input.js';
import type { ScrollbackItem, Segment, SegmentKind } from './scrollback.js';

const ROLE: Partial<Record<SegmentKind, ThemeRole>> = {
  error: 'errorOutput', warning: 'warningOutput', verbose: 'verboseOutput', debug: 'debugOutput', summary: 'summary', cancel: 'error', prompt: 'prompt',
};

function segmentStyle(s: Segment, palette: Palette): Style {
  if (!palette.color) return {};
  if (s.kind === 'host') return { color: consoleColor(s.fg), backgroundColor: consoleColor(s.bg) };
  const role = ROLE[s.kind];
  return role ? { color: paint(palette, role) } : {};
}

function echoText(prompt: Segment, input: Segment, suffix: Segment | undefined, palette: Palette): string {
  const lines = paintLines(input.text, input.spans ?? [], palette);
  const text = lines.map((pieces, i) => {
    const lead = i === 0 ? styled(prompt.text, segmentStyle(prompt, palette)) : styled(CONTINUATION_PROMPT, { color: paint(palette, 'continuationPrompt') });
    return lead + pieces.map((p) => styled(p.text, { color: p.color })).join('');
  });
  return text.join('\n') + (suffix ? styled(suffix.text, segmentStyle(suffix, palette)) : '');
}

/** Erases the screen and the terminal's scrollback, cursor home, as Clear-Host does. */
export const CLEAR_SCREEN = '\x1b[2J\x1b[3J\x1b[H';

/** The text to write for an item, with its line ending. */
export function itemText(item: ScrollbackItem, palette: Palette): string {
  const [first, second, third] = item.segments;
  if (first?.kind === 'clear') return CLEAR_SCREEN;
  if (first?.kind === 'prompt' && second?.kind === 'input') return echoText(first, second, third, palette) + '\n';
  return item.segments.map((s) => styled(s.text, segmentStyle(s, palette))).join('') + '\n';
}
