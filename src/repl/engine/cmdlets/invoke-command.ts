/** Invoke-Command (local form): runs a script block with -ArgumentList, in a new scope unless -NoNewScope. */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { ScriptBlock } from '../runtime.js';
import { scriptBlockCommand } from '../eval/functions.js';
import { runPipelineOf } from '../eval/pipeline.js';
import { frameOf } from './engine-access.js';

export const invokeCommand: CmdletDefinition = {
  name: 'Invoke-Command',
  aliases: ['icm'],
  synopsis: 'Runs a script block on the local computer.',
  module: 'Microsoft.PowerShell.Core',
  parameters: [
    { name: 'ScriptBlock', type: 'scriptblock', mandatory: true, position: 0, aliases: ['Command'] },
    { name: 'ArgumentList', type: 'object[]', aliases: ['Args'] },
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
    { name: 'NoNewScope', type: 'switch' },
  ],
  create(ctx) {
    const input: unknown[] = [];
    return {
      process(_params, item) {
        if (item.present) input.push(item.value);
      },
      end() {
        const block = ctx.params['ScriptBlock'] as ScriptBlock;
        const def = scriptBlockCommand(block, frameOf(ctx), ctx.params['NoNewScope'] === true);
        return runPipelineOf(def, frameOf(ctx), (ctx.params['ArgumentList'] as unknown[] | undefined) ?? [], input.length ? input : undefined);
      },
    };
  },
};
