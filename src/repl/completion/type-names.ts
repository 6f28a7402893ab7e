/**
 * Type names after `[`: the accelerators and full names a user types, kept to those the
 * value layer resolves, so every candidate works in a cast.
 */
import { resolveType } from '../values/types.js';
import { byName, matcher } from './matching.js';
import type { CompletionCandidate } from './types.js';

const WRITTEN_NAMES = [
  'array', 'bool', 'byte', 'char', 'datetime', 'decimal', 'double', 'float', 'guid', 'hashtable', 'int', 'int16', 'int32', 'int64',
  'long', 'math', 'ordered', 'pscredential', 'pscustomobject', 'psobject', 'ref', 'regex', 'scriptblock', 'securestring', 'short',
  'single', 'string', 'switch', 'timespan', 'type', 'uri', 'version', 'void', 'CmdletBinding', 'Parameter', 'Alias', 'OutputType',
  'ValidateSet', 'ValidateNotNullOrEmpty', 'ValidateRange', 'ValidatePattern', 'ValidateScript', 'AllowNull',
  'System.Collections.Hashtable', 'System.Collections.Generic.List', 'System.Convert', 'System.DateTime', 'System.DayOfWeek',
  'System.Environment', 'System.Guid', 'System.IO.Path', 'System.Int32', 'System.Int64', 'System.Math', 'System.Object',
  'System.String', 'System.StringComparison', 'System.Text.Encoding', 'System.Text.RegularExpressions.Regex', 'System.Text.StringBuilder',
  'System.TimeSpan',
];

let known: string[] | undefined;

export function typeCandidates(word: string): CompletionCandidate[] {
  known ??= WRITTEN_NAMES.filter((n) => n === 'System.Collections.Generic.List' || resolveType(n) !== undefined);
  const matches = matcher(word);
  // A dotted word completes full names; a plain one both accelerators and System.* names without the prefix.
  return known
    .filter((n) => matches(n) || (!word.includes('.') && n.startsWith('System.') && matches(n.slice(7))))
    .sort(byName)
    .map((n) => ({ text: n, display: n, kind: 'type' as const, description: resolveType(n)?.fullName }));
}
