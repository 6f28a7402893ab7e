/**
 * The interactive shell: finished output written once above a small live
 * area that is either the prompt, the running command's status (spinner,
 * progress, a Read-Host question) or the table explorer.
 */
import { useInput, usePaste, useWindowSize } from 'ink';
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { Session } from '../../repl/engine/session.js';
import { TableExplorer } from '../explorer/table-explorer.js';
import type { Palette } from '../settings/theme.js';
import { PromptView } from './prompt-view.js';
import { ReadLineView } from './read-line-view.js';
import type { ReplStore } from './repl-store.js';
import { RunningStatus } from './running-status.js';
import type { ReplServices } from './services.js';
import { keyCommands, pasteCommand, type KeyCommand } from './key-map.js';
import { usePrompt, type ReplayControl } from './use-prompt.js';
import { useRunner } from './use-runner.js';
import { useScrollbackWriter } from './use-scrollback-writer.js';

export interface ReplAppProps {
  session: Session;
  store: ReplStore;
  services: ReplServices;
  palette: Palette;
  onExit(code: number): void;
  /** Commands of a saved session to step through before the normal prompt (exosh -Replay). */
  replay?: string[];
  /** Where SIGINT arrives from outside (kill -INT); it stops the running pipeline only. */
  signals?: NodeJS.EventEmitter;
  resolvePath?(name: string): string;
}

const TYPE_AHEAD_LIMIT = 4096;

function useReplay(commands: string[] | undefined, run: (text: string) => void, active: boolean): { control?: ReplayControl; position: string } {
  const [index, setIndex] = useState(0);
  const list = commands ?? [];
  if (!active || index >= list.length) return { position: '' };
  const next = list[index]!;
  return {
    position: `${index + 1} of ${list.length}`,
    control: {
      next,
      run: () => { setIndex(index + 1); run(next); },
      skip: () => setIndex(index + 1),
      stop: () => setIndex(list.length),
    },
  };
}

export function ReplApp({ session, store, services, palette: startPalette, onExit: exitShell, replay, signals, resolvePath }: ReplAppProps) {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const palette = snapshot.palette ?? startPalette;
  // Leaving draws an empty live area, so no stale prompt stays on the terminal after the shell ends.
  const [leaving, setLeaving] = useState(false);
  const onExit = useCallback((code: number) => {
    setLeaving(true);
    exitShell(code);
  }, [exitShell]);
  const { columns, rows } = useWindowSize();
  const runner = useRunner({ session, store, services, onExit });
  useScrollbackWriter(snapshot.items, palette);
  const prompt = services.prompt();
  const idle = !runner.running;
  const replaying = useReplay(replay, (text) => void runner.run(prompt, text), idle);

  const typeAhead = useRef<KeyCommand[]>([]);
  const state = usePrompt({
    services,
    isActive: idle,
    typeAhead,
    onSubmit: (text) => void runner.run(prompt, text),
    onCancel: (text) => runner.cancelLine(prompt, text),
    onExit: () => onExit(runner.lastExit.current),
    ...(replaying.control ? { replay: replaying.control } : {}),
  });

  // Ctrl+C arrives as a key in raw mode: while a command runs it stops the pipeline (and drops what was typed ahead).
  // Other keys wait for the prompt, unless a question or the explorer has them.
  const answering = snapshot.readLine !== undefined || snapshot.explore !== undefined;
  const queue = (commands: KeyCommand[]) => {
    if (typeAhead.current.length < TYPE_AHEAD_LIMIT) typeAhead.current.push(...commands);
  };
  useInput((input, key) => {
    if (key.ctrl && input === 'c') {
      typeAhead.current = [];
      return runner.interrupt();
    }
    if (!answering) queue(keyCommands(input, key));
  }, { isActive: !idle });
  // Without a paste listener Ink hands pasted text to useInput, where its newlines would run as Enters.
  usePaste((text) => queue([pasteCommand(text)]), { isActive: !idle && !answering });

  const interrupt = useRef(runner.interrupt);
  interrupt.current = runner.interrupt;
  const running = useRef(false);
  running.current = !idle;
  useEffect(() => {
    if (!signals) return;
    const onSigint = () => { if (running.current) interrupt.current(); };
    signals.on('SIGINT', onSigint);
    return () => { signals.off('SIGINT', onSigint); };
  }, [signals]);

  const onExplorerExit = useCallback((result: { chosen: unknown[]; summary: string }) => {
    const explore = store.getSnapshot().explore;
    store.write({ kind: 'summary', text: result.summary });
    store.flush(true);
    explore?.resolve(result.chosen);
  }, [store]);

  let live;
  if (leaving) {
    live = null;
  } else if (snapshot.explore) {
    const { request } = snapshot.explore;
    live = <TableExplorer title={request.title} source={request.source} outputMode={request.outputMode} onExit={onExplorerExit} {...(request.filter ? { filter: request.filter } : {})} {...(resolvePath ? { resolvePath } : {})} />;
  } else if (runner.running) {
    const question = snapshot.readLine;
    live = question
      ? <ReadLineView key={question.prompt} prompt={question.prompt} secure={question.secure} onSubmit={question.resolve} />
      : <RunningStatus startedAt={runner.running.startedAt} activities={snapshot.activities} progress={snapshot.progress} width={columns} palette={palette} />;
  } else {
    // The frame must stay shorter than the terminal (or Ink clears the screen): the input gets what the menu leaves.
    const inputLines = state.editor.text.split('\n').length;
    const menuRows = Math.max(2, Math.min(10, rows - Math.min(inputLines, rows - 4) - 2));
    live = (
      <PromptView
        state={state}
        prompt={prompt}
        services={services}
        palette={palette}
        width={columns}
        menuRows={menuRows}
        inputRows={Math.max(2, rows - 2 - (state.menu ? menuRows : 0) - (state.search || replaying.control ? 1 : 0))}
        {...(replaying.control ? { replay: { next: replaying.control.next, position: replaying.position } } : {})}
      />
    );
  }
  return live;
}
