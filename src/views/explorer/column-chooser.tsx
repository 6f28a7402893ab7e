/** `c`: toggle which columns the table shows. */
import { Box, Text } from 'ink';
import { fit } from './explorer-layout.js';

export interface ColumnChooserProps {
  labels: string[];
  shown: number[];
  cursor: number;
  height: number;
  width: number;
}

export function ColumnChooser(props: ColumnChooserProps) {
  const top = Math.max(0, Math.min(props.cursor - props.height + 1, props.labels.length - props.height));
  const visible = props.labels.slice(top, top + props.height);
  const filler = Array.from({ length: Math.max(0, props.height - visible.length) }, () => ' ');
  return (
    <Box flexDirection="column">
      {visible.map((label, i) => {
        const index = top + i;
        const line = fit(`${props.shown.includes(index) ? '[x]' : '[ ]'} ${label}`, props.width);
        return <Text key={index} inverse={index === props.cursor}>{line}</Text>;
      })}
      {filler.map((line, i) => <Text key={`f${i}`}>{line}</Text>)}
    </Box>
  );
}
