/** A row's every property (like `Format-List *`), scrolled to fit the viewport. */
import { Box, Text } from 'ink';
import { fit } from './explorer-layout.js';

export function DetailsView(props: { lines: string[]; top: number; height: number; width: number }) {
  const visible = props.lines.slice(props.top, props.top + props.height);
  const filler = Array.from({ length: Math.max(0, props.height - visible.length) }, () => '');
  return (
    <Box flexDirection="column">
      {[...visible, ...filler].map((line, i) => (
        <Text key={i}>{fit(line, props.width) || ' '}</Text>
      ))}
    </Box>
  );
}
