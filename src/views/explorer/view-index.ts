/**
 * The visible index list: which rows the viewport shows, in which order.
 * Filtering and sorting run over precomputed cell text and sort keys, so a
 * 100,000-row table re-filters in one pass and appended rows are merged in
 * without touching the rest.
 */

export interface IndexedRow {
  id: number;
  obj: unknown;
  cells: string[];
}

export type Matcher = (row: IndexedRow) => boolean;

export interface CompiledFilter {
  matcher?: Matcher;
  error?: string;
}

/**
 * A case-insensitive regex over the shown columns; `!` in front inverts it.
 * An invalid pattern yields an error message instead of a matcher.
 */
export function compileFilter(text: string, shown: number[]): CompiledFilter {
  if (text === '' || text === '!') return {};
  const invert = text.startsWith('!');
  const source = invert ? text.slice(1) : text;
  let re: RegExp;
  try {
    re = new RegExp(source, 'i');
  } catch (e) {
    return { error: `Invalid filter: ${(e as Error).message}` };
  }
  return {
    matcher: (row) => {
      let hit = false;
      for (const c of shown) {
        if (re.test(row.cells[c])) {
          hit = true;
          break;
        }
      }
      return hit !== invert;
    },
  };
}

export interface SortSpec {
  column: number;
  descending: boolean;
}

/** Sort key: numbers compare numerically and before text; text case-insensitively. */
export type SortKey = number | string;

export function sortKeyOf(value: unknown, text: string): SortKey {
  if (typeof value === 'number' && !Number.isNaN(value)) return value;
  if (typeof value === 'bigint') return Number(value);
  return text.toLowerCase();
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number') return typeof b === 'number' ? a - b : -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A comparator over row ids; ties keep arrival order (a stable sort either way). */
export function rowComparator(keys: SortKey[], descending: boolean): (a: number, b: number) => number {
  return (a, b) => {
    const c = compareKeys(keys[a], keys[b]);
    if (c !== 0) return descending ? -c : c;
    return a - b;
  };
}

/** Merge ids (already sorted by `cmp`) into a sorted list, in one pass. */
export function mergeSorted(sorted: number[], added: number[], cmp: (a: number, b: number) => number): number[] {
  const out = new Array<number>(sorted.length + added.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < sorted.length && j < added.length) out[k++] = cmp(sorted[i], added[j]) <= 0 ? sorted[i++] : added[j++];
  while (i < sorted.length) out[k++] = sorted[i++];
  while (j < added.length) out[k++] = added[j++];
  return out;
}
