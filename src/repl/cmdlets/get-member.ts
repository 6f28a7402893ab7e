/**
 * Get-Member: lists the properties and methods of the input objects, one
 * block per distinct type name (in order of first appearance), members
 * sorted by member type and then name, as pwsh sorts them.
 */
import type { CmdletDefinition } from './types.js';
import { membersOf, type MemberInfo } from './pipeline-common/member-catalog.js';
import { typeNameOf } from './pipeline-common/type-name.js';
import { PSObject } from './pipeline-common/values.js';
import { wildcardMatch } from './pipeline-common/wildcard.js';

const MEMBER_TYPES = ['AliasProperty', 'CodeProperty', 'Property', 'NoteProperty', 'ScriptProperty', 'Properties',
  'PropertySet', 'Method', 'CodeMethod', 'ScriptMethod', 'Methods', 'ParameterizedProperty', 'MemberSet', 'Event', 'Dynamic', 'All'];

const GROUPS: Record<string, string[]> = {
  properties: ['AliasProperty', 'CodeProperty', 'Property', 'NoteProperty', 'ScriptProperty'],
  methods: ['CodeMethod', 'Method', 'ScriptMethod'],
};

export const getMember: CmdletDefinition = {
  name: 'Get-Member',
  aliases: ['gm'],
  synopsis: 'Gets the properties and methods of objects.',
  module: 'Microsoft.PowerShell.Utility',
  parameters: [
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
    { name: 'Name', type: 'string[]', position: 0 },
    { name: 'MemberType', type: 'string[]', aliases: ['Type'], validateSet: MEMBER_TYPES },
  ],
  create(ctx) {
    const names = ctx.boundNames.has('Name') ? toList(ctx.params.Name).map(String) : undefined;
    const kinds = ctx.boundNames.has('MemberType') ? expandKinds(toList(ctx.params.MemberType).map(String)) : undefined;
    const seen = new Set<string>();
    const out: PSObject[] = [];
    return {
      process(params, input) {
        if (!input.present && !ctx.boundNames.has('InputObject')) return;
        const item = input.present ? input.value : params.InputObject;
        if (item === null || item === undefined) return;
        const typeName = typeNameOf(item);
        if (seen.has(typeName)) return;
        seen.add(typeName);
        const members = membersOf(item)
          .filter((m) => !kinds || kinds.has(m.memberType.toLowerCase()))
          .filter((m) => !names || names.some((n) => wildcardMatch(n, m.name)))
          .sort(compareMembers);
        for (const m of members) out.push(definition(typeName, m));
      },
      end() {
        if (out.length === 0 && seen.size === 0) {
          ctx.writeError('You must specify an object for the Get-Member cmdlet.',
            { errorId: 'NoObjectInGetMember,Microsoft.PowerShell.Commands.GetMemberCommand', category: 'CloseError' });
        }
        return out;
      },
    };
  },
};

function toList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function expandKinds(kinds: string[]): Set<string> | undefined {
  const set = new Set<string>();
  for (const k of kinds) {
    const lower = k.toLowerCase();
    if (lower === 'all') return undefined;
    for (const t of GROUPS[lower] ?? [k]) set.add(t.toLowerCase());
  }
  return set;
}

function compareMembers(a: MemberInfo, b: MemberInfo): number {
  return ordinalIgnoreCase(a.memberType, b.memberType) || ordinalIgnoreCase(a.name, b.name);
}

function ordinalIgnoreCase(a: string, b: string): number {
  const x = a.toUpperCase();
  const y = b.toUpperCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

function definition(typeName: string, m: MemberInfo): PSObject {
  return new PSObject([
    ['TypeName', typeName],
    ['Name', m.name],
    ['MemberType', m.memberType],
    ['Definition', m.definition],
  ], ['Microsoft.PowerShell.Commands.MemberDefinition', 'System.Object']);
}
