/**
 * ConvertTo-SecureString: plain text (-AsPlainText; -Force is accepted but no
 * longer required in PowerShell 7) or a standard string from
 * ConvertFrom-SecureString, to a SecureString.
 */
import type { CmdletDefinition } from './types.js';
import { SecureString } from '../values/securestring.js';
import { fromStandardString } from './securestring-text.js';

export const convertToSecureString: CmdletDefinition = {
  name: 'ConvertTo-SecureString',
  synopsis: 'Converts plain text or encrypted strings to secure strings.',
  module: 'Microsoft.PowerShell.Security',
  defaultParameterSet: 'Secure',
  parameters: [
    { name: 'String', type: 'string', position: 0, mandatory: true, valueFromPipeline: true, description: 'The string to convert.' },
    { name: 'AsPlainText', type: 'switch', parameterSets: ['PlainText'], description: 'The string is plain text.' },
    { name: 'Force', type: 'switch', parameterSets: ['PlainText'], description: 'Accepted for compatibility with Windows PowerShell 5.1.' },
  ],
  outputType: ['System.Security.SecureString'],
  create(ctx) {
    return {
      *process(params) {
        const text = String(params['String'] ?? '');
        if (params['AsPlainText'] === true) {
          yield new SecureString(text);
          return;
        }
        const plain = fromStandardString(text);
        if (plain === null) {
          ctx.writeError('Input string was not in a correct format.', { category: 'InvalidArgument', errorId: 'ImportSecureString,Microsoft.PowerShell.Commands.ConvertToSecureStringCommand', exceptionType: 'System.FormatException', targetObject: text });
          return;
        }
        yield new SecureString(plain);
      },
    };
  },
};
