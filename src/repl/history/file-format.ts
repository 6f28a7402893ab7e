/**
 * PSReadLine's history file format: one entry per line; an entry that spans lines has a
 * backtick before each embedded newline, so a line ending in a backtick continues.
 */
export function encodeHistoryEntry(entry: string): string {
  return entry.replace(/\r?\n/g, '`\n') + '\n';
}

/** Entries oldest first; a final line still ending in a backtick (a torn write) is kept as typed so far. */
export function decodeHistoryFile(text: string): string[] {
  const entries: string[] = [];
  let pending: string[] = [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    if (line.endsWith('`')) {
      pending.push(line.slice(0, -1));
      continue;
    }
    pending.push(line);
    entries.push(pending.join('\n'));
    pending = [];
  }
  if (pending.length) entries.push(pending.join('\n'));
  return entries.filter((e) => e.trim() !== '');
}
