import * as fs from 'node:fs';
import * as path from 'node:path';
import { crc32 } from 'node:zlib';

/**
 * An append-only, fsync'd journal of changes over the deterministic seed.
 * Each line is `<crc32 hex> <json>`; a line whose checksum does not match
 * (a write torn by a crash) ends the log, and the file is truncated back to
 * the last whole entry, so the store is never left corrupt.
 */
export class Journal {
  private fd: number;

  private constructor(
    readonly file: string,
    fd: number,
  ) {
    this.fd = fd;
  }

  /** Opens (creating if needed) the journal and returns it with the entries it holds. */
  static open(file: string): { journal: Journal; entries: unknown[] } {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const entries: unknown[] = [];
    let goodLength = 0;
    if (fs.existsSync(file)) {
      const data = fs.readFileSync(file);
      let start = 0;
      while (start < data.length) {
        const end = data.indexOf(0x0a, start);
        if (end < 0) break;
        const entry = parseLine(data.subarray(start, end).toString('utf8'));
        if (entry === undefined) break;
        entries.push(entry);
        start = end + 1;
        goodLength = start;
      }
      if (goodLength < data.length) fs.truncateSync(file, goodLength);
    }
    const fd = fs.openSync(file, 'a');
    return { journal: new Journal(file, fd), entries };
  }

  append(entry: unknown): void {
    const json = JSON.stringify(entry, replacer);
    const line = `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
    fs.writeSync(this.fd, line);
    fs.fsyncSync(this.fd);
  }

  close(): void {
    if (this.fd >= 0) fs.closeSync(this.fd);
    this.fd = -1;
  }
}

function parseLine(line: string): unknown {
  const space = line.indexOf(' ');
  if (space !== 8) return undefined;
  const json = line.slice(9);
  if (crc32(json).toString(16).padStart(8, '0') !== line.slice(0, 8)) return undefined;
  try {
    return JSON.parse(json, reviver);
  } catch {
    return undefined;
  }
}

/** Dates survive the round trip as `{"$date": iso}`. */
function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Date ? { $date: raw.toISOString() } : value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === '$date') return new Date((value as { $date: string }).$date);
  }
  return value;
}
