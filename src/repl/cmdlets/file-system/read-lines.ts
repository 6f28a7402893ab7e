/**
 * Reads a text file line by line without loading it whole: the byte-order
 * mark (or -Encoding) picks the decoder, and lines end at \n, \r\n or \r as
 * .NET's StreamReader.ReadLine sees them. UTF-32 files are decoded whole.
 */
import { open, readFile } from 'node:fs/promises';
import { decodeText } from '../pipeline-common/text-file.js';

const CHUNK = 64 * 1024;

function decoderLabel(head: Buffer, encoding: string | undefined): string | null {
  if (head[0] === 0xff && head[1] === 0xfe && head[2] === 0 && head[3] === 0) return null;
  if (head[0] === 0 && head[1] === 0 && head[2] === 0xfe && head[3] === 0xff) return null;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  switch ((encoding ?? '').toLowerCase()) {
    case 'unicode': return 'utf-16le';
    case 'bigendianunicode': return 'utf-16be';
    case 'utf32': case 'bigendianutf32': return null;
    case 'ascii': case 'latin1': case 'ansi': return 'latin1';
    default: return 'utf-8';
  }
}

/** Splits decoded text into lines, carrying a partial line (and a trailing \r) between chunks. */
class LineSplitter {
  private pending = '';
  private lastWasCR = false;

  push(text: string): string[] {
    const lines: string[] = [];
    let start = 0;
    let i = 0;
    if (this.lastWasCR && text.startsWith('\n')) {
      start = 1;
      i = 1;
    }
    this.lastWasCR = false;
    for (; i < text.length; i++) {
      const ch = text[i];
      if (ch !== '\n' && ch !== '\r') continue;
      lines.push(this.pending + text.slice(start, i));
      this.pending = '';
      if (ch === '\r') {
        if (i + 1 < text.length) {
          if (text[i + 1] === '\n') i++;
        } else {
          this.lastWasCR = true;
        }
      }
      start = i + 1;
    }
    this.pending += text.slice(start);
    return lines;
  }

  finish(): string[] {
    return this.pending === '' ? [] : [this.pending];
  }
}

export async function readAllText(path: string, encoding?: string): Promise<string> {
  return decodeText(await readFile(path), encoding);
}

export async function* readLines(path: string, encoding?: string): AsyncGenerator<string> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    const first = await handle.read(buffer, 0, CHUNK, null);
    const label = decoderLabel(buffer.subarray(0, first.bytesRead), encoding);
    const splitter = new LineSplitter();
    if (label === null) {
      // UTF-32 has no streaming decoder in Node; these files are rare and small.
      yield* splitter.push(await readAllText(path, encoding));
      yield* splitter.finish();
      return;
    }
    const decoder = new TextDecoder(label);
    let bytes = first.bytesRead;
    while (bytes > 0) {
      yield* splitter.push(decoder.decode(buffer.subarray(0, bytes), { stream: true }));
      bytes = (await handle.read(buffer, 0, CHUNK, null)).bytesRead;
    }
    yield* splitter.push(decoder.decode());
    yield* splitter.finish();
  } finally {
    await handle.close();
  }
}
