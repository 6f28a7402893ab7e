/**
 * Static members after `[Type]::`: the properties and methods the value layer implements
 * for that type, properties first and methods with an open parenthesis, as members of a
 * value complete.
 */
import { enumNames } from '../values/enum.js';
import { staticMembersOf } from '../values/statics.js';
import { resolveType } from '../values/types.js';
import { byName, matcher } from './matching.js';
import type { CompletionCandidate } from './types.js';

/** The registry keys properties in lower case; these are their .NET spellings. */
const PROPERTY_NAMES = [
  'AltDirectorySeparatorChar', 'ASCII', 'BigEndianUnicode', 'CurrentDirectory', 'Default', 'DirectorySeparatorChar', 'E', 'Empty',
  'Epsilon', 'MachineName', 'MaxValue', 'MinValue', 'NaN', 'NegativeInfinity', 'NewLine', 'Now', 'PathSeparator', 'PI',
  'PositiveInfinity', 'ProcessorCount', 'Tau', 'Today', 'Unicode', 'UnixEpoch', 'UserDomainName', 'UserName', 'UtcNow', 'UTF32',
  'UTF8', 'VolumeSeparatorChar', 'Zero',
];
const SPELLING = new Map(PROPERTY_NAMES.map((n) => [n.toLowerCase(), n]));

export function staticMemberCandidates(typeName: string, word: string): CompletionCandidate[] {
  const type = resolveType(typeName);
  const statics = type && staticMembersOf(type);
  if (!type || !statics) return [];
  const matches = matcher(word);
  const enumSpelling = new Map(enumNames(type.fullName).map((n) => [n.toLowerCase(), n]));
  const props = Object.keys(statics.props ?? {})
    .map((key) => enumSpelling.get(key) ?? SPELLING.get(key) ?? key)
    .filter(matches)
    .sort(byName)
    .map((name): CompletionCandidate => ({ text: name, display: name, kind: 'property', description: `static ${type.fullName}::${name}` }));
  const methods = Object.values(statics.methods ?? {})
    .filter((m) => matches(m.name))
    .sort((a, b) => byName(a.name, b.name))
    // A method that takes no arguments is written whole, as instance members are.
    .map((m): CompletionCandidate => ({ text: `${m.name}${m.arity.length === 1 && m.arity[0] === 0 ? '()' : '('}`, display: `${m.name}(`, kind: 'member', description: `static ${type.fullName}::${m.name}()` }));
  return [...props, ...methods];
}
