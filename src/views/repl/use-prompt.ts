/**
 * The prompt's key handling: maps keys to the pure prompt reducer and does
 * the side effects — running a complete command (Enter on incomplete input
 * adds a `>> ` line instead), asking for completions, cancelling with ^C,
 * leaving with Ctrl+D on an empty line. Pasted text is inserted as is, so
 * pasted newlines never run anything.
 */
import { useEffect, useReducer, useRef } from 'react';
import { useInput, usePaste } from 'ink';
import { isIncompleteInput, parseScript } from '../../repl/syntax/index.js';
import { applyCompletion } from './completion-menu-state.js';
import { keyCommands, pasteCommand, type KeyCommand } from './key-map.js';
import { initialPrompt, promptReducer, type PromptAction, type PromptState } from './prompt-state.js';
import { searchResult } from './reverse-search.js';
import type { ReplServices } from './services.js';

export interface ReplayControl {
  next: string;
  run(): void;
  skip(): void;
  stop(): void;
}

export interface UsePromptOptions {
  services: ReplServices;
  isActive: boolean;
  onSubmit(text: string): void;
  /** Ctrl+C on the line: it stays on screen with ^C and is not run. */
  onCancel(text: string): void;
  onExit(): void;
  replay?: ReplayControl;
  /** Keys typed while a command ran, replayed in order once the prompt is back (type-ahead). */
  typeAhead?: { current: KeyCommand[] };
}

/** How long typed keys wait for a Tab completion's answer before it is dropped. */
const COMPLETION_WAIT_MS = 1500;

export const isComplete = (text: string): boolean => !isIncompleteInput(parseScript(text).diagnostics);

