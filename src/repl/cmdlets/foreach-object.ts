/**
 * ForEach-Object: runs script blocks per input object (with optional begin and
 * end blocks), gets a member of each object (`% Name`, `% ToUpper`), or runs a
 * block for each object concurrently (-Parallel).
 */
import type { CmdletContext, CmdletDefinition, CmdletInstance } from './types.js';
import { runParallel } from './pipeline-common/parallel.js';
import { PSRuntimeError } from '../values/errors.js';
import { invokeMethod } from '../values/members.js';
import { getProperty, hasProperty } from './pipeline-common/values.js';

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
      const only = blocks.process.length === 1 ? blocks.process[0] : undefined;
      if (isBlock(only)) {
        const options = { dollarUnder: item, input: [item] };
        return ctx.invokeSync?.(only, options) ?? ctx.stream(only, options);
      }
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
      if (args.length === 0 && hasProperty(item, name)) return unroll(getProperty(item, name));
      try {
        return unroll(invokeMethod(item, name, args));
      } catch (e) {
        if (!(e instanceof PSRuntimeError) || e.errorId !== 'MethodNotFound') throw e;
        if (args.length > 0) {
          ctx.writeError(e.message, { errorId: 'MethodNotFound,Microsoft.PowerShell.Commands.ForEachObjectCommand', category: 'InvalidOperation', targetObject: item });
          return [];
        }
        // No such member: pwsh writes $null so later stages still see one object per input.
        return [null];
      }
    },
  };
}

function unroll(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}
