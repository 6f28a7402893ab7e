/**
 * Screen-cell arithmetic and line breaking shared by the table, list and wide
 * writers. East Asian wide characters take two cells, as in pwsh's
 * DisplayCells; everything else takes one.
 */

export const ELLIPSIS = '\u2026';

export function charCells(code: number): number {
  const wide = code >= 0x1100 && (
    code <= 0x115f ||
    code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0xa4cf && code !== 0x303f) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6));
  return wide ? 2 : 1;
}

const ANSI_SEQUENCE = /\x1b\[[0-9;?]*[A-Za-z]/g;
export const ANSI_RESET = '\x1b[0m';

/** A value carrying ANSI styling gets a reset after it, so the style does not leak into what follows. */
export function closeAnsi(s: string): string {
  return s.includes('\x1b') && !s.trimEnd().endsWith(ANSI_RESET) ? s + ANSI_RESET : s;
}

/** Cells a string occupies (ASCII fast path: its length); ANSI sequences take none. */
export function cellWidth(s: string): number {
  if (s.includes('\x1b')) s = s.replace(ANSI_SEQUENCE, '');
  let cells = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    cells += c < 0x1100 ? 1 : charCells(c);
  }
  return cells;
}

/** How many leading characters of `s` (from `offset`) fit in `cells`. */
export function fitFromHead(s: string, cells: number, offset = 0): number {
  let used = 0;
  let i = offset;
  for (; i < s.length; i++) {
    const w = charCells(s.charCodeAt(i));
    if (used + w > cells) break;
    used += w;
  }
  return i - offset;
}

/** How many trailing characters of `s` fit in `cells`. */
export function fitFromTail(s: string, cells: number): number {
  let used = 0;
  let n = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    const w = charCells(s.charCodeAt(i));
    if (used + w > cells) break;
    used += w;
    n++;
  }
  return n;
}

export function spaces(n: number): string {
  return n > 0 ? ' '.repeat(n) : '';
}

/** Splits on `\n`, dropping `\r`, as pwsh's SplitLines does. */
export function splitLines(s: string): string[] {
  return s.replace(/\r/g, '').split('\n');
}

/** A table cell shows only its first line, marked with an ellipsis when more follow. */
export function truncateAtNewLine(s: string): string {
  const i = s.search(/[\r\n]/);
  return i < 0 ? s : s.slice(0, i) + ELLIPSIS;
}

/**
 * Breaks a value into lines of at most `firstLen` then `nextLen` cells,
 * wrapping at spaces (a word keeps its trailing space, as in pwsh) and
 * splitting words longer than a line. Embedded newlines start new lines.
 */
export function wrapLines(value: string, firstLen: number, nextLen: number = firstLen): string[] {
  if (value === '') return [''];
  const out: string[] = [];
  for (const line of splitLines(value)) {
    if (cellWidth(line) <= firstLen) {
      out.push(line);
      continue;
    }
    wrapOneLine(line, firstLen, nextLen, out);
  }
  return out;
}

function wrapOneLine(line: string, firstLen: number, nextLen: number, out: string[]): void {
  let lineWidth = firstLen;
  let first = true;
  let left = lineWidth;
  let current = '';
  const nextLine = (): void => {
    if (first) {
      first = false;
      lineWidth = nextLen;
    }
  };
  for (const word of words(line)) {
    const w = cellWidth(word);
    if (lineWidth <= 0) {
      nextLine();
      if (lineWidth <= 0) break;
      left = lineWidth;
    }
    if (w > lineWidth) {
      for (const ch of word) {
        const cw = charCells(ch.charCodeAt(0));
        const c = cw > lineWidth ? '?' : ch;
        const cwFit = cw > lineWidth ? 1 : cw;
        if (cwFit > left) {
          out.push(current);
          current = c;
          nextLine();
          left = lineWidth - cwFit;
        } else {
          current += c;
          left -= cwFit;
        }
      }
    } else if (w > left) {
      out.push(current);
      current = word;
      nextLine();
      left = lineWidth - w;
    } else {
      current += word;
      left -= w;
    }
  }
  out.push(current);
}

/** Words with their trailing space or tab attached. */
function words(line: string): string[] {
  const result: string[] = [];
  let start = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ' ' || c === '\t') {
      result.push(line.slice(start, i + 1));
      start = i + 1;
    }
  }
  result.push(line.slice(start));
  return result;
}
