/**
 * Write-Warning, Write-Verbose and Write-Debug: one message to their stream;
 * the context applies -WarningAction/-Verbose/-Debug and the preference variables.
 */
import type { CmdletContext, CmdletDefinition } from './types.js';

function messageCmdlet(name: string, synopsis: string, write: (ctx: CmdletContext, message: string) => void): CmdletDefinition {
  return {
    name,
    synopsis,
    module: 'Microsoft.PowerShell.Utility',
    parameters: [
      { name: 'Message', type: 'string', aliases: ['Msg'], position: 0, mandatory: true, valueFromPipeline: true, description: 'The message to write.' },
    ],
    create(ctx) {
      return {
        process(params) {
          write(ctx, String(params['Message'] ?? ''));
        },
      };
    },
  };
}

export const writeWarning = messageCmdlet('Write-Warning', 'Writes a warning message.', (ctx, m) => ctx.writeWarning(m));
export const writeVerbose = messageCmdlet('Write-Verbose', 'Writes text to the verbose message stream.', (ctx, m) => ctx.writeVerbose(m));
export const writeDebug = messageCmdlet('Write-Debug', 'Writes a debug message to the console.', (ctx, m) => ctx.writeDebug(m));
