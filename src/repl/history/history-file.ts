/**
 * The persistent command history shared by every exosh shell of the user: appended after
 * each command (one append per entry, under a lock, so two open shells interleave whole
 * entries), trimmed back to the newest `maxEntries` when it grows past them, private to
 * the user (file 0600 in a 0700 folder). Sensitive lines are never written.
 */
import { appendFileSync, chmodSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { decodeHistoryFile, encodeHistoryEntry } from './file-format.js';
import { isSensitiveHistoryLine } from './sensitive.js';
import { userDataDir } from './data-dir.js';
import { withFileLockSync } from './sync-lock.js';

/** PSReadLine's MaximumHistoryCount default. */
export const DEFAULT_MAX_HISTORY = 4096;

export interface HistoryFileOptions {
  path?: string;
  maxEntries?: number;
}

export function defaultHistoryPath(env: NodeJS.ProcessEnv = process.env): string {
  return join(userDataDir(env), 'history.txt');
}

export class HistoryFile {
  readonly path: string;
  readonly maxEntries: number;
  /**
   * The file size at which it probably holds more than maxEntries plus some slack; measured
   * on the file itself (not counted per process), so appends from other shells count too.
   */
  private trimCheckAt: number | undefined;

  constructor(o: HistoryFileOptions = {}) {
    this.path = o.path ?? defaultHistoryPath();
    this.maxEntries = Math.max(1, o.maxEntries ?? DEFAULT_MAX_HISTORY);
  }

  /** Oldest first, multi-line entries intact, at most `maxEntries`; a missing file is an empty history. */
  load(): string[] {
    const entries = this.readAll();
    return entries.slice(Math.max(0, entries.length - this.maxEntries));
  }

  /** False when the entry is blank or sensitive and so was not written. */
  append(entry: string): boolean {
    if (entry.trim() === '' || isSensitiveHistoryLine(entry)) return false;
    this.ensureFolder();
    withFileLockSync(this.lockPath, () => {
      appendFileSync(this.path, encodeHistoryEntry(entry), { mode: 0o600 });
      if (this.trimCheckAt === undefined || statSync(this.path).size > this.trimCheckAt) this.trimIfOver();
    });
    return true;
  }

  private get lockPath(): string {
    return `${this.path}.lock`;
  }

  /**
   * Rewrites the file with its newest entries when it holds too many (the caller holds the
   * lock; the rename keeps readers from seeing half a file), then sets the next size to check at.
   */
  private trimIfOver(): void {
    const entries = this.readAll();
    if (entries.length > this.maxEntries) {
      const kept = entries.slice(entries.length - this.maxEntries);
      const temp = `${this.path}.${process.pid}.tmp`;
      writeFileSync(temp, kept.map(encodeHistoryEntry).join(''), { mode: 0o600 });
      renameSync(temp, this.path);
      entries.splice(0, entries.length - this.maxEntries);
    }
    const size = statSync(this.path).size;
    const perEntry = size / Math.max(1, entries.length);
    // Trim again once the file probably holds 1/16 more than the cap, so a full history is not rewritten on every command.
    const slack = Math.max(1, Math.floor(this.maxEntries / 16));
    this.trimCheckAt = Math.max(size, Math.ceil(perEntry * (this.maxEntries + slack)));
  }

  private readAll(): string[] {
    try {
      return decodeHistoryFile(readFileSync(this.path, 'utf8'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  }

  private ensureFolder(): void {
    const dir = dirname(this.path);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      if ((statSync(this.path).mode & 0o777) !== 0o600) chmodSync(this.path, 0o600);
    } catch {
      // not created yet: appendFileSync creates it 0600
    }
  }
}
