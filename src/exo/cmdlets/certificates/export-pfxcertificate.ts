/**
 * Export-PfxCertificate: the certificate with its private key as a PFX
 * (PKCS#12, AES-256) protected by -Password. The password goes to the PFX
 * encoder and nowhere else.
 */
import { credentialToPfx } from '../../auth/certificate-loader.js';
import type { CmdletDefinition } from '../../../repl/cmdlets/types.js';
import { revealSecureString, SecureString } from '../../../repl/values/securestring.js';
import { openStore } from './cert-paths.js';
import { entryProperties } from './entry-properties.js';
import { overwriteParameters, writeExport } from './output-file.js';
import { storedCertificateFor } from './stored-certificate.js';

const NAME = 'Export-PfxCertificate';
const ERROR_CLASS = 'Microsoft.CertificateServices.Commands.ExportPfxCertificate';

export const exportPfxCertificate: CmdletDefinition = {
  name: NAME,
  synopsis: 'Exports a certificate and its private key to a Personal Information Exchange (PFX) file.',
  module: 'PKI',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Cert', type: 'object', mandatory: true, position: 0, valueFromPipeline: true, description: 'The certificate: an object from the store or a Cert:\\CurrentUser\\My\\<thumbprint> path.' },
    { name: 'FilePath', type: 'string', mandatory: true, position: 1, description: 'The .pfx file to write.' },
    { name: 'Password', type: 'securestring', description: 'The password that protects the PFX.' },
    ...overwriteParameters,
  ],
  outputType: ['System.IO.FileInfo'],
  create(ctx) {
    return {
      async *process(params) {
        const entry = storedCertificateFor(ctx, NAME, params['Cert']);
        const password = params['Password'] instanceof SecureString
          ? params['Password']
          : ctx.fail('Either the Password or the ProtectTo parameter must be specified; on this system only -Password is available.', { category: 'InvalidArgument', errorId: `NoPasswordOrProtectTo,${ERROR_CLASS}`, exceptionType: 'System.ArgumentException' });
        if (entryProperties(openStore().dir, entry.thumbprint).nonExportable) {
          ctx.fail(`Cannot export non-exportable private key: the certificate ${entry.thumbprint} was created with -KeyExportPolicy NonExportable.`, { category: 'InvalidOperation', errorId: `System.Security.Cryptography.CryptographicException,${ERROR_CLASS}`, targetObject: entry.thumbprint, exceptionType: 'System.Security.Cryptography.CryptographicException' });
        }
        if (!entry.hasPrivateKey) {
          ctx.fail(`Cannot export non-exportable private key: the certificate ${entry.thumbprint} has no private key in the store.`, { category: 'InvalidOperation', errorId: `System.Security.Cryptography.CryptographicException,${ERROR_CLASS}`, targetObject: entry.thumbprint, exceptionType: 'System.Security.Cryptography.CryptographicException' });
        }
        if (!(await ctx.shouldProcess(`Item: ${entry.thumbprint} Destination: ${String(params['FilePath'])}`, 'Export PFX certificate'))) return;
        const pfx = credentialToPfx(openStore().get(entry.thumbprint), revealSecureString(password));
        yield writeExport(ctx, NAME, params['FilePath'], pfx, { noClobber: params['NoClobber'] === true, mode: 0o600 });
      },
    };
  },
};
