/**
 * How typed text selects candidates and how candidates are written back: case-insensitive
 * prefix match, or a wildcard pattern when the word has `*`/`?` (`Get-*Mailbox`), and
 * quoting for values that would not survive as a bareword.
 */
import { wildcardToRegExp } from '../values/comparison.js';

/** A predicate over candidate names for the typed word. */
export function matcher(word: string): (name: string) => boolean {
  // Only * and ? make a pattern here: a `[` is too common in typed text to mean a range.
  if (/[*?]/.test(word)) {
    const re = wildcardToRegExp(word.endsWith('*') ? word : `${word}*`);
    return (name) => re.test(name);
  }
  const lower = word.toLowerCase();
  return (name) => name.toLowerCase().startsWith(lower);
}

/** Case-insensitive ordinal order, as PowerShell sorts command and variable names. */
export function byName(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

const NEEDS_QUOTES = /[\s'"`$(){};,|&<>]|^[-\u2013\u2014\u2015@#[]|^$/u;

/**
 * The text to insert for a value: as typed when it is a plain bareword, otherwise in the
 * quote the user opened (single quotes by default, doubling embedded ones).
 */
export function quoteValue(value: string, openQuote?: string): string {
  if (openQuote === '"') return `"${value.replace(/[`"$]/g, (c) => '`' + c)}"`;
  if (openQuote === "'" || NEEDS_QUOTES.test(value)) return `'${value.replace(/'/g, "''")}'`;
  return value;
}