export function usePrompt(o: UsePromptOptions): PromptState {
  const [state, react] = useReducer(promptReducer, undefined, () => initialPrompt(o.services.history?.load() ?? []));
  // Keys can arrive several per tick (fast typing, SSH): each must see the state the previous one left.
  const stateRef = useRef(state);
  const dispatch = (a: PromptAction) => {
    stateRef.current = promptReducer(stateRef.current, a);
    react(a);
  };
  const completion = useRef<AbortController | undefined>(undefined);
  // Keys typed while Tab's answer is on its way wait for it, as PSReadLine's blocking completion makes them.
  const held = useRef<{ keys: KeyCommand[]; timer?: NodeJS.Timeout } | undefined>(undefined);
  useEffect(() => () => {
    completion.current?.abort();
    clearTimeout(held.current?.timer);
  }, []);

  const submitted = useRef(false);
  const submit = (text: string) => {
    submitted.current = true;
    dispatch({ type: 'submitted', text });
    o.onSubmit(text);
  };

  const release = () => {
    const waiting = held.current;
    if (!waiting) return;
    held.current = undefined;
    clearTimeout(waiting.timer);
    runCommands(waiting.keys);
  };

  /** A slow answer (an Exchange lookup) must not freeze the line: once keys wait too long, or on Ctrl+C, it is dropped. */
  const hold = (keys: KeyCommand[]) => {
    const waiting = held.current!;
    waiting.keys.push(...keys);
    const giveUp = () => {
      completion.current?.abort();
      release();
    };
    if (keys.some((k) => k.type === 'cancel')) return giveUp();
    waiting.timer ??= setTimeout(giveUp, COMPLETION_WAIT_MS);
  };

  const tab = (delta: 1 | -1) => {
    const current = stateRef.current;
    if (current.menu) return dispatch({ type: 'menu-move', delta });
    if (!o.services.complete) return;
    completion.current?.abort();
    const controller = (completion.current = new AbortController());
    const { text, cursor } = current.editor;
    held.current = { keys: [] };
    o.services.complete(text, cursor, controller.signal).then(
      (result) => {
        // An answer given up on, or one for a line that has changed since, is stale.
        if (controller.signal.aborted || stateRef.current.editor.text !== text) return;
        const outcome = applyCompletion(text, result);
        if (outcome.kind === 'none') return;
        dispatch({ type: 'edit', action: { type: 'replace', start: outcome.start, end: outcome.end, text: outcome.text } });
        if (outcome.menu) dispatch({ type: 'menu-open', menu: outcome.menu });
      },
      () => {},
    ).finally(() => {
      if (completion.current === controller) release();
    });
  };

  const onSearchKey = (command: KeyCommand) => {
    const current = stateRef.current;
    const search = current.search!;
    switch (command.type) {
      case 'search': return dispatch({ type: 'search-older' });
      case 'enter': return submit(searchResult(search, current.history.entries));
      case 'escape': case 'abort': return dispatch({ type: 'search-cancel' });
      case 'cancel':
        o.onCancel(searchResult(search, current.history.entries));
        return dispatch({ type: 'submitted', text: '' });
      case 'none': return;
      case 'paste': return dispatch({ type: 'search-type', text: command.text });
      case 'edit':
        if (command.action.type === 'insert') return dispatch({ type: 'search-type', text: command.action.text });
        if (command.action.type === 'backspace') return dispatch({ type: 'search-backspace' });
    }
    // Any other key takes the match into the line and then acts on it.
    dispatch({ type: 'search-accept' });
    onKey(command);
  };

  const onReplayKey = (command: KeyCommand, replay: ReplayControl) => {
    if (command.type === 'enter') {
      submitted.current = true;
      return replay.run();
    }
    if (command.type === 'cancel' || command.type === 'eof') return replay.stop();
    if (command.type === 'edit' && command.action.type === 'insert') {
      if (command.action.text.toLowerCase() === 's') replay.skip();
      else if (command.action.text.toLowerCase() === 'q') replay.stop();
    }
  };

  const onKey = (command: KeyCommand) => {
    const current = stateRef.current;
    if (current.search) return onSearchKey(command);
    if (current.menu) {
      if (command.type === 'enter') return dispatch({ type: 'menu-accept' });
      if (command.type === 'escape' || command.type === 'abort') return dispatch({ type: 'menu-close' });
      if (command.type === 'up') return dispatch({ type: 'menu-move', delta: -1 });
      if (command.type === 'down') return dispatch({ type: 'menu-move', delta: 1 });
    }
    const { text } = current.editor;
    switch (command.type) {
      case 'edit': return dispatch(command);
      case 'paste': return dispatch({ type: 'edit', action: { type: 'insert', text: command.text } });
      case 'up': case 'down': case 'right': case 'end': return dispatch({ type: command.type });
      case 'search': return dispatch({ type: 'search-start' });
      case 'tab': return tab(command.delta);
      case 'enter':
        if (text.trim() !== '' && !isComplete(text)) return dispatch({ type: 'edit', action: { type: 'insert', text: '\n' } });
        return submit(text);
      case 'escape': return dispatch({ type: 'edit', action: { type: 'set', text: '' } });
      case 'cancel':
        o.onCancel(text);
        return dispatch({ type: 'submitted', text: '' });
      case 'eof':
        if (text === '') return o.onExit();
        return dispatch({ type: 'edit', action: { type: 'delete' } });
      case 'abort': case 'none': return;
    }
  };

  const runCommands = (commands: KeyCommand[]) => {
    submitted.current = false;
    for (const [i, command] of commands.entries()) {
      // Keys after a run command wait for the prompt to come back, as a console's type-ahead does.
      if (submitted.current) {
        o.typeAhead?.current.unshift(...commands.slice(i));
        return;
      }
      if (held.current) return hold(commands.slice(i));
      if (o.replay) onReplayKey(command, o.replay);
      else onKey(command);
    }
  };

  useInput((input, key) => runCommands(keyCommands(input, key)), { isActive: o.isActive });

  useEffect(() => {
    const queue = o.typeAhead?.current;
    if (o.isActive && queue?.length) runCommands(queue.splice(0));
  });

  usePaste((text) => runCommands([pasteCommand(text)]), { isActive: o.isActive });

  return state;
}
