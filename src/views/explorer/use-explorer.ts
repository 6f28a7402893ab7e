/**
 * The explorer's behaviour: streams the source into the reducer in small
 * batches, binds keys to reducer actions per mode, follows terminal resizes,
 * and on leaving stops the source and reports the chosen rows.
 */
import { useEffect, useReducer, useRef } from 'react';
import { useInput, useStdout, type Key } from 'ink';
import { chosenObjects, explorerReducer, initialState, viewportHeight, type ExplorerAction, type ExplorerState } from './explorer-state.js';
import { exportView } from './export-view.js';
import { formatCount } from './explorer-layout.js';

export type OutputMode = 'None' | 'Single' | 'Multiple';

export interface ExplorerResult {
  chosen: unknown[];
  summary: string;
}

export interface UseExplorerOptions {
  title: string;
  source: AsyncIterable<unknown>;
  outputMode: OutputMode;
  /** The filter to start with (Out-ConsoleGridView -Filter). */
  filter?: string;
  onExit(result: ExplorerResult): void;
  /** Terminal size override (tests); otherwise stdout's, following resizes. */
  columns?: number;
  rows?: number;
  /** Turns a typed export file name into a path (the REPL resolves it against its location). */
  resolvePath?: (name: string) => string;
}

/** Rows arriving within this window reach the screen in one render. */
const BATCH_MS = 16;
const BATCH_MAX = 2000;

export function summaryLine(title: string, state: ExplorerState, chosen: number): string {
  const rows = `${formatCount(state.rowCount)} rows${state.complete ? '' : ' (stopped)'}`;
  return `${title} \u00b7 ${rows} \u00b7 ${formatCount(chosen)} chosen`;
}

function useSource(source: AsyncIterable<unknown>, dispatch: (a: ExplorerAction) => void) {
  const stop = useRef<() => void>(() => {});
  useEffect(() => {
    const iterator = source[Symbol.asyncIterator]();
    let stopped = false;
    let finished = false;
    let buffer: unknown[] = [];
    let timer: NodeJS.Timeout | undefined;
    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      if (buffer.length > 0 && !stopped) dispatch({ type: 'append', items: buffer });
      buffer = [];
    };
    void (async () => {
      try {
        while (!stopped) {
          const next = await iterator.next();
          if (next.done) break;
          buffer.push(next.value);
          if (buffer.length >= BATCH_MAX) flush();
          else timer ??= setTimeout(flush, BATCH_MS);
        }
      } catch (e) {
        if (!stopped) dispatch({ type: 'message', text: `The source stopped: ${(e as Error).message}` });
      } finally {
        finished = true;
        flush();
        if (!stopped) dispatch({ type: 'complete' });
      }
    })();
    stop.current = () => {
      if (stopped) return;
      stopped = true;
      clearTimeout(timer);
      // Leaving early cancels the upstream pipeline (and its paging).
      if (!finished) void iterator.return?.()?.catch(() => {});
    };
    return () => stop.current();
  }, [source, dispatch]);
  return stop;
}

