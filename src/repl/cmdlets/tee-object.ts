/**
 * Tee-Object: passes every input object on and also saves it, either to a
 * variable (set at the end, like Set-Variable: one object as itself, several
 * as an array) or to a file formatted as Out-File writes it (pwsh runs
 * Out-File for this, and so do we).
 */
import type { CmdletContext, CmdletDefinition, CmdletInstance, StepOutput } from './types.js';
import { outFile } from './out-file.js';

export const teeObject: CmdletDefinition = {
  name: 'Tee-Object',
  aliases: ['tee'],
  synopsis: 'Saves command output in a file or variable and also sends it down the pipeline.',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'File',
  parameters: [
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
    { name: 'FilePath', type: 'string', mandatory: true, position: 0, aliases: ['Path'], parameterSets: ['File'] },
    { name: 'LiteralPath', type: 'string', mandatory: true, aliases: ['PSPath', 'LP'], parameterSets: ['LiteralFile'] },
    { name: 'Append', type: 'switch', parameterSets: ['File', 'LiteralFile'] },
    { name: 'Encoding', type: 'string', parameterSets: ['File', 'LiteralFile'] },
    { name: 'Variable', type: 'string', mandatory: true, parameterSets: ['Variable'] },
  ],
  create(ctx) {
    const passThrough = (params: Record<string, unknown>, input: { present: boolean; value?: unknown }): unknown[] | undefined => {
      if (input.present) return [input.value];
      if (ctx.boundNames.has('InputObject')) return [params.InputObject];
      return undefined;
    };
    if (ctx.boundNames.has('Variable')) {
      const saved: unknown[] = [];
      return {
        process(params, input) {
          const item = passThrough(params, input);
          if (!item) return;
          saved.push(item[0]);
          return item;
        },
        end() {
          ctx.setVariable(String(ctx.params.Variable), saved.length === 0 ? null : saved.length === 1 ? saved[0] : saved);
        },
      };
    }
    const file = outFile.create(fileContext(ctx));
    return {
      begin: () => file.begin?.(),
      async *process(params, input) {
        const item = passThrough(params, input);
        if (!item) return;
        await settle(file.process?.({ ...params, InputObject: item[0] }, { present: true, value: item[0] }));
        yield item[0];
      },
      end: () => file.end?.(),
    } satisfies CmdletInstance;
  },
};

/** The context Out-File sees: the same session, with Out-File's parameters. */
function fileContext(ctx: CmdletContext): CmdletContext {
  const params: Record<string, unknown> = { FilePath: ctx.params.FilePath ?? ctx.params.LiteralPath };
  const bound = new Set(['FilePath']);
  for (const name of ['Append', 'Encoding']) {
    if (ctx.boundNames.has(name)) {
      params[name] = ctx.params[name];
      bound.add(name);
    }
  }
  return {
    invocationName: 'Out-File',
    params,
    boundNames: bound,
    parameterSetName: '__AllParameterSets',
    get signal() { return ctx.signal; },
    host: ctx.host,
    cwd: ctx.cwd,
    errorAction: ctx.errorAction,
    invoke: (block, options) => ctx.invoke(block, options),
    stream: (block, options) => ctx.stream(block, options),
    getVariable: (name) => ctx.getVariable(name),
    setVariable: (name, value) => ctx.setVariable(name, value),
    writeError: (error, details) => ctx.writeError(error, details),
    writeWarning: (message) => ctx.writeWarning(message),
    writeVerbose: (message) => ctx.writeVerbose(message),
    writeDebug: (message) => ctx.writeDebug(message),
    fail: (error, details) => ctx.fail(error, details),
    shouldProcess: (target, action) => ctx.shouldProcess(target, action),
  };
}

/** Out-File's steps write as a side effect; run one to completion. */
async function settle(step: StepOutput): Promise<void> {
  if (!step) return;
  if (typeof (step as Promise<void>).then === 'function') {
    await step;
    return;
  }
  if (Symbol.asyncIterator in (step as object)) {
    for await (const _ of step as AsyncIterable<unknown>) void _;
    return;
  }
  for (const _ of step as Iterable<unknown>) void _;
}
