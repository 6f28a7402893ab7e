/**
 * Finding the command a name means (alias, function, cmdlet, script file),
 * evaluating a command's arguments (splatting included), and the type
 * conversion the binder applies to them.
 */
import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { CommandElementAst } from '../../syntax/ast.js';
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { PSObject } from '../../values/psobject.js';
import type { BinderArg, EngineParameter } from '../binder.js';
import { runtimeError } from '../errors/error-record.js';
import type { Frame } from '../runtime.js';
import { ScriptBlock } from '../runtime.js';
import { convertTo, toBoolean, toPSString, PSHashtable } from '../value-ops.js';
import { evalExpr } from './expressions.js';
import { readVariable } from './variables.js';
import { scriptFileCommand } from './functions.js';

export interface ResolvedCommand {
  def: CmdletDefinition;
  /** Function or script commands get a scope, $args and no common parameters unless advanced. */
  isScript: boolean;
}

export function resolveCommand(name: string, frame: Frame): ResolvedCommand {
  const engine = frame.engine;
  let key = name.toLowerCase();
  const seen = new Set<string>();
  while (engine.aliases.has(key) && !seen.has(key)) {
    seen.add(key);
    key = engine.aliases.get(key)!.toLowerCase();
  }
  const fn = frame.scope.lookupFunction(key);
  if (fn) return { def: fn.definition, isScript: true };
  const cmdlet = engine.cmdlets.get(key);
  if (cmdlet) return { def: cmdlet, isScript: false };
  if (/\.ps1$/i.test(name) || name.includes('/') || name.includes('\\')) {
    const path = isAbsolute(name) ? name : resolve(engine.cwd, name);
    if (existsSync(path)) return { def: scriptFileCommand(path, frame), isScript: true };
  }
  throw runtimeError(`The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`, {
    errorId: 'CommandNotFoundException', category: 'ObjectNotFound', exceptionType: 'System.Management.Automation.CommandNotFoundException', targetObject: name,
  });
}

/** Evaluates the command's elements into what the binder pairs with parameters. */
export async function evaluateArguments(elements: readonly CommandElementAst[], frame: Frame): Promise<BinderArg[]> {
  const out: BinderArg[] = [];
  for (const el of elements) {
    if (el.kind === 'CommandParameter') {
      const hasValue = el.argument !== undefined;
      out.push({ kind: 'param', name: el.parameterName, hasValue, value: hasValue ? await evalExpr(el.argument!, frame) : undefined, text: `-${el.parameterName}${hasValue ? ':' : ''}` });
      continue;
    }
    if (el.kind === 'VariableExpression' && el.splatted) {
      const value = readVariable(el, frame);
      if (value instanceof PSHashtable) {
        for (const { key, value: v } of value.entries()) out.push({ kind: 'param', name: toPSString(key), hasValue: true, value: v, text: `-${toPSString(key)}:`, splatted: true });
      } else if (Array.isArray(value)) {
        for (const v of value) out.push({ kind: 'value', value: v });
      } else if (value !== null) out.push({ kind: 'value', value });
      continue;
    }
    out.push({ kind: 'value', value: await evalExpr(el, frame) });
  }
  return out;
}

const PARAM_TYPE_NAMES: Record<string, string | undefined> = {
  object: undefined, 'object[]': 'object[]', string: 'string', 'string[]': 'string[]', int: 'int', 'int[]': 'int[]',
  long: 'long', double: 'double', bool: 'bool', hashtable: 'hashtable', datetime: 'datetime', timespan: 'timespan',
  securestring: undefined, pscredential: undefined,
};

/** The binder's conversion: switches to bool, script blocks checked, Unlimited kept, the rest via convertTo. */
export function convertArgument(value: unknown, param: EngineParameter): unknown {
  if (param.type === 'switch') return value === undefined ? true : toBoolean(value);
  const typeName = param.typeName ?? PARAM_TYPE_NAMES[param.type];
  const lower = typeName?.toLowerCase();
  if (param.type === 'scriptblock' || lower === 'scriptblock') {
    if (value instanceof ScriptBlock || value === null) return value;
    throw new Error(`Cannot convert the "${toPSString(value)}" value of type "${typeof value === 'string' ? 'System.String' : 'System.Object'}" to type "System.Management.Automation.ScriptBlock".`);
  }
  if (param.type === 'scriptblock[]' || lower === 'scriptblock[]') {
    const items = Array.isArray(value) ? value : [value];
    return items.map((v) => convertArgument(v, { ...param, type: 'scriptblock', typeName: undefined }));
  }
  if (param.type === 'unlimited-int') {
    if (typeof value === 'string' && value.toLowerCase() === 'unlimited') return 'Unlimited';
    return convertTo(value, 'int');
  }
  if (!typeName || lower === 'object' || lower === 'psobject' || lower === 'system.object') return value;
  if (lower === 'switch' || lower === 'switchparameter' || lower === 'system.management.automation.switchparameter') return toBoolean(value);
  return convertTo(value, typeName);
}
