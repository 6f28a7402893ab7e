/**
 * Running what the user entered: echo it with its prompt into the
 * scrollback, save it to the history file, run it in the session, and come
 * back to the prompt (or leave after `exit`). Ctrl+C while it runs stops the
 * pipeline only: the session aborts (down to the HTTP calls), a pending
 * Read-Host is refused and an open explorer closes.
 */
import { useCallback, useRef, useState } from 'react';
import type { Session } from '../../repl/engine/session.js';
import type { ReplStore } from './repl-store.js';
import type { ReplServices } from './services.js';
import type { Segment } from './scrollback.js';

export interface Running {
  startedAt: number;
}

export interface UseRunnerOptions {
  session: Session;
  store: ReplStore;
  services: ReplServices;
  onExit(code: number): void;
}

export function echoSegments(prompt: string, text: string, services: ReplServices, suffix?: Segment): Segment[] {
  return [{ kind: 'prompt', text: prompt }, { kind: 'input', text, spans: services.highlight?.(text) ?? [] }, ...(suffix ? [suffix] : [])];
}

export function useRunner({ session, store, services, onExit }: UseRunnerOptions) {
  const [running, setRunning] = useState<Running | undefined>(undefined);
  const lastExit = useRef(0);

  const run = useCallback(async (prompt: string, text: string) => {
    store.block(echoSegments(prompt, text, services));
    if (text.trim() === '') return;
    services.history?.append(text);
    setRunning({ startedAt: Date.now() });
    let exited = false;
    try {
      const result = await session.run(text);
      lastExit.current = result.exitCode;
      exited = result.exited === true;
    } catch (e) {
      // The session reports errors itself; anything escaping is a bug worth a clear line, not a crash.
      store.write({ kind: 'error', text: (e as Error).message });
    } finally {
      store.endCommand();
      setRunning(undefined);
    }
    if (exited) onExit(lastExit.current);
  }, [session, store, services, onExit]);

  const interrupt = useCallback(() => {
    session.abort();
    const reason = session.state.abortController.signal.reason;
    const { readLine, explore } = store.getSnapshot();
    readLine?.reject(reason);
    if (explore) {
      store.write({ kind: 'summary', text: `${explore.request.title} \u00b7 stopped` });
      explore.resolve([]);
    }
  }, [session, store]);

  const cancelLine = useCallback((prompt: string, text: string) => {
    store.block(echoSegments(prompt, text, services, { kind: 'cancel', text: '^C' }));
  }, [store, services]);

  return { running, run, interrupt, cancelLine, lastExit };
}
