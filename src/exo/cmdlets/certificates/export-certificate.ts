/**
 * Export-Certificate: the certificate alone (no private key), DER-encoded as
 * a .cer (-Type CERT, the default) or a PKCS#7 bundle (-Type P7B).
 */
import forge from 'node-forge';
import type { CmdletDefinition } from '../../../repl/cmdlets/types.js';
import { openStore } from './cert-paths.js';
import { overwriteParameters, writeExport } from './output-file.js';
import { storedCertificateFor } from './stored-certificate.js';

const NAME = 'Export-Certificate';

function p7b(certificatePem: string): Buffer {
  const p7 = forge.pkcs7.createSignedData();
  p7.addCertificate(forge.pki.certificateFromPem(certificatePem));
  return Buffer.from(forge.asn1.toDer(p7.toAsn1()).getBytes(), 'binary');
}

function der(certificatePem: string): Buffer {
  return Buffer.from(certificatePem.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
}

export const exportCertificate: CmdletDefinition = {
  name: NAME,
  synopsis: 'Exports a certificate from a certificate store into a file.',
  module: 'PKI',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Cert', type: 'object', mandatory: true, valueFromPipeline: true, description: 'The certificate: an object from the store or a Cert:\\CurrentUser\\My\\<thumbprint> path.' },
    { name: 'FilePath', type: 'string', mandatory: true, description: 'The file to write.' },
    { name: 'Type', type: 'string', validateSet: ['SST', 'CERT', 'P7B'], description: 'CERT (DER .cer, default) or P7B.' },
    ...overwriteParameters,
  ],
  outputType: ['System.IO.FileInfo'],
  create(ctx) {
    return {
      async *process(params) {
        const entry = storedCertificateFor(ctx, NAME, params['Cert']);
        const type = String(params['Type'] ?? 'CERT').toUpperCase();
        if (type === 'SST') {
          ctx.fail('The SST (Microsoft serialized certificate store) format exists only on Windows; use -Type CERT or P7B.', { category: 'NotImplemented', errorId: `SstNotSupported,Microsoft.CertificateServices.Commands.ExportCertificateCommand`, exceptionType: 'System.NotSupportedException' });
        }
        if (!(await ctx.shouldProcess(`Item: ${entry.thumbprint} Destination: ${String(params['FilePath'])}`, 'Export certificate'))) return;
        const pem = openStore().certificatePem(entry.thumbprint)!;
        yield writeExport(ctx, NAME, params['FilePath'], type === 'P7B' ? p7b(pem) : der(pem), { noClobber: params['NoClobber'] === true });
      },
    };
  },
};
