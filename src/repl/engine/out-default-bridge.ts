/**
 * The engine's use of the formatter: top-level output goes through one
 * OutDefault per run, and `> file` renders collected output to text.
 */
import { OutDefault } from '../format/out-default.js';

export { OutDefault };

export function formatToText(items: readonly unknown[], width: number): string {
  let text = '';
  const out = new OutDefault({ width, write: (line) => { text += line + '\n'; }, groupingMs: 0 });
  for (const item of items) out.push(item);
  out.flush();
  return text;
}
