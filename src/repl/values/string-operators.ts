/**
 * -match/-notmatch, -replace, -split and -join (about_Comparison_Operators,
 * about_Split, about_Join). Regex operators are case-insensitive unless the
 * `c` variant is used.
 */
import { PSHashtable } from './hashtable.js';
import { PSList } from './list.js';
import { PSRegex } from './psregex.js';
import { PSRuntimeError } from './errors.js';
import { compileRegex, regexReplace, groupLayout, groupValue, escapeRegex, type RegexOptions } from './regex.js';
import { toPSString } from './to-string.js';
import { toNumber } from './convert.js';
import { TYPES } from './types.js';

function regexFor(pattern: unknown, caseSensitive: boolean, global = false): RegExp {
  if (pattern instanceof PSRegex) return pattern.regExp(global);
  return compileRegex(toPSString(pattern), { ignoreCase: !caseSensitive }, global);
}

/** $Matches for a successful match: .NET group numbers (and names) of the groups that took part. */
export function matchesTable(match: RegExpExecArray, re: RegExp): PSHashtable {
  const layout = groupLayout(re);
  const table = new PSHashtable();
  for (let n = layout.groups.length; n >= 0; n--) {
    const value = groupValue(match, layout, n);
    if (value === undefined) continue;
    const name = n === 0 ? null : layout.groups[n - 1]!.name;
    table.set(name ?? n, value);
  }
  return table;
}

export interface MatchResult {
  /** A boolean for a scalar left operand; the matching (or non-matching) elements for an array. */
  result: unknown;
  /** Set when a scalar was tested and the regex matched: the new $Matches. */
  matches?: PSHashtable;
}

/** `wantMatches` false skips building $Matches (nobody will read it). */
export function match(left: unknown, pattern: unknown, caseSensitive = false, negate = false, wantMatches = true): MatchResult {
  const re = regexFor(pattern, caseSensitive);
  if (Array.isArray(left) || left instanceof PSList) {
    const items = Array.isArray(left) ? left : left.items;
    return { result: items.filter((el) => re.test(toPSString(el)) !== negate) };
  }
  const m = re.exec(toPSString(left));
  if (!m) return { result: negate };
  return wantMatches ? { result: !negate, matches: matchesTable(m, re) } : { result: !negate };
}

/** -replace; `right` is the pattern, or [pattern] / [pattern, replacement]. */
export function replace(left: unknown, right: unknown, caseSensitive = false): unknown {
  let pattern: unknown = right;
  let replacement = '';
  if (Array.isArray(right)) {
    if (right.length > 2) {
      throw new PSRuntimeError(`The -replace operator allows only two elements to follow it, not ${right.length}.`, 'BadReplaceArgument', 'InvalidOperation');
    }
    pattern = right[0];
    replacement = toPSString(right[1]);
  }
  const re = regexFor(pattern, caseSensitive, true);
  const one = (v: unknown): string => regexReplace(toPSString(v), re, replacement);
  if (Array.isArray(left)) return left.map(one);
  if (left instanceof PSList) return left.items.map(one);
  return one(left);
}

function parseSplitOptions(value: unknown, caseSensitive: boolean): { simple: boolean; options: RegexOptions } {
  const names = (Array.isArray(value) ? value.map((v) => toPSString(v)) : toPSString(value).split(','))
    .map((s) => s.trim().toLowerCase()).filter(Boolean);
  const options: RegexOptions = { ignoreCase: !caseSensitive };
  let simple = false;
  for (const n of names) {
    if (n === 'simplematch') simple = true;
    else if (n === 'ignorecase') options.ignoreCase = true;
    else if (n === 'multiline') options.multiline = true;
    else if (n === 'singleline') options.singleline = true;
    else if (n === 'ignorepatternwhitespace') options.ignorePatternWhitespace = true;
    else if (n !== 'regexmatch' && n !== 'cultureinvariant' && n !== 'explicitcapture') {
      throw new PSRuntimeError(`Cannot convert value "${n}" to type "System.Management.Automation.SplitOptions".`, 'InvalidCastParseTargetInvocation', 'InvalidArgument');
    }
  }
  if (simple && (options.multiline || options.singleline || options.ignorePatternWhitespace)) {
    throw new PSRuntimeError('Cannot use RegexMatch options with SimpleMatch.', 'InvalidSplitOptionCombination', 'InvalidOperation');
  }
  return { simple, options };
}

/** Regex.Split with a maximum count; a negative count splits from the right. */
export function splitString(input: string, re: RegExp, max = 0): string[] {
  const matches: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(input); m; m = re.exec(input)) {
    // .NET does not split on an empty match at the very start or end twice; it keeps the empty pieces.
    matches.push(m);
    if (m[0] === '') re.lastIndex++;
    if (re.lastIndex > input.length) break;
  }
  let used = matches;
  if (max > 0) used = matches.slice(0, max - 1);
  else if (max < 0) used = matches.slice(Math.max(0, matches.length - (-max - 1)));
  const out: string[] = [];
  let pos = 0;
  for (const m of used) {
    out.push(input.slice(pos, m.index));
    for (let g = 1; g < m.length; g++) if (m[g] !== undefined) out.push(m[g]!);
    pos = m.index + m[0].length;
  }
  out.push(input.slice(pos));
  return out;
}

/** Binary -split: `right` is the delimiter or [delimiter, max, options]. */
export function split(left: unknown, right: unknown, caseSensitive = false): string[] {
  const args = Array.isArray(right) ? right : [right];
  const delimiter = args[0];
  const max = args.length > 1 && args[1] !== null ? Math.trunc(toNumber(args[1], TYPES.int)) : 0;
  const { simple, options } = parseSplitOptions(args[2], caseSensitive);
  const re = delimiter instanceof PSRegex
    ? delimiter.regExp(true)
    : compileRegex(simple ? escapeRegex(toPSString(delimiter)) : toPSString(delimiter), options, true);
  const inputs = Array.isArray(left) ? left : left instanceof PSList ? left.items : [left];
  const out: string[] = [];
  for (const v of inputs) out.push(...splitString(toPSString(v), re, max));
  return out;
}

/** Unary -split: whitespace-separated words, no empty entries at the ends. */
export function splitWhitespace(value: unknown): string[] {
  const inputs = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const v of inputs) {
    const s = toPSString(v).trim();
    out.push(...(s === '' ? [''] : s.split(/\s+/)));
  }
  return out;
}

/** -join; unary -join uses no separator. */
export function join(left: unknown, separator: unknown = ''): string {
  const sep = toPSString(separator);
  const items = Array.isArray(left) ? left : left instanceof PSList ? left.items : [left];
  return items.map((v) => toPSString(v, ' ', true)).join(sep);
}
