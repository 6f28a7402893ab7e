/**
 * Variables after `$` (scope-qualified ones and `$env:` included) and the members of a
 * variable's current value after `$var.` (properties and methods, as Get-Member lists them).
 */
import type { Engine } from '../engine/runtime.js';
import { PSHashtable } from '../values/hashtable.js';
import { listMembers } from '../values/member-list.js';
import { getMember } from '../values/members.js';
import { toPSString } from '../values/to-string.js';
import { byName, matcher } from './matching.js';
import type { CompletionCandidate } from './types.js';

const SCOPES = ['global', 'script', 'local', 'private', 'env', 'variable'];

export function variableCandidates(engine: Engine, word: string, sigil: '$' | '@', braced: boolean): CompletionCandidate[] {
  const qualified = /^(global|script|local|private|env|variable):(.*)$/i.exec(word);
  const scope = qualified?.[1];
  const name = qualified ? qualified[2]! : word;
  const names = scope?.toLowerCase() === 'env' ? Object.keys(process.env) : engine.globalScope.visibleVariables().map((v) => v.name);
  const matches = matcher(name);
  const write = (n: string) => {
    const full = scope ? `${scope}:${n}` : n;
    return braced || /[^\p{L}\p{N}_:?]/u.test(full) ? `${sigil}{${full}}` : `${sigil}${full}`;
  };
  const found = [...new Set(names)].filter(matches).sort(byName).map((n): CompletionCandidate => ({ text: write(n), display: n, kind: 'variable' }));
  // `$gl` also offers the scope qualifier itself, as pwsh does for drive-like prefixes.
  const qualifiers = scope || braced ? [] : SCOPES.filter(matches).map((s): CompletionCandidate => ({ text: `${sigil}${s}:`, display: `${s}:`, kind: 'variable' }));
  return [...found, ...qualifiers];
}

/**
 * Members of the value reached from the variable through `path`. `$_`/`$PSItem` have no
 * value at the prompt, so they stand for `fallback` (the last output's first object).
 */
export function memberCandidates(engine: Engine, variable: string, path: string[], word: string, fallback: unknown): CompletionCandidate[] {
  let value = readForCompletion(engine, variable, fallback);
  for (const segment of path) {
    if (value === null || value === undefined) return [];
    try {
      value = getMember(value, segment);
    } catch {
      return [];
    }
  }
  if (value === null || value === undefined) return [];
  return membersOf(value, word);
}

/** Properties first then methods, each by name, so the common case (a property) comes up first. */
export function membersOf(value: unknown, word: string): CompletionCandidate[] {
  const matches = matcher(word);
  // Member enumeration: `$mailboxes.` also reaches the properties of the elements, as in pwsh.
  const first = Array.isArray(value) ? value.find((v) => v !== null && v !== undefined) : undefined;
  const members = first === undefined ? listMembers(value) : [...listMembers(value), ...listMembers(first).filter((m) => !m.memberType.endsWith('Method'))];
  const keys = value instanceof PSHashtable ? value.keys().map((k) => toPSString(k)) : [];
  const properties = [...new Set([...keys, ...members.filter((m) => !m.memberType.endsWith('Method')).map((m) => m.name)])].filter(matches).sort(byName);
  const methods = members.filter((m) => m.memberType.endsWith('Method') && matches(m.name)).sort((a, b) => byName(a.name, b.name));
  return [
    ...properties.map((name): CompletionCandidate => ({ text: /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`, display: name, kind: 'property' })),
    ...methods.map((m): CompletionCandidate => ({ text: `${m.name}${m.definition === `${m.name}()` ? '()' : '('}`, display: `${m.name}(`, kind: 'member', description: m.definition })),
  ];
}

function readForCompletion(engine: Engine, variable: string, fallback: unknown): unknown {
  const qualified = /^(global|script|local|private|env|variable):(.*)$/i.exec(variable);
  if (qualified?.[1]!.toLowerCase() === 'env') return process.env[qualified[2]!] ?? null;
  const name = (qualified ? qualified[2]! : variable).toLowerCase();
  if (name === '_' || name === 'psitem') return fallback;
  return engine.globalScope.lookup(name)?.value;
}
