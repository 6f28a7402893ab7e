/**
 * Read-Host: one line from the user, through the host's prompt. The prompt
 * gets ': ' appended, as pwsh does; -AsSecureString returns a SecureString.
 */
import type { CmdletDefinition } from './types.js';
import { SecureString } from '../values/securestring.js';
import { toPSString } from '../values/to-string.js';

export const readHost: CmdletDefinition = {
  name: 'Read-Host',
  synopsis: 'Reads a line of input from the console.',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'AsString',
  parameters: [
    { name: 'Prompt', type: 'object', position: 0, valueFromRemainingArguments: true, description: 'Text shown before the input; a colon is appended.' },
    { name: 'AsSecureString', type: 'switch', parameterSets: ['AsSecureString'], description: 'Echo nothing and return a SecureString.' },
    { name: 'MaskInput', type: 'switch', parameterSets: ['AsString'], description: 'Echo nothing and return a string.' },
  ],
  outputType: ['System.String', 'System.Security.SecureString'],
  create(ctx) {
    return {
      async *process(params) {
        const promptValue = params['Prompt'];
        const prompt = promptValue === undefined || promptValue === null ? '' : `${toPSString(promptValue)}: `;
        const secure = params['AsSecureString'] === true;
        let answer: string;
        try {
          answer = await ctx.host.readLine(prompt, { secure: secure || params['MaskInput'] === true });
        } catch (e) {
          return ctx.fail(e instanceof Error ? e.message : String(e), { category: 'ResourceUnavailable', errorId: 'System.Management.Automation.Host.HostException,Microsoft.PowerShell.Commands.ReadHostCommand', exceptionType: 'System.Management.Automation.Host.HostException' });
        }
        yield secure ? new SecureString(answer) : answer;
      },
    };
  },
};
