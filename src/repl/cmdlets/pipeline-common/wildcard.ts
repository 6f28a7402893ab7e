/**
 * PowerShell wildcard patterns (`*`, `?`, `[a-c]`, backtick escapes), used to
 * match property names in -Property / -ExcludeProperty and Get-Member -Name.
 */
const cache = new Map<string, RegExp>();

export function hasWildcard(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

export function wildcardRegExp(pattern: string, caseSensitive = false): RegExp {
  const key = (caseSensitive ? 'c:' : 'i:') + pattern;
  let re = cache.get(key);
  if (!re) {
    re = new RegExp('^' + translate(pattern) + '$', caseSensitive ? 's' : 'is');
    cache.set(key, re);
  }
  return re;
}

export function wildcardMatch(pattern: string, text: string, caseSensitive = false): boolean {
  return wildcardRegExp(pattern, caseSensitive).test(text);
}

function translate(pattern: string): string {
  let out = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '`' && i + 1 < pattern.length) {
      out += escapeRegExp(pattern[++i]!);
    } else if (c === '*') {
      out += '.*';
    } else if (c === '?') {
      out += '.';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) {
        out += '\\[';
      } else {
        const body = pattern.slice(i + 1, close).replace(/[\\^\]]/g, (m) => '\\' + m);
        out += '[' + body + ']';
        i = close;
      }
    } else {
      out += escapeRegExp(c);
    }
  }
  return out;
}

function escapeRegExp(c: string): string {
  return c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
