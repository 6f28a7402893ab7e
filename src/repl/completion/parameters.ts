/**
 * Parameter names after `-`, and which parameter an argument at the cursor binds to
 * (named, `-Name:value`, or positional), with the binder's own rules for switches.
 */
import type { CommandAst } from '../syntax/index.js';
import type { EngineParameter } from '../engine/binder.js';
import { isCommonParameter } from '../engine/common-parameters.js';
import type { CommandInfo } from './commands.js';
import { matcher } from './matching.js';
import type { CompletionCandidate } from './types.js';

/**
 * Parameter names in the command's declaration order, common parameters last, as pwsh
 * lists them; parameters already given are left out (except those that take lists).
 */
export function parameterCandidates(info: CommandInfo, command: CommandAst, word: string): CompletionCandidate[] {
  const matches = matcher(word);
  const given = new Set(command.elements.slice(0, -1).flatMap((e) => (e.kind === 'CommandParameter' ? [findParameter(info, e.parameterName)?.name] : [])));
  const own = info.parameters.filter((p) => !isCommonParameter(p.name));
  const common = info.parameters.filter((p) => isCommonParameter(p.name));
  return [...own, ...common]
    .filter((p) => matches(p.name) && !given.has(p.name))
    .map((p) => ({ text: `-${p.name}`, display: p.name, kind: 'parameter' as const, description: `[${p.typeName ?? p.type}] ${p.description ?? ''}`.trim() }));
}

/** The binder's name lookup: exact name or alias, else a unique prefix. */
export function findParameter(info: CommandInfo, name: string): EngineParameter | undefined {
  const lower = name.toLowerCase();
  const exact = info.parameters.find((p) => p.name.toLowerCase() === lower || p.aliases?.some((a) => a.toLowerCase() === lower));
  if (exact) return exact;
  const prefixed = info.parameters.filter((p) => p.name.toLowerCase().startsWith(lower));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/**
 * The parameters the element at `index` may bind to: the one named just before it (unless
 * that one is a switch), its own `-Name:`, or, as the binder does, the positional parameters
 * not bound by name, in position order (several per place when sets differ, `Where-Object`'s
 * FilterScript and Property: the default set's first).
 */
export function parametersForArgument(info: CommandInfo, command: CommandAst, index: number, named: string | undefined): EngineParameter[] {
  if (named !== undefined) return listOf(findParameter(info, named));
  let position = 0;
  let pending: EngineParameter | undefined;
  const bound = new Set<string>();
  for (const el of command.elements.slice(0, index)) {
    if (el.kind === 'CommandParameter') {
      const p = findParameter(info, el.parameterName);
      if (p) bound.add(p.name);
      pending = p && !el.argument && p.type !== 'switch' ? p : undefined;
    } else if (pending) {
      pending = undefined;
    } else {
      position++;
    }
  }
  if (pending) return [pending];
  const open = info.parameters.filter((p) => p.position !== undefined && !bound.has(p.name));
  const place = [...new Set(open.map((p) => p.position!))].sort((a, b) => a - b)[position];
  const defaultSet = info.def.defaultParameterSet ?? '';
  const inDefault = (p: EngineParameter) => (!p.parameterSets || p.parameterSets.includes(defaultSet) ? 0 : 1);
  return open.filter((p) => p.position === place).sort((a, b) => inDefault(a) - inDefault(b));
}

function listOf<T>(item: T | undefined): T[] {
  return item === undefined ? [] : [item];
}
