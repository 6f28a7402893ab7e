/**
 * Get-Credential: asks for a user name and password on a terminal, as the
 * console host's PromptForCredential does. Without a terminal there is no one
 * to ask, so it fails with a message that says how to build one instead.
 */
import type { CmdletDefinition } from './types.js';
import { createCredential, isCredential, SecureString } from '../values/securestring.js';
import { toPSString } from '../values/to-string.js';

const NO_TERMINAL = 'Cannot prompt for a credential: no terminal is attached. '
  + 'Pass a PSCredential built with New-Object System.Management.Automation.PSCredential($userName, (ConvertTo-SecureString $password -AsPlainText -Force)).';

export const getCredential: CmdletDefinition = {
  name: 'Get-Credential',
  synopsis: 'Gets a credential object based on a user name and password.',
  module: 'Microsoft.PowerShell.Security',
  defaultParameterSet: 'CredentialSet',
  parameters: [
    { name: 'Credential', type: 'object', position: 0, parameterSets: ['CredentialSet'], description: 'A user name to prompt a password for, or a credential to return as it is.' },
    { name: 'UserName', type: 'string', parameterSets: ['MessageSet'], description: 'The user name to prompt a password for.' },
    { name: 'Message', type: 'string', parameterSets: ['MessageSet'], description: 'Text shown in the prompt.' },
    { name: 'Title', type: 'string', parameterSets: ['MessageSet'], description: 'Title line of the prompt.' },
  ],
  outputType: ['System.Management.Automation.PSCredential'],
  create(ctx) {
    return {
      async *process(params) {
        const given = params['Credential'];
        if (isCredential(given)) {
          yield given;
          return;
        }
        if (!ctx.host.interactive) {
          ctx.fail(NO_TERMINAL, { category: 'InvalidOperation', errorId: 'CouldNotPromptForCredential,Microsoft.PowerShell.Commands.GetCredentialCommand', exceptionType: 'System.Management.Automation.PSInvalidOperationException' });
        }
        const presetUser = given !== undefined && given !== null ? toPSString(given) : (params['UserName'] as string | undefined);
        ctx.host.writeHost(String(params['Title'] ?? 'PowerShell credential request'));
        ctx.host.writeHost(String(params['Message'] ?? 'Enter your credentials.'));
        try {
          const user = presetUser ?? await ctx.host.readLine('User: ');
          const password = await ctx.host.readLine(`Password for user ${user}: `, { secure: true });
          if (user === '' && password === '') return;
          yield createCredential(user, new SecureString(password));
        } catch (e) {
          ctx.fail(e instanceof Error ? e.message : String(e), { category: 'ResourceUnavailable', errorId: 'CouldNotPromptForCredential,Microsoft.PowerShell.Commands.GetCredentialCommand', exceptionType: 'System.Management.Automation.Host.HostException' });
        }
      },
    };
  },
};
