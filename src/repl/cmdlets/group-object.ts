/**
 * Group-Object: collects objects into GroupInfo objects (Count, Name, Group,
 * Values) by the value of one or more properties. As in pwsh 7, when every key
 * has one value type the groups come out sorted by key; with mixed types they
 * come out in order of first appearance.
 */
import type { CmdletContext, CmdletDefinition } from './types.js';
import { compareEntries, keyEntry, parseOrderKeys, type KeyedEntry, type OrderKey } from './pipeline-common/order-keys.js';
import { typeNameOf } from './pipeline-common/type-name.js';
import { PSHashtable } from './pipeline-common/hashtable.js';
import { PSObject, toDotNetString } from './pipeline-common/values.js';
import { PSList } from '../values/list.js';

interface Group { first: KeyedEntry; members: unknown[] }

export const groupObject: CmdletDefinition = {
  name: 'Group-Object',
  aliases: ['group'],
  synopsis: 'Groups objects that contain the same value for specified properties.',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'Default',
  parameters: [
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
    { name: 'Property', type: 'object[]', position: 0 },
    { name: 'NoElement', type: 'switch' },
    { name: 'AsHashTable', type: 'switch', aliases: ['AHT'], parameterSets: ['HashTable'] },
    { name: 'AsString', type: 'switch', parameterSets: ['HashTable'] },
    { name: 'CaseSensitive', type: 'switch' },
  ],
  create(ctx) {
    const asHashTable = ctx.params.AsHashTable === true;
    const asString = ctx.params.AsString === true;
    const property = ctx.boundNames.has('Property') ? ctx.params.Property : undefined;
    if (asString && !asHashTable) {
      ctx.fail('The command cannot be run because the AsString parameter requires that you specify the AsHashtable parameter.', { errorId: 'ArgumentException,Microsoft.PowerShell.Commands.GroupObjectCommand', category: 'InvalidArgument' });
    }
    const keys = parseOrderKeys(ctx, property, false, ['Expression']);
    if (asHashTable && !asString && keys.length > 1) {
      ctx.fail('The command cannot be run because using the AsHashTable parameter with more than one property requires adding the AsString parameter.', { errorId: 'ArgumentException,Microsoft.PowerShell.Commands.GroupObjectCommand', category: 'InvalidArgument' });
    }
    const caseSensitive = ctx.params.CaseSensitive === true;
    const entries: KeyedEntry[] = [];
    return {
      process(params, input) {
        const item = input.present ? input.value : params.InputObject;
        if (item === null || item === undefined) return;
        const entry = keyEntry(ctx, keys, item, entries.length);
        if (entry instanceof Promise) return entry.then((e) => { entries.push(e); });
        entries.push(entry);
      },
      end() {
        const groups = sameKeyTypes(entries) ? groupSorted(entries, keys, caseSensitive) : groupByAppearance(entries, keys, caseSensitive);
        if (groups.length === 0) return [];
        if (asHashTable) {
          const table = toHashtable(ctx, groups, asString);
          return table ? [table] : [];
        }
        const noElement = ctx.params.NoElement === true;
        return groups.map((g) => groupInfo(g, noElement));
      },
    };
  },
};

function sameKeyTypes(entries: KeyedEntry[]): boolean {
  const types: (string | undefined)[] = [];
  for (const e of entries) {
    for (let i = 0; i < e.keys.length; i++) {
      const v = e.keys[i];
      if (v === null || v === undefined) continue;
      const t = typeNameOf(v);
      if (types[i] === undefined) types[i] = t;
      else if (types[i] !== t) return false;
    }
  }
  return true;
}

function groupSorted(entries: KeyedEntry[], keys: OrderKey[], cs: boolean): Group[] {
  const sorted = [...entries].sort((a, b) => compareEntries(a, b, keys, cs));
  const groups: Group[] = [];
  for (const e of sorted) {
    const last = groups[groups.length - 1];
    if (last && compareEntries(last.first, e, keys, cs) === 0) last.members.push(e.obj);
    else groups.push({ first: e, members: [e.obj] });
  }
  return groups;
}

function groupByAppearance(entries: KeyedEntry[], keys: OrderKey[], cs: boolean): Group[] {
  const groups: Group[] = [];
  for (const e of entries) {
    const found = groups.find((g) => compareEntries(g.first, e, keys, cs) === 0);
    if (found) found.members.push(e.obj);
    else groups.push({ first: e, members: [e.obj] });
  }
  return groups;
}

/** pwsh's GroupInfo.Name: the key values joined by ', ', collections in braces. */
export function groupName(values: unknown[]): string {
  return values
    .filter((v) => v !== null && v !== undefined)
    .map((v) => (Array.isArray(v) ? '{' + v.map(toDotNetString).join(', ') + '}' : toDotNetString(v)))
    .join(', ');
}

function groupInfo(group: Group, noElement: boolean): PSObject {
  const typeNames = noElement
    ? ['Microsoft.PowerShell.Commands.GroupInfoNoElement', 'Microsoft.PowerShell.Commands.GroupInfo', 'System.Object']
    : ['Microsoft.PowerShell.Commands.GroupInfo', 'System.Object'];
  return new PSObject([
    ['Values', [...group.first.keys]],
    ['Count', group.members.length],
    ['Group', groupCollection(noElement ? [] : group.members)],
    ['Name', groupName(group.first.keys)],
  ], typeNames);
}

/** GroupInfo.Group is a Collection<PSObject> in pwsh, not an array. */
function groupCollection(members: unknown[]): PSList {
  return new PSList('System.Management.Automation.PSObject', members, 'System.Collections.ObjectModel.Collection');
}

/** The -AsHashTable result, or undefined (after an error, as pwsh writes nothing) on a duplicate key. */
function toHashtable(ctx: CmdletContext, groups: Group[], asString: boolean): PSHashtable | undefined {
  const table = new PSHashtable();
  for (const g of groups) {
    const key = asString ? groupName(g.first.keys) : g.first.keys[0];
    if (key === null || key === undefined || table.containsKey(key)) {
      ctx.writeError('The objects grouped by this property cannot be expanded because there is a key duplication. Provide a valid value for the property, and then try again.',
        { errorId: 'The objects grouped by this property cannot be expanded because there is a key duplication. Provide a valid value for the property, and then try again.,Microsoft.PowerShell.Commands.GroupObjectCommand', category: 'InvalidArgument' });
      return undefined;
    }
    table.add(key, groupCollection(g.members));
  }
  return table;
}
