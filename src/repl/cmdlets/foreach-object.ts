/**
 * ForEach-Object: runs script blocks per input object (with optional begin and
 * end blocks), gets a member of each object (`% Name`, `% ToUpper`), or runs a
 * block for each object concurrently (-Parallel).
 */
import type { CmdletContext, CmdletDefinition, CmdletInstance } from './types.js';
import { runParallel } from './pipeline-common/parallel.js';
import { getProperty, hasProperty, PSObject } from './pipeline-common/values.js';

export const foreachObject: CmdletDefinition = {
  name: 'ForEach-Object',
  aliases: ['%', 'foreach'],
  synopsis: 'Performs an operation against each item in a collection of input objects.',
  module: 'Microsoft.PowerShell.Core',
  defaultParameterSet: 'ScriptBlockSet',
  parameters: [
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
    { name: 'Begin', type: 'scriptblock', parameterSets: ['ScriptBlockSet'] },
    { name: 'Process', type: 'scriptblock[]', mandatory: true, position: 0, parameterSets: ['ScriptBlockSet'] },
    { name: 'End', type: 'scriptblock', parameterSets: ['ScriptBlockSet'] },
    { name: 'RemainingScripts', type: 'scriptblock[]', valueFromRemainingArguments: true, parameterSets: ['ScriptBlockSet'] },
    { name: 'MemberName', type: 'string', mandatory: true, position: 0, parameterSets: ['PropertyAndMethodSet'], validateNotNullOrEmpty: true },
    { name: 'ArgumentList', type: 'object[]', aliases: ['Args'], valueFromRemainingArguments: true, parameterSets: ['PropertyAndMethodSet'] },
    { name: 'Parallel', type: 'scriptblock', mandatory: true, parameterSets: ['ParallelParameterSet'] },
    { name: 'ThrottleLimit', type: 'int', parameterSets: ['ParallelParameterSet'] },
  ],
  create(ctx) {
    if (ctx.boundNames.has('Parallel')) return runParallel(ctx);
    if (ctx.boundNames.has('MemberName')) return memberInstance(ctx);
    return scriptBlockInstance(ctx);
  },
};

/** pwsh's rule: with several blocks and no -Begin/-End, the first is begin and (from three on) the last is end. */
export function assignBlocks(params: Record<string, unknown>, bound: ReadonlySet<string>): { begin?: unknown; process: unknown[]; end?: unknown } {
  const scripts: unknown[] = [];
  const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
  if (bound.has('Begin')) scripts.push(params.Begin);
  if (bound.has('Process')) scripts.push(...asList(params.Process));
  if (bound.has('RemainingScripts')) scripts.push(...asList(params.RemainingScripts));
  const start = scripts.length > 1 ? 1 : 0;
  let end = scripts.length;
  let endScript = bound.has('End') ? params.End : undefined;
  if (!bound.has('End') && scripts.length > 2) {
    end = scripts.length - 1;
    endScript = scripts[end];
  }
  return {
    begin: start === 1 ? scripts[0] : undefined,
    process: scripts.slice(start, end),
    end: endScript,
  };
}

function scriptBlockInstance(ctx: CmdletContext): CmdletInstance {
  if (ctx.params.WhatIf === true || ctx.params.Confirm === true) {
    ctx.fail('The WhatIf and Confirm parameters are not supported for the script block parameter set of ForEach-Object.',
      { errorId: 'NoShouldProcessForScriptBlockSet,Microsoft.PowerShell.Commands.ForEachObjectCommand', category: 'InvalidOperation' });
  }
  const blocks = assignBlocks(ctx.params as Record<string, unknown>, ctx.boundNames);
  return {
    begin() {
      if (isBlock(blocks.begin)) return ctx.stream(blocks.begin);
    },
    process(params, input) {
      const item = input.present ? input.value : params.InputObject ?? null;
      return runEach(item);
    },
    end() {
      if (isBlock(blocks.end)) return ctx.stream(blocks.end);
    },
  };

  async function* runEach(item: unknown): AsyncGenerator<unknown> {
    for (const block of blocks.process) {
      if (isBlock(block)) yield* ctx.stream(block, { dollarUnder: item, input: [item] });
    }
  }
}

function isBlock(block: unknown): boolean {
  return block !== undefined && block !== null;
}

function memberInstance(ctx: CmdletContext): CmdletInstance {
  const name = ctx.params.MemberName as string;
  const args = ctx.boundNames.has('ArgumentList') ? (ctx.params.ArgumentList as unknown[]) : [];
  return {
    process(params, input) {
      const item = input.present ? input.value : params.InputObject ?? null;
      if (item === null || item === undefined) return [null];
      if (hasProperty(item, name) && args.length === 0) return unroll(getProperty(item, name));
      const method = item instanceof PSObject ? item.getMethod(name) : undefined;
      if (method) return unroll(method(item, args));
      const result = invokeBuiltinMethod(item, name, args);
      if (result.found) return unroll(result.value);
      if (args.length > 0 || result.isMethodName) {
        ctx.writeError(`Method invocation failed because [${typeNameOf(item)}] does not contain a method named '${name}'.`,
          { errorId: 'MethodNotFound,Microsoft.PowerShell.Commands.ForEachObjectCommand', category: 'InvalidOperation', targetObject: item });
        return [];
      }
      // No such member: pwsh writes $null so later stages still see one object per input.
      return [null];
    },
  };
}

function unroll(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

function typeNameOf(value: unknown): string {
  if (value instanceof PSObject) return value.typeName;
  if (typeof value === 'string') return 'System.String';
  if (typeof value === 'number') return Number.isInteger(value) ? 'System.Int32' : 'System.Double';
  if (typeof value === 'boolean') return 'System.Boolean';
  if (Array.isArray(value)) return 'System.Object[]';
  return 'System.Object';
}

/** TEMPORARY: the few string methods `% ToUpper`-style calls need, until values/members.ts exports invokeMethod. */
function invokeBuiltinMethod(item: unknown, name: string, args: unknown[]): { found: boolean; value?: unknown; isMethodName?: boolean } {
  if (typeof item !== 'string') return { found: false };
  const s = item;
  switch (name.toLowerCase()) {
    case 'toupper': return { found: true, value: s.toUpperCase() };
    case 'tolower': return { found: true, value: s.toLowerCase() };
    case 'trim': return { found: true, value: s.trim() };
    case 'split': return { found: true, value: s.split(String(args[0] ?? ' ')) };
    case 'replace': return { found: true, value: s.split(String(args[0])).join(String(args[1] ?? '')) };
    case 'tostring': return { found: true, value: s };
    default: return { found: false };
  }
}