export function useExplorer(options: UseExplorerOptions): ExplorerState {
  const { stdout } = useStdout();
  const size = stdout as unknown as { columns?: number; rows?: number };
  const width = options.columns ?? size.columns ?? 80;
  const height = options.rows ?? size.rows ?? 24;
  const [state, dispatch] = useReducer(explorerReducer, undefined, () => {
    const start = initialState(width, height);
    return options.filter ? explorerReducer(start, { type: 'setFilter', text: options.filter }) : start;
  });
  const stop = useSource(options.source, dispatch);
  const left = useRef(false);

  useEffect(() => {
    dispatch({ type: 'resize', width, height });
  }, [width, height]);

  useEffect(() => {
    if (options.columns !== undefined && options.rows !== undefined) return;
    const onResize = () => dispatch({ type: 'resize', width: options.columns ?? size.columns ?? 80, height: options.rows ?? size.rows ?? 24 });
    stdout.on('resize', onResize);
    return () => {
      stdout.off('resize', onResize);
    };
  }, [stdout, size, options.columns, options.rows]);

  // Leaving goes through the reducer so keys typed just before `q` are applied first.
  const { exit } = state;
  useEffect(() => {
    if (!exit || left.current) return;
    left.current = true;
    stop.current();
    const chosen = exit === 'cancel' ? [] : chosenObjects(state, options.outputMode);
    options.onExit({ chosen, summary: summaryLine(options.title, state, chosen.length) });
  }, [exit, state, options, stop]);
  const leave = (cancel: boolean) => dispatch({ type: 'leave', cancel });

  const onText = (input: string, key: Key) => {
    if (key.escape) return dispatch({ type: 'cancelInput' });
    if (key.return) {
      if (state.mode === 'filter-input') return dispatch({ type: 'applyFilter' });
      const name = state.draft.trim();
      dispatch({ type: 'back' });
      if (name === '') return;
      const path = options.resolvePath ? options.resolvePath(name) : name;
      void exportView(state, path).then((text) => dispatch({ type: 'message', text }));
      return;
    }
    if (key.backspace || key.delete) return dispatch({ type: 'draftBackspace' });
    if (input && !key.ctrl && !key.meta) dispatch({ type: 'draftType', text: input.replace(/[\r\n]/g, '') });
  };

  const onTable = (input: string, key: Key) => {
    if (key.upArrow) return dispatch({ type: 'move', delta: -1 });
    if (key.downArrow) return dispatch({ type: 'move', delta: 1 });
    if (key.pageUp) return dispatch({ type: 'page', direction: -1 });
    if (key.pageDown) return dispatch({ type: 'page', direction: 1 });
    if (key.home) return dispatch({ type: 'home' });
    if (key.end) return dispatch({ type: 'end' });
    if (key.leftArrow) return dispatch({ type: 'selectColumn', delta: -1 });
    if (key.rightArrow) return dispatch({ type: 'selectColumn', delta: 1 });
    if (key.return) return dispatch({ type: 'openDetails' });
    if (key.escape) return leave(true);
    if (key.ctrl || key.meta) return;
    if (input === ' ') return dispatch({ type: 'toggleMark' });
    if (input === '/') return dispatch({ type: 'startFilter' });
    if (input === 's') return dispatch({ type: 'sortSelected' });
    if (input === 'c') return dispatch({ type: 'openChooser' });
    if (input === 'e') return dispatch({ type: 'startExport' });
    if (input === 'q') return leave(false);
    if (/^[A-Z]$/.test(input)) return dispatch({ type: 'sortByLetter', letter: input });
  };

  useInput((input, key) => {
    if (left.current || state.exit) return;
    if (state.message && state.mode === 'table') dispatch({ type: 'message', text: undefined });
    switch (state.mode) {
      case 'filter-input':
      case 'export-input':
        return onText(input, key);
      case 'details':
        if (key.escape || input === 'q' || key.return) return dispatch({ type: 'back' });
        if (key.upArrow) return dispatch({ type: 'detailsScroll', delta: -1 });
        if (key.downArrow) return dispatch({ type: 'detailsScroll', delta: 1 });
        if (key.pageUp) return dispatch({ type: 'detailsScroll', delta: -viewportHeight(state) });
        if (key.pageDown) return dispatch({ type: 'detailsScroll', delta: viewportHeight(state) });
        return;
      case 'column-chooser':
        if (key.escape || key.return || input === 'c') return dispatch({ type: 'back' });
        if (key.upArrow) return dispatch({ type: 'chooserMove', delta: -1 });
        if (key.downArrow) return dispatch({ type: 'chooserMove', delta: 1 });
        if (input === ' ') return dispatch({ type: 'chooserToggle' });
        return;
      case 'table':
        // Keys typed faster than they are read (over SSH, key repeat) arrive as one string: apply each.
        if (input.length > 1 && !key.ctrl && !key.meta) {
          for (const ch of input) onTable(ch, key);
          return;
        }
        return onTable(input, key);
    }
  });

  return state;
}
