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

/** One character and its newline. */
const SHORTEST_ENTRY_BYTES = 2;

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
   * The file size below which it cannot yet hold too many entries; measured on the file
   * itself (not counted per process), so appends from other shells count too.
   */
  private trimCheckAt: number | undefined;
  private lastSize = 0;

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
      const size = statSync(this.path).size;
      // A file smaller than we last saw was trimmed by another shell: measure it afresh.
      if (this.trimCheckAt === undefined || size > this.trimCheckAt || size < this.lastSize) this.trimIfOver();
      else this.lastSize = size;
    });
    return true;
  }

  private get lockPath(): string {
    return `${this.path}.lock`;
  }

  /**
   * Rewrites the file with its newest `maxEntries` once it holds more than the cap plus some
   * slack (so a full history is not rewritten on every command); the caller holds the lock,
   * and the rename keeps readers from seeing half a file. Then sets the size to check at next:
   * the size at which the file could first be over, counting every entry as short as possible.
   */
  private trimIfOver(): void {
    const entries = this.readAll();
    const slack = Math.max(1, Math.floor(this.maxEntries / 16));
    let count = entries.length;
    if (count > this.maxEntries + slack) {
      const kept = entries.slice(count - this.maxEntries);
      const temp = `${this.path}.${process.pid}.tmp`;
      writeFileSync(temp, kept.map(encodeHistoryEntry).join(''), { mode: 0o600 });
      renameSync(temp, this.path);
      count = kept.length;
    }
    this.lastSize = statSync(this.path).size;
    this.trimCheckAt = this.lastSize + (this.maxEntries + slack - count) * SHORTEST_ENTRY_BYTES;
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
