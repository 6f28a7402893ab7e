/**
 * File-system paths: entries of the directory the typed word points into, relative ones
 * written from `./`, directories with a trailing `/`, quoted when they contain spaces or other characters a bareword cannot hold.
 */
import { readdirSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { byName, quoteValue } from './matching.js';
import type { CompletionCandidate } from './types.js';

/** Listing a huge directory on every Tab would stall the prompt; the menu cannot show more anyway. */
const MAX_ENTRIES = 500;

export function pathCandidates(cwd: string, word: string, quote?: string): CompletionCandidate[] {
  const slash = Math.max(word.lastIndexOf('/'), word.lastIndexOf('\\'));
  const dirPart = word.slice(0, slash + 1);
  const prefix = word.slice(slash + 1).toLowerCase();
  const expanded = dirPart.startsWith('~') ? homedir() + dirPart.slice(1) : dirPart;
  const dir = expanded === '' ? cwd : isAbsolute(expanded) ? expanded : resolve(cwd, expanded);
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  // pwsh writes relative completions from the current location: `rep` becomes `./report.csv`.
  const relativePrefix = /^(?:[/\\~.]|[A-Za-z]:)/.test(word) ? '' : './';
  const out: CompletionCandidate[] = [];
  for (const e of entries) {
    if (!e.name.toLowerCase().startsWith(prefix) || (e.name.startsWith('.') && !prefix.startsWith('.'))) continue;
    const isDir = e.isDirectory() || (e.isSymbolicLink() && isDirectory(resolve(dir, e.name)));
    const path = `${relativePrefix}${dirPart}${e.name}${isDir ? '/' : ''}`;
    out.push({ text: quoteValue(path, quote), display: `${e.name}${isDir ? '/' : ''}`, kind: 'path' });
    if (out.length >= MAX_ENTRIES) break;
  }
  return out.sort((a, b) => byName(a.display, b.display));
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
