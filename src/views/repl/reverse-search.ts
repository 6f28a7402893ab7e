/**
 * Ctrl+R incremental reverse search (PSReadLine's ReverseSearchHistory):
 * typing narrows the query, Ctrl+R again looks further back, a query with no
 * match shows as failed and keeps the last match.
 */

export interface ReverseSearch {
  query: string;
  /** Index into the entries of the shown match, or -1 when none has matched yet. */
  match: number;
  failed: boolean;
  /** The line being edited when the search started (restored on cancel). */
  original: string;
}

export const startSearch = (original: string): ReverseSearch => ({ query: '', match: -1, failed: false, original });

/** Newest entry at or before `from` containing the query, case-insensitive (HistorySearchCaseSensitive is false by default). */
function findBack(entries: readonly string[], query: string, from: number): number {
  const q = query.toLowerCase();
  for (let i = Math.min(from, entries.length - 1); i >= 0; i--) if (entries[i]!.toLowerCase().includes(q)) return i;
  return -1;
}

export function typeInSearch(s: ReverseSearch, entries: readonly string[], query: string): ReverseSearch {
  if (query === '') return { ...s, query, failed: false, match: -1 };
  const from = s.match >= 0 ? s.match : entries.length - 1;
  const found = findBack(entries, query, from);
  return found >= 0 ? { ...s, query, match: found, failed: false } : { ...s, query, failed: true };
}

/** Ctrl+R again: the next older match of the same query. */
export function searchOlder(s: ReverseSearch, entries: readonly string[]): ReverseSearch {
  if (s.query === '') return s;
  const found = findBack(entries, s.query, (s.match >= 0 ? s.match : entries.length) - 1);
  return found >= 0 ? { ...s, match: found, failed: false } : { ...s, failed: true };
}

/** The line the search currently shows. */
export const searchResult = (s: ReverseSearch, entries: readonly string[]): string => (s.match >= 0 ? entries[s.match]! : s.original);

export const searchPrompt = (s: ReverseSearch): string => `${s.failed ? 'failed-' : ''}bck-i-search: ${s.query}`;
