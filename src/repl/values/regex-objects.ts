/**
 * Match and Group objects as [regex]::Match / .Matches return them, plus the
 * instance methods of a [regex] value.
 */
import { PSObject } from './psobject.js';
import { PSRegex } from './psregex.js';
import { groupLayout, groupValue, regexReplace } from './regex.js';
import { splitString } from './string-operators.js';
import { argInt, argStr, type MethodTable } from './method-support.js';

/** Marks an array of Group objects, which can also be indexed by group name. */
export const GROUP_COLLECTION: unique symbol = Symbol('exosh.groupCollection');
export type GroupCollection = PSObject[] & { [GROUP_COLLECTION]?: true };

function group(name: string, value: string | undefined, index: number): PSObject {
  const g = new PSObject(
    [['Success', value !== undefined], ['Name', name], ['Captures', []], ['Index', value === undefined ? 0 : index], ['Length', value?.length ?? 0], ['Value', value ?? '']],
    ['System.Text.RegularExpressions.Group', 'System.Text.RegularExpressions.Capture', 'System.Object'],
  );
  g.addMethod('ToString', (self) => self.get('Value'));
  return g;
}

/** Index of a group's text inside the match; JS does not report it without the d flag, so search for it. */
function groupIndex(m: RegExpExecArray, text: string | undefined): number {
  if (text === undefined) return 0;
  const at = m[0].indexOf(text);
  return m.index + (at < 0 ? 0 : at);
}

export function matchObject(m: RegExpExecArray | null, re: RegExp): PSObject {
  const layout = groupLayout(re);
  const groups: GroupCollection = [];
  if (m) {
    for (let n = 0; n <= layout.groups.length; n++) {
      const v = groupValue(m, layout, n);
      const name = n === 0 ? '0' : layout.groups[n - 1]!.name ?? String(n);
      groups.push(group(name, v, n === 0 ? m.index : groupIndex(m, v)));
    }
  } else {
    groups.push(group('0', undefined, 0));
  }
  groups[GROUP_COLLECTION] = true;
  const match = new PSObject(
    [
      ['Groups', groups], ['Success', m !== null], ['Name', '0'], ['Captures', m ? [groups[0]] : []],
      ['Index', m?.index ?? 0], ['Length', m?.[0].length ?? 0], ['Value', m?.[0] ?? ''],
    ],
    ['System.Text.RegularExpressions.Match', 'System.Text.RegularExpressions.Group', 'System.Text.RegularExpressions.Capture', 'System.Object'],
  );
  match.addMethod('ToString', (self) => self.get('Value'));
  return match;
}

export function firstMatch(re: RegExp, input: string, start = 0): PSObject {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  g.lastIndex = start;
  return matchObject(g.exec(input), re);
}

export function allMatches(re: RegExp, input: string): PSObject[] {
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  const out: PSObject[] = [];
  for (let m = g.exec(input); m; m = g.exec(input)) {
    out.push(matchObject(m, re));
    if (m[0] === '') g.lastIndex++;
  }
  return out;
}

export const REGEX_METHODS: MethodTable<PSRegex> = {
  ismatch: { name: 'IsMatch', arity: [1, 2], fn: (r, a) => firstMatch(r.regExp(), argStr(a[0]), a.length > 1 ? argInt(a[1]) : 0).get('Success') },
  match: { name: 'Match', arity: [1, 2], fn: (r, a) => firstMatch(r.regExp(), argStr(a[0]), a.length > 1 ? argInt(a[1]) : 0) },
  matches: { name: 'Matches', arity: [1], fn: (r, a) => allMatches(r.regExp(), argStr(a[0])) },
  replace: { name: 'Replace', arity: [2, 3], fn: (r, a) => regexReplace(argStr(a[0]), r.regExp(true), argStr(a[1]), a.length > 2 ? argInt(a[2]) : -1) },
  split: { name: 'Split', arity: [1, 2], fn: (r, a) => splitString(argStr(a[0]), r.regExp(true), a.length > 1 ? argInt(a[1]) : 0) },
  getgroupnames: {
    name: 'GetGroupNames', arity: [0],
    fn: (r) => ['0', ...groupLayout(r.regExp()).groups.map((g, i) => g.name ?? String(i + 1))],
  },
  tostring: { name: 'ToString', arity: [0], fn: (r) => r.pattern },
};
