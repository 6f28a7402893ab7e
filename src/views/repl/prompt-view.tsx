/**
 * The prompt as drawn: the edit buffer in syntax colours with the cursor and
 * ghost suggestion, the Ctrl+R search line, the completion menu below, and
 * the replay hint while a saved session is stepped through.
 */
import { Box, Text } from 'ink';
import { CompletionMenu } from '../prompt/completion-menu.js';
import type { Palette } from '../settings/theme.js';
import { PaintedInput } from './painted-input.js';
import { ghostText, type PromptState } from './prompt-state.js';
import { searchPrompt, searchResult } from './reverse-search.js';
import type { ReplServices } from './services.js';

export interface PromptViewProps {
  state: PromptState;
  prompt: string;
  services: ReplServices;
  palette: Palette;
  width: number;
  /** Rows the menu may use, so the live area stays shorter than the terminal. */
  menuRows: number;
  /** Rows the input may use. */
  inputRows: number;
  replay?: { next: string; position: string };
}

export function PromptView({ state, prompt, services, palette, width, menuRows, inputRows, replay }: PromptViewProps) {
  const highlight = (text: string) => services.highlight?.(text) ?? [];
  if (replay) {
    return (
      <Box flexDirection="column">
        <PaintedInput prompt={prompt} text={replay.next} spans={highlight(replay.next)} palette={palette} maxLines={inputRows} />
        <Text dimColor>{`Replay ${replay.position}: Enter runs \u00b7 s skips \u00b7 q stops`}</Text>
      </Box>
    );
  }
  if (state.search) {
    const text = searchResult(state.search, state.history.entries);
    const at = state.search.match >= 0 ? Math.max(0, text.toLowerCase().indexOf(state.search.query.toLowerCase())) : text.length;
    return (
      <Box flexDirection="column">
        <PaintedInput prompt={prompt} text={text} spans={highlight(text)} palette={palette} cursor={at} maxLines={inputRows} />
        <Text>{searchPrompt(state.search)}<Text inverse> </Text></Text>
      </Box>
    );
  }
  const { text, cursor } = state.editor;
  const ghost = ghostText(state);
  return (
    <Box flexDirection="column">
      <PaintedInput prompt={prompt} text={text} spans={highlight(text)} palette={palette} cursor={cursor} maxLines={inputRows} {...(ghost ? { ghost } : {})} />
      {state.menu ? <CompletionMenu candidates={state.menu.candidates} selected={state.menu.selected} width={width} maxRows={menuRows} /> : null}
    </Box>
  );
}
