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
  /** Entries in the file as far as this process knows (others append too); decides when to re-read and trim. */
  private knownEntries: number | undefined;

  constructor(o: HistoryFileOptions = {}) {
    this.path = o.path ?? defaultHistoryPath();
    this.maxEntries = Math.max(1, o.maxEntries ?? DEFAULT_MAX_HISTORY);
  }

  /** Oldest first, multi-line entries intact, at most `maxEntries`; a missing file is an empty history. */
  load(): string[] {
    const entries = this.readAll();
    this.knownEntries = entries.length;
    return entries.slice(Math.max(0, entries.length - this.maxEntries));
  }

  /** False when the entry is blank or sensitive and so was not written. */
  append(entry: string): boolean {
    if (entry.trim() === '' || isSensitiveHistoryLine(entry)) return false;
    this.ensureFolder();
    withFileLockSync(this.lockPath, () => {
      appendFileSync(this.path, encodeHistoryEntry(entry), { mode: 0o600 });
      this.knownEntries ??= this.readAll().length - 1;
      this.knownEntries++;
      // Trim with some slack so a full history is not rewritten on every command.
      if (this.knownEntries > this.maxEntries + this.slack) this.trim();
    });
    return true;
  }

  private get slack(): number {
    return Math.max(1, Math.floor(this.maxEntries / 16));
  }

  private get lockPath(): string {
    return `${this.path}.lock`;
  }

  /** Rewrites the file with its newest entries; the caller holds the lock, and the rename keeps readers from seeing half a file. */
  private trim(): void {
    const entries = this.readAll();
    const kept = entries.slice(Math.max(0, entries.length - this.maxEntries));
    const temp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temp, kept.map(encodeHistoryEntry).join(''), { mode: 0o600 });
    renameSync(temp, this.path);
    this.knownEntries = kept.length;
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
