/**
 * .NET regular expressions on top of JS RegExp: pattern translation (\A \z \Z,
 * .NET's `$`, inline options, (?'name') groups, atomic groups, comments),
 * RegexOptions, .NET replacement substitutions, and a compile cache (operators
 * run once per pipeline item).
 */
import { DotNetException } from './errors.js';

export interface RegexOptions {
  ignoreCase?: boolean;
  multiline?: boolean;
  singleline?: boolean;
  ignorePatternWhitespace?: boolean;
  /** Only named groups capture. */
  explicitCapture?: boolean;
}

/** RegexOptions names as PowerShell passes them ('IgnoreCase, Multiline' or an array). */
export function parseRegexOptions(value: unknown): RegexOptions {
  if (typeof value === 'number' || (typeof value === 'object' && value !== null && 'value' in value && typeof (value as { value: unknown }).value === 'number')) {
    const bits = typeof value === 'number' ? value : (value as { value: number }).value;
    return { ignoreCase: (bits & 1) !== 0, multiline: (bits & 2) !== 0, explicitCapture: (bits & 4) !== 0, singleline: (bits & 16) !== 0, ignorePatternWhitespace: (bits & 32) !== 0 };
  }
  const names = (Array.isArray(value) ? value.map(String) : String(value ?? '').split(','))
    .map((s) => s.trim().toLowerCase()).filter(Boolean);
  const opts: RegexOptions = {};
  for (const n of names) {
    if (n === 'ignorecase') opts.ignoreCase = true;
    else if (n === 'multiline') opts.multiline = true;
    else if (n === 'singleline') opts.singleline = true;
    else if (n === 'ignorepatternwhitespace') opts.ignorePatternWhitespace = true;
    else if (n === 'explicitcapture') opts.explicitCapture = true;
    else if (n !== 'none' && n !== 'cultureinvariant' && n !== 'compiled' && n !== 'ecmascript') {
      throw new DotNetException(`Unable to match the identifier name ${n} to a valid enumerator name.`, 'System.Management.Automation.PSInvalidCastException');
    }
  }
  return opts;
}

const END_OF_INPUT = '(?![\\s\\S])';
const START_OF_INPUT = '(?<![\\s\\S])';

function applyInlineFlags(flags: string, opts: RegexOptions): void {
  let on = true;
  for (const f of flags) {
    if (f === '-') on = false;
    else if (f === 'i') opts.ignoreCase = on;
    else if (f === 'm') opts.multiline = on;
    else if (f === 's') opts.singleline = on;
    else if (f === 'x') opts.ignorePatternWhitespace = on;
    else if (f === 'n') opts.explicitCapture = on;
  }
}

/** Translates a .NET pattern; inline options are folded into `opts` (they apply to the whole pattern). */
export function translatePattern(pattern: string, opts: RegexOptions): string {
  // Inline options first, since (?x) changes how the rest is read.
  const inline = /\(\?([imsxn-]+)\)/g;
  for (const m of pattern.matchAll(inline)) applyInlineFlags(m[1]!, opts);
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      const next = pattern[i + 1] ?? '';
      i++;
      if (inClass) { out += next === 'e' ? '\\x1b' : `\\${next}`; continue; }
      if (next === 'A') out += START_OF_INPUT;
      else if (next === 'z') out += END_OF_INPUT;
      else if (next === 'Z') out += `(?=\\n?${END_OF_INPUT})`;
      else if (next === 'G') out += '';
      else if (next === 'e') out += '\\x1b';
      else if (next === 'k' && pattern[i + 1] === "'") {
        const end = pattern.indexOf("'", i + 2);
        out += `\\k<${pattern.slice(i + 2, end)}>`;
        i = end;
      } else out += `\\${next}`;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      if (pattern[i + 1] === '^') { out += '^'; i++; }
      // A ']' first in a class is a literal in .NET.
      if (pattern[i + 1] === ']') { out += '\\]'; i++; }
      continue;
    }
    if (opts.ignorePatternWhitespace && /\s/.test(ch)) continue;
    if (opts.ignorePatternWhitespace && ch === '#') {
      while (i < pattern.length && pattern[i] !== '\n') i++;
      continue;
    }
    if (ch === '$') {
      out += opts.multiline ? `(?=\\n|${END_OF_INPUT})` : `(?=\\n?${END_OF_INPUT})`;
      continue;
    }
    // JS's multiline ^ also matches after '\r'; .NET's only after '\n'.
    if (ch === '^' && opts.multiline) {
      out += `(?:${START_OF_INPUT}|(?<=\\n))`;
      continue;
    }
    if (ch === '(' && pattern[i + 1] !== '?' && opts.explicitCapture) {
      out += '(?:';
      continue;
    }
    if (ch === '(' && pattern[i + 1] === '?') {
      const rest = pattern.slice(i + 2);
      const flagsOnly = /^([imsxn-]+)\)/.exec(rest);
      if (flagsOnly) { i += 2 + flagsOnly[0].length - 1; continue; }
      const scoped = /^([imsxn-]+):/.exec(rest);
      if (scoped) { applyInlineFlags(scoped[1]!, opts); out += '(?:'; i += 2 + scoped[0].length - 1; continue; }
      if (rest.startsWith('#')) { i = pattern.indexOf(')', i); if (i < 0) i = pattern.length; continue; }
      if (rest.startsWith('>')) { out += '(?:'; i += 2; continue; }
      if (rest.startsWith("'")) {
        const end = rest.indexOf("'", 1);
        out += `(?<${rest.slice(1, end)}>`;
        i += 2 + end;
        continue;
      }
      if (rest.startsWith('P<')) { out += '(?<'; i += 3; continue; }
    }
    out += ch;
  }
  return out;
}

