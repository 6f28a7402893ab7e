/** ConvertFrom-SecureString: the plain text (-AsPlainText) or the standard string ConvertTo-SecureString reads back. */
import type { CmdletDefinition } from './types.js';
import { revealSecureString, SecureString } from '../values/securestring.js';
import { toStandardString } from './securestring-text.js';

export const convertFromSecureString: CmdletDefinition = {
  name: 'ConvertFrom-SecureString',
  synopsis: 'Converts a secure string to an encrypted standard string.',
  module: 'Microsoft.PowerShell.Security',
  defaultParameterSet: 'Secure',
  parameters: [
    { name: 'SecureString', type: 'securestring', position: 0, mandatory: true, valueFromPipeline: true, description: 'The secure string to convert.' },
    { name: 'AsPlainText', type: 'switch', parameterSets: ['AsPlainText'], description: 'Return the plain text.' },
  ],
  outputType: ['System.String'],
  create() {
    return {
      *process(params) {
        const secure = params['SecureString'];
        const plain = secure instanceof SecureString ? revealSecureString(secure) : '';
        yield params['AsPlainText'] === true ? plain : toStandardString(plain);
      },
    };
  },
};
