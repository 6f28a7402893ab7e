/**
 * Command names and command metadata for completion, from the same tables and lookup the
 * engine resolves commands with: aliases, functions visible from the global scope, cmdlets
 * (Exchange proxies under their prefixed names included).
 */
import type { CmdletDefinition } from '../cmdlets/types.js';
import { Binder, type EngineParameter } from '../engine/binder.js';
import type { ScriptCommandDefinition } from '../engine/eval/functions.js';
import { resolveCommand } from '../engine/eval/commands.js';
import { Source, type Engine, type Frame } from '../engine/runtime.js';
import { byName, matcher } from './matching.js';
import type { CompletionCandidate } from './types.js';

const NEVER = new AbortController().signal;

export function commandCandidates(engine: Engine, word: string): CompletionCandidate[] {
  const matches = matcher(word);
  const seen = new Map<string, CompletionCandidate>();
  const add = (name: string, description: string) => {
    const key = name.toLowerCase();
    if (!seen.has(key) && matches(name)) seen.set(key, { text: name, display: name, kind: 'command', description });
  };
  for (const def of engine.cmdlets.values()) add(def.name, def.synopsis);
  for (const fn of engine.globalScope.visibleFunctions()) if (!fn.scriptFile) add(fn.name, `function ${fn.name}`);
  for (const [alias, target] of engine.aliases) add(aliasSpelling(alias, engine), `-> ${target}`);
  return [...seen.values()].sort((a, b) => byName(a.text, b.text));
}

/** Aliases are stored lower-case; built-in ones are conventionally lower-case too (`gci`, `ocgv`). */
function aliasSpelling(alias: string, engine: Engine): string {
  const target = engine.aliases.get(alias)!;
  const def = engine.cmdlets.get(target.toLowerCase());
  return def?.aliases?.find((a) => a.toLowerCase() === alias) ?? alias;
}

export interface CommandInfo {
  def: CmdletDefinition;
  /** Every parameter the binder accepts, common ones included where they apply, in binder order. */
  parameters: EngineParameter[];
}

/** The command a name means (alias, function, cmdlet or script file), or undefined when it is unknown. */
export function commandInfo(engine: Engine, name: string): CommandInfo | undefined {
  const frame: Frame = { engine, scope: engine.globalScope, source: new Source(''), signal: NEVER, script: { path: undefined }, tryDepth: 0 };
  let resolved;
  try {
    resolved = resolveCommand(name, frame);
  } catch {
    return undefined;
  }
  const def = resolved.def;
  const advanced = (def as Partial<ScriptCommandDefinition>).script?.advanced ?? false;
  const binder = new Binder(def, { convert: (v) => v, common: !resolved.isScript || advanced, unboundToArgs: false, isFunction: resolved.isScript });
  return { def, parameters: binder.parameters };
}
