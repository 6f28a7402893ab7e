/**
 * Import-PfxCertificate: a PFX's certificate and private key into the local
 * store (modern AES and legacy 3DES/RC2 PFX files both read); the key is
 * non-exportable unless -Exportable says otherwise, as on Windows.
 */
import { credentialFromPfxFile } from '../../auth/certificate-loader.js';
import { SignInError } from '../../auth/sign-in-error.js';
import { absolutePath } from '../../../repl/cmdlets/file-system/paths.js';
import type { CmdletDefinition } from '../../../repl/cmdlets/types.js';
import { revealSecureString, SecureString } from '../../../repl/values/securestring.js';
import { certificateObject, X509_TYPE } from './cert-object.js';
import { openStore } from './cert-paths.js';
import { setEntryProperties } from './entry-properties.js';
import { storeLocationArg } from './store-location.js';

const NAME = 'Import-PfxCertificate';

export const importPfxCertificate: CmdletDefinition = {
  name: NAME,
  synopsis: 'Imports certificates and private keys from a Personal Information Exchange (PFX) file to the destination store.',
  module: 'PKI',
  supportsShouldProcess: true,
  parameters: [
    { name: 'FilePath', type: 'string', mandatory: true, position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true, aliases: ['FullName'], description: 'The .pfx file to import.' },
    { name: 'CertStoreLocation', type: 'string', description: 'Cert:\\CurrentUser\\My (default) or Cert:\\LocalMachine\\My.' },
    { name: 'Password', type: 'securestring', description: 'The password that protects the PFX.' },
    { name: 'Exportable', type: 'switch', description: 'Let Export-PfxCertificate export the imported private key again.' },
  ],
  outputType: [X509_TYPE],
  create(ctx) {
    return {
      async *process(params) {
        const location = storeLocationArg(ctx, NAME, params['CertStoreLocation']);
        const path = absolutePath(ctx.cwd, String(params['FilePath']));
        const password = params['Password'] instanceof SecureString ? revealSecureString(params['Password']) : undefined;
        let credential;
        try {
          credential = credentialFromPfxFile(path, password);
        } catch (e) {
          const code = e instanceof SignInError ? e.errorId : 'PfxImportFailed';
          return ctx.fail((e as Error).message, { category: 'InvalidData', errorId: `${code},Microsoft.CertificateServices.Commands.ImportPfxCertificate`, targetObject: path, exceptionType: 'System.Security.Cryptography.CryptographicException' });
        }
        if (!(await ctx.shouldProcess(`Item: ${path} Destination: ${location}\\My`, 'Import PFX certificate'))) return;
        const store = openStore();
        const stored = store.add({ certificatePem: credential.certificatePem, privateKeyPem: credential.privateKeyPem });
        // As on Windows, an imported key can be exported again only when imported with -Exportable.
        setEntryProperties(store.dir, stored.thumbprint, { nonExportable: params['Exportable'] !== true });
        yield certificateObject({ certificatePem: credential.certificatePem, hasPrivateKey: stored.hasPrivateKey, location });
      },
    };
  },
};
