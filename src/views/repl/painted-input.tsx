/**
 * A command as the user sees it: the prompt, the text in syntax colours,
 * `>> ` before continuation lines, and optionally the cursor and the dimmed
 * history suggestion. Used for the live prompt and for the echo in the
 * scrollback, so both look the same.
 */
import { Box, Text } from 'ink';
import { paint, type Palette } from '../settings/theme.js';
import type { HighlightSpan as Span } from '../../repl/highlight/index.js';

export const CONTINUATION_PROMPT = '>> ';

interface Piece {
  text: string;
  color?: string;
  cursor?: boolean;
}

/** Splits the text into coloured pieces per line, marking the character under the cursor. */
export function paintLines(text: string, spans: readonly Span[], palette: Palette, cursor?: number): Piece[][] {
  const lines: Piece[][] = [[]];
  const push = (piece: Piece) => {
    const parts = piece.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines.at(-1)!.push({ ...piece, text: part });
    });
  };
  const covered = spans.length ? spans : [{ start: 0, end: text.length, kind: 'text' as const }];
  for (const span of covered) {
    const color = paint(palette, span.kind);
    const slice = (from: number, to: number) => text.slice(Math.max(from, span.start), Math.min(to, span.end));
    if (cursor === undefined || cursor < span.start || cursor >= span.end) {
      push({ text: slice(span.start, span.end), color });
      continue;
    }
    push({ text: slice(span.start, cursor), color });
    // A newline under the cursor shows as a block at the end of its line.
    if (text[cursor] === '\n') push({ text: ' ', cursor: true }), push({ text: '\n' });
    else push({ text: text[cursor]!, color, cursor: true });
    push({ text: slice(cursor + 1, span.end), color });
  }
  if (cursor !== undefined && cursor >= text.length) lines.at(-1)!.push({ text: ' ', cursor: true });
  return lines;
}

export interface PaintedInputProps {
  prompt: string;
  text: string;
  spans: readonly Span[];
  palette: Palette;
  cursor?: number;
  ghost?: string;
  /** Shown after the text, e.g. the red ^C of a cancelled line. */
  suffix?: { text: string; color?: string };
  /** At most this many lines are drawn (a window around the cursor), so a long paste never makes the live area taller than the terminal. */
  maxLines?: number;
}

/** The first line of the window of `size` lines that keeps line `at` in view, and the window's size. */
export function lineWindow(total: number, at: number, size: number): { start: number; size: number } {
  if (total <= size) return { start: 0, size: total };
  const shown = Math.max(1, size - 1);
  return { start: Math.max(0, Math.min(at - Math.floor(shown / 2), total - shown)), size: shown };
}

export function PaintedInput({ prompt, text, spans, palette, cursor, ghost, suffix, maxLines }: PaintedInputProps) {
  // With a suggestion the cursor sits on its first character, as PSReadLine draws it.
  const ghostCursor = ghost !== undefined && ghost !== '' && cursor === text.length;
  const lines = paintLines(text, spans, palette, ghostCursor ? undefined : cursor);
  const ghostColor = paint(palette, 'inlinePrediction');
  const continuation = paint(palette, 'continuationPrompt');
  const cursorAt = cursor === undefined ? lines.length - 1 : text.slice(0, cursor).split('\n').length - 1;
  const view = lineWindow(lines.length, cursorAt, maxLines ?? lines.length);
  const clipped = view.size < lines.length;
  return (
    <Box flexDirection="column">
      {clipped ? <Text dimColor>{`(lines ${view.start + 1}-${view.start + view.size} of ${lines.length})`}</Text> : null}
      {Array.from({ length: view.size }, (_, k) => view.start + k).map((i) => (
        <Text key={i}>
          {i === 0 ? <Text color={paint(palette, 'prompt')}>{prompt}</Text> : <Text color={continuation}>{CONTINUATION_PROMPT}</Text>}
          {lines[i]!.map((p, j) => (
            <Text key={j} color={p.color} inverse={p.cursor}>{p.text}</Text>
          ))}
          {i === lines.length - 1 && ghost ? (
            <Text color={ghostColor} dimColor>
              <Text inverse={ghostCursor}>{ghost[0]}</Text>
              {ghost.slice(1)}
            </Text>
          ) : null}
          {i === lines.length - 1 && suffix ? <Text color={suffix.color}>{suffix.text}</Text> : null}
        </Text>
      ))}
    </Box>
  );
}
