/**
 * Out-Host (oh): formats its input as Out-Default does and writes it to the
 * host now, instead of passing it down the pipeline.
 */
import type { CmdletDefinition, CmdletContext, CmdletInstance } from './types.js';
import { enumerationLimit } from '../format/cmdlet-support.js';
import { OutDefault } from '../format/out-default.js';

/** Shared by Out-Host and Out-Default: everything goes to the host's output. */
export function hostWriterInstance(ctx: CmdletContext): CmdletInstance {
  const out = new OutDefault({
    width: ctx.host.width,
    write: (line) => ctx.host.writeOutput(line),
    enumerationLimit: enumerationLimit(ctx),
    color: ctx.host.color,
  });
  return {
    process(bound, input) {
      if (input.present) out.push(input.value);
      else if (ctx.boundNames.has('InputObject')) out.push(bound.InputObject);
    },
    end() {
      out.flush();
    },
  };
}

export const outHost: CmdletDefinition = {
  name: 'Out-Host',
  aliases: ['oh'],
  synopsis: 'Sends output to the command line.',
  module: 'Microsoft.PowerShell.Core',
  parameters: [
    { name: 'Paging', type: 'switch', description: 'Accepted for compatibility; output is not paged.' },
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
  ],
  create: hostWriterInstance,
};
