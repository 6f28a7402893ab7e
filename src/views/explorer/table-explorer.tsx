/**
 * The table explorer: a fixed-height, virtualized view of a (streaming)
 * result. The frame always has the same number of lines, one fewer than the
 * terminal, so Ink redraws in place and never clears the screen.
 */
import { Box, Text } from 'ink';
import { ColumnChooser } from './column-chooser.js';
import { DetailsView } from './details-view.js';
import { detailsOf, viewportHeight, type ExplorerState } from './explorer-state.js';
import { fit, headerLine, tableLayout, usableWidth } from './explorer-layout.js';
import { FilterBar } from './filter-bar.js';
import { useExplorer, type UseExplorerOptions } from './use-explorer.js';

export type TableExplorerProps = UseExplorerOptions;

const HINTS: Record<ExplorerState['mode'], string> = {
  table: '\u2191\u2193 PgUp/PgDn Home/End move \u00b7 \u2190\u2192 column \u00b7 / filter \u00b7 s sort \u00b7 Enter details \u00b7 Space mark \u00b7 c columns \u00b7 e export \u00b7 q done \u00b7 Esc cancel',
  details: '\u2191\u2193 PgUp/PgDn scroll \u00b7 Esc back',
  'column-chooser': '\u2191\u2193 move \u00b7 Space show/hide \u00b7 Esc back',
  'filter-input': 'Enter apply \u00b7 Esc cancel \u00b7 regex, ! inverts',
  'export-input': 'Enter write (.json for JSON, else CSV) \u00b7 Esc cancel',
};

function Footer({ state }: { state: ExplorerState }) {
  const width = usableWidth(state);
  if (state.mode === 'filter-input') return <FilterBar label="Filter: /" text={state.draft} width={width} />;
  if (state.mode === 'export-input') return <FilterBar label="Export to: " text={state.draft} width={width} />;
  if (state.filterError && state.mode === 'table') return <Text color="red">{fit(state.filterError, width)}</Text>;
  if (state.message && state.mode === 'table') return <Text color="yellow">{fit(state.message, width)}</Text>;
  return <Text dimColor>{fit(HINTS[state.mode], width)}</Text>;
}

function TableBody({ state }: { state: ExplorerState }) {
  const layout = tableLayout(state);
  const size = viewportHeight(state);
  const { header, selected } = layout;
  const filler = Array.from({ length: Math.max(0, size - layout.rows.length) }, (_, i) => i);
  return (
    <Box flexDirection="column">
      <Text bold>
        {header.slice(0, selected.start)}
        <Text underline>{header.slice(selected.start, selected.end)}</Text>
        {header.slice(selected.end)}
      </Text>
      {layout.rows.map((row) => (
        <Text key={row.id} inverse={row.cursor} color={row.marked ? 'cyan' : undefined}>{row.text}</Text>
      ))}
      {filler.map((i) => (
        <Text key={`empty${i}`}>{i === 0 && state.view.length === 0 ? (state.complete ? '  (no rows)' : '  waiting for rows\u2026') : ' '}</Text>
      ))}
    </Box>
  );
}

export function TableExplorer(props: TableExplorerProps) {
  const state = useExplorer(props);
  const width = usableWidth(state);
  let body;
  if (state.mode === 'details') {
    const lines = detailsOf(state);
    body = (
      <Box flexDirection="column">
        <Text bold>{fit(`Row ${state.cursor + 1} of ${state.view.length} \u00b7 ${lines.length} properties`, width)}</Text>
        <DetailsView lines={lines} top={state.detailsTop} height={viewportHeight(state)} width={width} />
      </Box>
    );
  } else if (state.mode === 'column-chooser') {
    body = (
      <Box flexDirection="column">
        <Text bold>{fit('Columns', width)}</Text>
        <ColumnChooser labels={state.columns.map((c) => c.label)} shown={state.shown} cursor={state.chooserCursor} height={viewportHeight(state)} width={width} />
      </Box>
    );
  } else {
    body = <TableBody state={state} />;
  }
  return (
    <Box flexDirection="column">
      <Text bold color="green">{headerLine(state, props.title)}</Text>
      {body}
      <Footer state={state} />
    </Box>
  );
}
