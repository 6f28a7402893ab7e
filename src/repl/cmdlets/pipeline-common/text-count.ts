/** Measure-Object's text counts, with pwsh's definitions of a line and a word. */
const WHITESPACE = /\s/;

export function countCharacters(text: string, ignoreWhiteSpace: boolean): number {
  if (!ignoreWhiteSpace) return text.length;
  let n = 0;
  for (const c of text) if (!WHITESPACE.test(c)) n++;
  return n;
}

export function countWords(text: string): number {
  let words = 0;
  let inSpace = true;
  for (const c of text) {
    if (WHITESPACE.test(c)) inSpace = true;
    else {
      if (inSpace) words++;
      inSpace = false;
    }
  }
  return words;
}

/** 'a\nb' is two lines, 'a\n' one. */
export function countLines(text: string): number {
  if (text.length === 0) return 0;
  let lines = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lines++;
  return text.endsWith('\n') ? lines : lines + 1;
}
