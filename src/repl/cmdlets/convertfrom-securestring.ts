/** ConvertFrom-SecureString: the plain text (-AsPlainText) or the standard string ConvertTo-SecureString reads back. */
import type { CmdletDefinition } from './types.js';
import { revealSecureString, SecureString } from '../values/securestring.js';
import { toStandardString } from './securestring-text.js';
import { toPSString } from '../values/to-string.js';

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
  create(ctx) {
    return {
      *process(params) {
        const secure = params['SecureString'];
        if (!(secure instanceof SecureString)) {
          // The binder passes securestring parameters through as they are, so the type is checked here.
          const type = typeof secure === 'string' ? 'System.String' : 'System.Object';
          return ctx.fail(`Cannot bind parameter 'SecureString'. Cannot convert the "${toPSString(secure)}" value of type "${type}" to type "System.Security.SecureString".`, { category: 'InvalidArgument', errorId: 'CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.ConvertFromSecureStringCommand', exceptionType: 'System.Management.Automation.ParameterBindingException' });
        }
        const plain = revealSecureString(secure);
        yield params['AsPlainText'] === true ? plain : toStandardString(plain);
      },
    };
  },
};
