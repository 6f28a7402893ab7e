/**
 * Up/Down through history as a pure state: the entries (oldest first), where
 * we are, and the line being typed before the first Up so Down can return to it.
 */

export interface HistoryNav {
  entries: string[];
  /** entries.length means "not browsing": the user's own line. */
  index: number;
  draft: string;
}

export const startHistory = (entries: string[]): HistoryNav => ({ entries, index: entries.length, draft: '' });

/** Adds a run command (consecutive duplicates collapse, as PSReadLine's HistoryNoDuplicates) and stops browsing. */
export function remember(nav: HistoryNav, entry: string): HistoryNav {
  const entries = entry.trim() === '' || nav.entries.at(-1) === entry ? nav.entries : [...nav.entries, entry];
  return { entries, index: entries.length, draft: '' };
}

/** Older (-1) or newer (+1); returns the text to show, or undefined at either end. */
export function step(nav: HistoryNav, current: string, delta: -1 | 1): { nav: HistoryNav; text: string } | undefined {
  const index = nav.index + delta;
  if (index < 0 || index > nav.entries.length) return undefined;
  const draft = nav.index === nav.entries.length ? current : nav.draft;
  const text = index === nav.entries.length ? draft : nav.entries[index]!;
  return { nav: { ...nav, index, draft }, text };
}

export const stopBrowsing = (nav: HistoryNav): HistoryNav => (nav.index === nav.entries.length ? nav : { ...nav, index: nav.entries.length, draft: '' });

/** The ghost text: the rest of the newest entry that starts with what was typed. */
export function suggestion(entries: readonly string[], typed: string): string | undefined {
  if (typed.trim() === '') return undefined;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i]!;
    if (e.length > typed.length && e.startsWith(typed)) return e.slice(typed.length);
  }
  return undefined;
}
