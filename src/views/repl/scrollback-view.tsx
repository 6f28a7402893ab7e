/**
 * Finished output, written once above the live area with `<Static>`:
 * echoed commands in their syntax colours, output, and the error, warning,
 * verbose and debug streams in their $PSStyle colours.
 */
import { Static, Text } from 'ink';
import { consoleColor, paint, type Palette, type ThemeRole } from '../settings/theme.js';
import { PaintedInput } from './painted-input.js';
import type { ScrollbackItem, Segment, SegmentKind } from './scrollback.js';

const ROLE: Partial<Record<SegmentKind, ThemeRole>> = {
  error: 'errorOutput', warning: 'warningOutput', verbose: 'verboseOutput', debug: 'debugOutput', summary: 'summary', cancel: 'error', prompt: 'prompt',
};

function segmentColor(s: Segment, palette: Palette): { color?: string; backgroundColor?: string } {
  if (!palette.color) return {};
  if (s.kind === 'host') return { color: consoleColor(s.fg), backgroundColor: consoleColor(s.bg) };
  const role = ROLE[s.kind];
  return role ? { color: paint(palette, role) } : {};
}

function Item({ item, palette }: { item: ScrollbackItem; palette: Palette }) {
  const [first, second] = item.segments;
  // An echoed command: its prompt, then the input with syntax colours (and maybe ^C).
  if (first?.kind === 'prompt' && second?.kind === 'input') {
    const suffix = item.segments[2];
    return <PaintedInput prompt={first.text} text={second.text} spans={second.spans ?? []} palette={palette} {...(suffix ? { suffix: { text: suffix.text, ...segmentColor(suffix, palette) } } : {})} />;
  }
  return (
    <Text>
      {item.segments.map((s, i) => (
        <Text key={i} {...segmentColor(s, palette)}>{s.text}</Text>
      ))}
    </Text>
  );
}

export function ScrollbackView({ items, palette }: { items: ScrollbackItem[]; palette: Palette }) {
  return <Static items={items}>{(item) => <Item key={item.id} item={item} palette={palette} />}</Static>;
}
