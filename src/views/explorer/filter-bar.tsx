/** The one-line prompt at the bottom while typing a filter or an export file name. */
import { Text } from 'ink';
import { fit } from './explorer-layout.js';

export function FilterBar(props: { label: string; text: string; width: number }) {
  const room = Math.max(1, props.width - props.label.length - 1);
  // Long input scrolls so the end (where the caret is) stays visible.
  const shown = props.text.length < room ? props.text : props.text.slice(props.text.length - room + 1);
  return (
    <Text>
      <Text bold>{props.label}</Text>
      {fit(shown, room - 1)}
      <Text inverse> </Text>
    </Text>
  );
}
