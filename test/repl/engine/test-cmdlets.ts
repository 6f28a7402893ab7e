/** Small cmdlets used only by the engine tests, so they do not depend on the core cmdlets. */
import type { CmdletDefinition } from '../../../src/repl/cmdlets/types.js';

/** Writes a non-terminating error with the given message (like Write-Error). */
export const testError: CmdletDefinition = {
  name: 'Test-Error',
  synopsis: 'Writes a non-terminating error.',
  parameters: [{ name: 'Message', type: 'string', position: 0, mandatory: true }],
  create: (ctx) => ({
    process(params) {
      ctx.writeError(String(params['Message']), { category: 'NotSpecified', errorId: 'Test.Error' });
    },
  }),
};

/** Fails with a terminating error. */
export const testFail: CmdletDefinition = {
  name: 'Test-Fail',
  synopsis: 'Throws a terminating error.',
  parameters: [{ name: 'Message', type: 'string', position: 0, mandatory: true }],
  create: (ctx) => ({
    process(params) {
      ctx.fail(String(params['Message']), { category: 'InvalidOperation', errorId: 'Test.Fail', exceptionType: 'System.InvalidOperationException' });
    },
  }),
};

/** Takes the first N items, then says it needs no more input. */
export const takeFirst: CmdletDefinition = {
  name: 'Take-First',
  synopsis: 'Passes on the first N items.',
  parameters: [
    { name: 'Count', type: 'int', position: 0, mandatory: true },
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
  ],
  create: (ctx) => {
    let seen = 0;
    return {
      *process(_params, input) {
        if (!input.present) return;
        seen++;
        yield input.value;
        if (seen >= Number(ctx.params['Count'])) ctx.stopUpstream?.();
      },
    };
  },
};

/** Counts what it produces, for laziness checks: emits 1, 2, 3, ... up to -Limit. */
export function countingProducer(counter: { produced: number; closed: boolean }): CmdletDefinition {
  return {
    name: 'Get-Counting',
    synopsis: 'Produces numbers, counting them.',
    parameters: [{ name: 'Limit', type: 'int', position: 0 }],
    create: (ctx) => ({
      async *process() {
        const limit = ctx.params['Limit'] === undefined ? Infinity : Number(ctx.params['Limit']);
        try {
          for (let i = 1; i <= limit; i++) {
            counter.produced++;
            yield i;
          }
        } finally {
          counter.closed = true;
        }
      },
    }),
  };
}

/** Emits one object per input with a property per argument pair, for pipeline binding tests. */
export const testBinding: CmdletDefinition = {
  name: 'Test-Binding',
  synopsis: 'Echoes what it was bound to.',
  defaultParameterSet: 'ByName',
  parameters: [
    { name: 'Path', type: 'string', position: 0, parameterSets: ['ByPath'], mandatory: ['ByPath'] },
    { name: 'Name', type: 'string', position: 0, parameterSets: ['ByName'], valueFromPipelineByPropertyName: true },
    { name: 'PassThru', type: 'switch' },
    { name: 'Count', type: 'int', aliases: ['n'] },
    { name: 'Color', type: 'string', validateSet: ['Red', 'Green'] },
    { name: 'Force', type: 'switch' },
    { name: 'Id', type: 'int', valueFromPipeline: true, parameterSets: ['ById'], mandatory: ['ById'] },
  ],
  create: (ctx) => ({
    *process(params) {
      const keys = Object.keys(params).filter((k) => params[k] !== undefined).sort();
      yield `${ctx.parameterSetName}: ${keys.map((k) => `${k}=${String(params[k])}`).join(' ')}`;
    },
  }),
};

/** Writes its text straight to the host (like Write-Host). */
export const writeNote: CmdletDefinition = {
  name: 'Write-Note',
  synopsis: 'Writes text to the host.',
  parameters: [{ name: 'Text', type: 'string', position: 0 }],
  create: (ctx) => ({
    process(params) {
      ctx.host.writeHost(String(params['Text'] ?? ''));
    },
  }),
};
