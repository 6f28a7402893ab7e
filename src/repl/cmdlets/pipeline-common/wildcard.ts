/**
 * PowerShell wildcard patterns (`*`, `?`, `[a-c]`, backtick escapes) for
 * property names in -Property / -ExcludeProperty and Get-Member -Name; the
 * pattern rules are the value layer's (-like).
 */
import { wildcardToRegExp } from '../../values/comparison.js';
import { hasWildcard } from '../../values/comparison.js';
export { hasWildcard };


export function wildcardMatch(pattern: string, text: string, caseSensitive = false): boolean {
  return wildcardToRegExp(pattern, caseSensitive).test(text);
}
