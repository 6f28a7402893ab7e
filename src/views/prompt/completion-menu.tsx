/**
 * The completion menu under the prompt: candidates in a grid filled column by column, as
 * PSReadLine's MenuComplete lays them out, the selected one in inverse video, and a footer
 * with the selection's description (a parameter's type, a mailbox's display name). When the
 * grid is taller than `maxRows` it shows the window of rows that holds the selection and
 * its position in the footer, so the live area never grows past what it was given.
 */
import { Box, Text } from 'ink';
import type { CompletionCandidate } from '../../repl/completion/index.js';
import { fit } from '../explorer/explorer-layout.js';

const GAP = 2;

export interface MenuLayout {
  /** Each visible row: the candidate indexes shown in it, left to right. */
  rows: number[][];
  columnWidth: number;
  /** The selection's description and, when not every row fits, the position ("9-13 of 25 rows (100 items)"). */
  footer: string | undefined;
}

/** The grid for these candidates: pure, so the sizing rules are tested without rendering. */
export function menuLayout(candidates: readonly CompletionCandidate[], selected: number, width: number, maxRows: number): MenuLayout {
  const n = candidates.length;
  if (n === 0 || width <= 0 || maxRows <= 0) return { rows: [], columnWidth: 0, footer: undefined };
  const longest = Math.max(...candidates.map((c) => c.display.length));
  const columnWidth = Math.min(width, longest + GAP);
  const columns = Math.max(1, Math.floor((width + GAP) / columnWidth));
  const totalRows = Math.ceil(n / columns);
  const paged = totalRows > maxRows;
  const description = candidates[selected]?.description;
  const visible = paged ? Math.max(1, maxRows - 1) : totalRows;
  const selectedRow = Math.max(0, Math.min(n - 1, selected)) % totalRows;
  const top = Math.min(Math.max(0, selectedRow - visible + 1), totalRows - visible);
  const rows: number[][] = [];
  for (let r = top; r < top + visible; r++) {
    const row: number[] = [];
    for (let c = 0; c < columns; c++) {
      const index = c * totalRows + r;
      if (index < n) row.push(index);
    }
    rows.push(row);
  }
  const position = paged ? `${top + 1}-${top + visible} of ${totalRows} rows (${n} items)` : undefined;
  // Without paging the footer only shows when a row is left for it.
  const parts = [description, position].filter((p) => p);
  const footer = parts.length && (paged || visible < maxRows) ? parts.join(' \u00b7 ') : undefined;
  return { rows, columnWidth, footer };
}

export function CompletionMenu(props: { candidates: CompletionCandidate[]; selected: number; width: number; maxRows: number }) {
  const { candidates, selected, width } = props;
  const layout = menuLayout(candidates, selected, width, props.maxRows);
  const cellWidth = Math.min(layout.columnWidth, width);
  return (
    <Box flexDirection="column">
      {layout.rows.map((row, r) => (
        <Text key={r} wrap="truncate">
          {row.map((index, c) => {
            const last = c === row.length - 1;
            const label = fit(candidates[index]!.display, cellWidth - (last && cellWidth === width ? 0 : GAP));
            const cell = last ? label : label.padEnd(cellWidth);
            return index === selected ? (
              <Text key={index}>
                <Text inverse>{label}</Text>
                {cell.slice(label.length)}
              </Text>
            ) : (
              <Text key={index}>{cell}</Text>
            );
          })}
        </Text>
      ))}
      {layout.footer && <Text dimColor>{fit(layout.footer, width)}</Text>}
    </Box>
  );
}