const cache = new Map<string, RegExp>();
const CACHE_LIMIT = 500;

/**
 * A compiled JS RegExp for a .NET pattern. `global` makes a /g regex for
 * replace/split/matches; callers must not rely on lastIndex between calls.
 */
export function compileRegex(pattern: string, options: RegexOptions = {}, global = false): RegExp {
  const key = `${options.ignoreCase ? 'i' : ''}${options.multiline ? 'm' : ''}${options.singleline ? 's' : ''}${options.ignorePatternWhitespace ? 'x' : ''}${options.explicitCapture ? 'n' : ''}${global ? 'g' : ''}/${pattern}`;
  const hit = cache.get(key);
  if (hit) { hit.lastIndex = 0; return hit; }
  const opts = { ...options };
  // ^ and $ are translated for .NET's line rules, so the JS 'm' flag is never needed.
  const source = translatePattern(pattern, opts);
  let flags = global ? 'g' : '';
  if (opts.ignoreCase) flags += 'i';
  if (opts.singleline) flags += 's';
  if (/\\[pP]\{/.test(source)) flags += 'u';
  let re: RegExp;
  try {
    re = new RegExp(source, flags);
  } catch (e) {
    throw new DotNetException(`Invalid pattern '${pattern}' at offset ${pattern.length}. ${(e as Error).message.replace(/^Invalid regular expression: /, '')}`, 'System.ArgumentException');
  }
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(key, re);
  return re;
}

export function escapeRegex(text: string): string {
  // Regex.Escape: metacharacters, whitespace and '#'.
  return text.replace(/[\\*+?|{[()^$.# ]/g, (c) => (c === ' ' ? '\\ ' : `\\${c}`))
    .replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\f/g, '\\f');
}

export function unescapeRegex(text: string): string {
  return text.replace(/\\(?:t|n|r|f|e|x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|(.))/g, (m, x: string | undefined, u: string | undefined, c: string | undefined) => {
    if (x) return String.fromCharCode(parseInt(x, 16));
    if (u) return String.fromCharCode(parseInt(u, 16));
    if (c !== undefined) return c;
    return { '\\t': '\t', '\\n': '\n', '\\r': '\r', '\\f': '\f', '\\e': '\x1b' }[m] ?? m;
  });
}

type ReplacementPart = string | { group: number | string } | { special: '&' | '`' | "'" | '+' | '_' };

function parseReplacement(replacement: string, groupCount: number, names: Set<string>): ReplacementPart[] {
  const parts: ReplacementPart[] = [];
  let lit = '';
  for (let i = 0; i < replacement.length; i++) {
    const ch = replacement[i]!;
    if (ch !== '$' || i + 1 >= replacement.length) { lit += ch; continue; }
    const next = replacement[i + 1]!;
    if (next === '$') { lit += '$'; i++; continue; }
    let part: ReplacementPart | undefined;
    let used = 0;
    if (/\d/.test(next)) {
      // Longest run of digits that still names a group.
      let digits = '';
      let best = -1;
      for (let j = i + 1; j < replacement.length && /\d/.test(replacement[j]!); j++) {
        digits += replacement[j];
        if (Number(digits) <= groupCount) { best = Number(digits); used = digits.length; }
      }
      if (best >= 0) part = { group: best };
    } else if (next === '{') {
      const end = replacement.indexOf('}', i + 2);
      const name = end > 0 ? replacement.slice(i + 2, end) : '';
      if (/^\d+$/.test(name) && Number(name) <= groupCount) part = { group: Number(name) };
      else if (names.has(name)) part = { group: name };
      if (part) used = end - i;
    } else if ('&`\'+_'.includes(next)) {
      part = { special: next as '&' };
      used = 1;
    }
    if (!part) { lit += ch; continue; }
    if (lit) { parts.push(lit); lit = ''; }
    parts.push(part);
    i += used;
  }
  if (lit) parts.push(lit);
  return parts;
}

/**
 * .NET group numbering for a compiled pattern: unnamed groups are numbered
 * first (1..k, left to right), named groups after them. `groups[n - 1]` is
 * the JS capture index and name of .NET group n.
 */
export interface GroupLayout {
  groups: { jsIndex: number; name: string | null }[];
  byName: Map<string, number>;
}

const layoutCache = new WeakMap<RegExp, GroupLayout>();

export function groupLayout(re: RegExp): GroupLayout {
  const hit = layoutCache.get(re);
  if (hit) return hit;
  const src = re.source;
  const unnamed: { jsIndex: number; name: null }[] = [];
  const named: { jsIndex: number; name: string }[] = [];
  let js = 0;
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') { i++; continue; }
    if (inClass) { if (ch === ']') inClass = false; continue; }
    if (ch === '[') { inClass = true; continue; }
    if (ch !== '(') continue;
    if (src[i + 1] !== '?') { unnamed.push({ jsIndex: ++js, name: null }); continue; }
    const m = /^\(\?<([A-Za-z_][A-Za-z0-9_]*)>/.exec(src.slice(i));
    if (m) named.push({ jsIndex: ++js, name: m[1]! });
  }
  const layout: GroupLayout = { groups: [...unnamed, ...named], byName: new Map() };
  layout.groups.forEach((g, n) => { if (g.name) layout.byName.set(g.name.toLowerCase(), n + 1); });
  layoutCache.set(re, layout);
  return layout;
}

/** The text of .NET group n (0 = whole match) from a JS match, undefined when it did not take part. */
export function groupValue(match: RegExpExecArray | string[], layout: GroupLayout, n: number): string | undefined {
  if (n === 0) return match[0];
  const g = layout.groups[n - 1];
  return g ? match[g.jsIndex] : undefined;
}

/** Regex.Replace with .NET substitutions ($1, ${name}, $0, $&, $`, $', $+, $_, $$). */
export function regexReplace(input: string, re: RegExp, replacement: string, count = -1): string {
  const layout = groupLayout(re);
  const groups = layout.groups.length;
  const parts = parseReplacement(replacement, groups, new Set(layout.groups.map((g) => g.name).filter((n): n is string => !!n)));
  if (count < 0 && parts.every((p) => typeof p === 'string')) {
    const lit = parts.join('');
    return input.replace(re, () => lit);
  }
  let done = 0;
  return input.replace(re, (...args: unknown[]) => {
    const match = args[0] as string;
    if (count >= 0 && done >= count) return match;
    done++;
    const hasNamed = typeof args[args.length - 1] === 'object' && args[args.length - 1] !== null;
    const offset = args[args.length - (hasNamed ? 3 : 2)] as number;
    const m = args.slice(0, groups + 1) as string[];
    let out = '';
    for (const p of parts) {
      if (typeof p === 'string') out += p;
      else if ('group' in p) {
        const n = typeof p.group === 'number' ? p.group : layout.byName.get(p.group.toLowerCase()) ?? -1;
        out += n >= 0 ? groupValue(m, layout, n) ?? '' : '';
      } else if (p.special === '&') out += match;
      else if (p.special === '`') out += input.slice(0, offset);
      else if (p.special === "'") out += input.slice(offset + match.length);
      else if (p.special === '_') out += input;
      else out += groups ? groupValue(m, layout, groups) ?? '' : match;
    }
    return out;
  });
}
