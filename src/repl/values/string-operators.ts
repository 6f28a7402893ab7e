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
import { PSObject } from './psobject.js';
import { matchObject } from './regex-objects.js';
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

/**
 * -replace; `right` is the pattern, or [pattern] / [pattern, replacement].
 * `evaluator` turns a non-string replacement (a script block) into a
 * function of the Match object, as PowerShell 6+ allows.
 */
export function replace(left: unknown, right: unknown, caseSensitive = false, evaluator?: (replacement: unknown) => ((match: PSObject) => unknown) | undefined): unknown {
  let pattern: unknown = right;
  let replacement: unknown = '';
  if (Array.isArray(right)) {
    if (right.length > 2) {
      throw new PSRuntimeError(`The -replace operator allows only two elements to follow it, not ${right.length}.`, 'BadReplaceArgument', 'InvalidOperation');
    }
    pattern = right[0];
    replacement = right.length > 1 ? right[1] : '';
  }
  const re = regexFor(pattern, caseSensitive, true);
  const fn = evaluator?.(replacement);
  const text = toPSString(replacement);
  const one = fn
    ? (v: unknown): string => toPSString(v).replace(re, (...m: unknown[]) => toPSString(fn(matchObject(execAt(m), re))))
    : (v: unknown): string => regexReplace(toPSString(v), re, text);
  if (Array.isArray(left)) return left.map(one);
  if (left instanceof PSList) return left.items.map(one);
  return one(left);
}

function parseSplitOptions(value: unknown, caseSensitive: boolean): { simple: boolean; options: RegexOptions } {
  const names = (Array.isArray(value) ? value.map((v) => toPSString(v)) : toPSString(value).split(','))
    .map((s) => s.trim().toLowerCase()).filter(Boolean);
  const options: RegexOptions = { ignoreCase: !caseSensitive };
  let simple = false;
  let regex = false;
  for (const n of names) {
    if (n === 'simplematch') simple = true;
    else if (n === 'ignorecase') options.ignoreCase = true;
    else if (n === 'multiline') options.multiline = true;
    else if (n === 'singleline') options.singleline = true;
    else if (n === 'ignorepatternwhitespace') options.ignorePatternWhitespace = true;
    else if (n === 'explicitcapture') options.explicitCapture = true;
    else if (n === 'regexmatch') regex = true;
    else if (n !== 'cultureinvariant') {
      throw new PSRuntimeError(`Cannot convert value "${n}" to type "System.Management.Automation.SplitOptions".`, 'InvalidCastParseTargetInvocation', 'InvalidArgument');
    }
  }
  if (simple && (regex || options.multiline || options.singleline || options.ignorePatternWhitespace || options.explicitCapture)) {
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

/**
 * -split with a predicate (a script block the evaluator wrapped): every
 * character for which it returns true is a delimiter.
 */
export function splitByPredicate(input: string, isDelimiter: (ch: string) => boolean, max = 0): string[] {
  const cuts: number[] = [];
  for (let i = 0; i < input.length; i++) if (isDelimiter(input[i]!)) cuts.push(i);
  let used = cuts;
  if (max > 0) used = cuts.slice(0, max - 1);
  else if (max < 0) used = cuts.slice(Math.max(0, cuts.length - (-max - 1)));
  const out: string[] = [];
  let pos = 0;
  for (const c of used) { out.push(input.slice(pos, c)); pos = c + 1; }
  out.push(input.slice(pos));
  return out;
}

/** Binary -split: `right` is the delimiter or [delimiter, max, options]; the delimiter may be a predicate. */
export function split(left: unknown, right: unknown, caseSensitive = false, predicate?: (delimiter: unknown) => ((ch: string) => boolean) | undefined): string[] {
  const args = Array.isArray(right) ? right : [right];
  const delimiter = args[0];
  const max = args.length > 1 && args[1] !== null ? Math.trunc(toNumber(args[1], TYPES.int)) : 0;
  const inputsOf = (): unknown[] => (Array.isArray(left) ? left : left instanceof PSList ? left.items : [left]);
  const test = predicate?.(delimiter);
  if (test) return inputsOf().flatMap((v) => splitByPredicate(toPSString(v), test, max));
  const { simple, options } = parseSplitOptions(args[2], caseSensitive);
  const re = delimiter instanceof PSRegex
    ? delimiter.regExp(true)
    : compileRegex(simple ? escapeRegex(toPSString(delimiter)) : toPSString(delimiter), options, true);
  const out: string[] = [];
  for (const v of inputsOf()) out.push(...splitString(toPSString(v), re, max));
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

/** Rebuilds an exec-style match from String.replace callback arguments. */
function execAt(args: unknown[]): RegExpExecArray {
  const hasNamed = typeof args[args.length - 1] === 'object' && args[args.length - 1] !== null;
  const index = args[args.length - (hasNamed ? 3 : 2)] as number;
  const input = args[args.length - (hasNamed ? 2 : 1)] as string;
  const groups = args.slice(0, args.length - (hasNamed ? 3 : 2)) as string[];
  return Object.assign(groups, { index, input, groups: hasNamed ? args[args.length - 1] as Record<string, string> : undefined }) as unknown as RegExpExecArray;
}
