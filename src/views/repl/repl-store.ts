/**
 * The state the InkHost shares with the React app: finished scrollback items
 * (for `<Static>`) and the live area (activities, progress bars, a pending
 * Read-Host, an open explorer). An external store, so the host can write from
 * anywhere and React renders at most once per frame.
 */
import type { ActivityUpdate, ExploreRequest } from '../../repl/host/host.js';
import type { Palette } from '../settings/theme.js';
import { Scrollback, type ScrollbackItem, type Segment } from './scrollback.js';

export interface ActivityState extends ActivityUpdate {
  startedAt: number;
}

export interface ProgressState {
  activity: string;
  status: string;
  percent: number | undefined;
}

export interface ReadLineState {
  prompt: string;
  secure: boolean;
  resolve(text: string): void;
  reject(reason: unknown): void;
}

export interface ExploreState {
  request: ExploreRequest;
  resolve(chosen: unknown[]): void;
}

export interface ReplSnapshot {
  items: ScrollbackItem[];
  activities: ActivityState[];
  progress: ProgressState[];
  readLine?: ReadLineState;
  explore?: ExploreState;
  /** Colours changed in this session (Set-PSReadLineOption -Colors). */
  palette?: Palette;
}

/** Output reaches the screen at most this often while a command streams. */
const FRAME_MS = 32;

export class ReplStore {
  private readonly scrollback = new Scrollback();
  private readonly listeners = new Set<() => void>();
  private snapshot: ReplSnapshot = { items: [], activities: [], progress: [] };
  private timer: NodeJS.Timeout | undefined;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ReplSnapshot => this.snapshot;

  write(segment: Segment, newline = true): void {
    this.scrollback.write(segment, newline);
    this.timer ??= setTimeout(() => this.flush(), FRAME_MS);
  }

  /** Writes a block (an echoed command) after everything written so far. */
  block(segments: Segment[]): void {
    this.scrollback.block(segments);
    this.flush();
  }

  /** Hands everything written so far to the view; `force` also ends an unfinished line. */
  flush(force = false): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.scrollback.seal(force);
    const items = this.scrollback.take();
    if (items.length) this.update({ items: [...this.snapshot.items, ...items] });
  }

  update(change: Partial<ReplSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const l of this.listeners) l();
  }

  activity(update: ActivityUpdate): void {
    const others = this.snapshot.activities.filter((a) => a.id !== update.id);
    if (update.done) return this.update({ activities: others });
    const previous = this.snapshot.activities.find((a) => a.id === update.id);
    this.update({ activities: [...others, { ...previous, ...update, startedAt: previous?.startedAt ?? Date.now() }] });
  }

  progress(activity: string, status: string, percent: number | undefined, completed: boolean): void {
    const others = this.snapshot.progress.filter((p) => p.activity !== activity);
    this.update({ progress: completed ? others : [...others, { activity, status, percent }] });
  }

  /** A command ended: its activities and progress bars go away with it. */
  endCommand(): void {
    this.flush(true);
    if (this.snapshot.activities.length || this.snapshot.progress.length) this.update({ activities: [], progress: [] });
  }
}
