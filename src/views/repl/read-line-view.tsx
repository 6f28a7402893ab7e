/**
 * Read-Host / Get-Credential / -Confirm while a command runs: the question
 * and what is typed so far (nothing for secure input, which echoes nothing,
 * as pwsh's masked prompt shows no characters over SSH either).
 */
import { Text, useInput, usePaste } from 'ink';
import { useReducer } from 'react';
import { editorReducer, emptyEditor } from './line-editor.js';
import { keyCommands } from './key-map.js';

export interface ReadLineViewProps {
  prompt: string;
  secure: boolean;
  onSubmit(text: string): void;
}

export function ReadLineView({ prompt, secure, onSubmit }: ReadLineViewProps) {
  const [editor, dispatch] = useReducer(editorReducer, emptyEditor());
  useInput((input, key) => {
    let state = editor;
    for (const command of keyCommands(input, key)) {
      if (command.type === 'enter') return onSubmit(state.text);
      const action = command.type === 'edit' ? command.action : command.type === 'right' || command.type === 'end' ? { type: command.type } : undefined;
      if (!action) continue;
      state = editorReducer(state, action);
      dispatch(action);
    }
  });
  usePaste((text) => dispatch({ type: 'insert', text: text.replace(/\r?\n/g, ' ') }));
  if (secure) return <Text>{prompt}</Text>;
  const { text, cursor } = editor;
  return (
    <Text>
      {prompt}
      {text.slice(0, cursor)}
      <Text inverse>{text[cursor] ?? ' '}</Text>
      {text.slice(cursor + 1)}
    </Text>
  );
}
