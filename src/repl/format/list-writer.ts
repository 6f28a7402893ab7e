/**
 * One list-view entry: `Label : value` lines with the colons aligned, long
 * values wrapped under the value column, as pwsh's ListWriter does.
 */
import { cellWidth, closeAnsi, fitFromHead, spaces, splitLines, wrapLines } from './text.js';

const SEPARATOR = ' : ';

/** `labelStyle` wraps each label (with its ` : `) in ANSI styling, as $PSStyle.Formatting.FormatAccent. */
export function listEntryLines(labels: string[], values: string[], screenWidth: number, labelStyle?: { accent: string; reset: string }): string[] {
  if (labels.length === 0) return [];
  if (screenWidth - SEPARATOR.length - 2 < 0) return [];
  const maxLabel = screenWidth - SEPARATOR.length - 1;
  const labelWidth = Math.min(maxLabel, Math.max(...labels.map(cellWidth)));
  const fieldWidth = screenWidth - (labelWidth + SEPARATOR.length);
  const hanging = spaces(labelWidth + SEPARATOR.length);
  const out: string[] = [];
  labels.forEach((label, k) => {
    const w = cellWidth(label);
    const plainHead = (w <= labelWidth ? label + spaces(labelWidth - w) : label.slice(0, fitFromHead(label, labelWidth))) + SEPARATOR;
    const head = labelStyle && plainHead.trim() !== '' ? labelStyle.accent + plainHead + labelStyle.reset : plainHead;
    splitLines(values[k] ?? '').forEach((line, i) => {
      wrapLines(line, fieldWidth).forEach((part, j) => {
        out.push((i === 0 && j === 0 ? head : hanging) + closeAnsi(part));
      });
    });
  });
  return out;
}
