/**
 * New-SelfSignedCertificate: an RSA key pair and self-signed certificate
 * added to the local store (the PKI module's cmdlet, for the guide's
 * "create a certificate for app-only sign-in" step).
 */
import type { CmdletDefinition } from '../../../repl/cmdlets/types.js';
import { DateTime } from '../../../repl/values/datetime.js';
import { certificateObject, X509_TYPE } from './cert-object.js';
import { openStore } from './cert-paths.js';
import { setEntryProperties } from './entry-properties.js';
import { createSelfSigned, type HashName } from './self-signed.js';
import { storeLocationArg } from './store-location.js';

const NAME = 'New-SelfSignedCertificate';
const ERROR_SUFFIX = 'Microsoft.CertificateServices.Commands.NewSelfSignedCertificateCommand';
const HOUR = 3600_000;

function strings(v: unknown): string[] {
  return v === undefined || v === null ? [] : (Array.isArray(v) ? v : [v]).map(String).filter((s) => s !== '');
}

export const newSelfSignedCertificate: CmdletDefinition = {
  name: NAME,
  synopsis: 'Creates a new self-signed certificate for testing purposes.',
  module: 'PKI',
  supportsShouldProcess: true,
  parameters: [
    { name: 'Subject', type: 'string', description: 'The X.500 subject, e.g. CN=ExchangeOnlineAutomation (CN= is added when missing).' },
    { name: 'DnsName', type: 'string[]', description: 'DNS names for the subject alternative name; the first is the subject when -Subject is absent.' },
    { name: 'CertStoreLocation', type: 'string', description: 'Cert:\\CurrentUser\\My (default) or Cert:\\LocalMachine\\My.' },
    { name: 'KeyExportPolicy', type: 'string[]', validateSet: ['Exportable', 'ExportableEncrypted', 'NonExportable'], description: 'NonExportable makes Export-PfxCertificate refuse the private key (default Exportable).' },
    { name: 'KeySpec', type: 'string', validateSet: ['None', 'KeyExchange', 'Signature'], description: 'Key usage of the key pair.' },
    { name: 'KeyLength', type: 'int', description: 'RSA key size in bits (default 2048).' },
    { name: 'KeyAlgorithm', type: 'string', description: 'RSA (the only algorithm supported here).' },
    { name: 'HashAlgorithm', type: 'string', validateSet: ['SHA1', 'SHA256', 'SHA384', 'SHA512'], description: 'Signature hash (default SHA256).' },
    { name: 'NotBefore', type: 'datetime', description: 'Start of validity (default 10 minutes ago).' },
    { name: 'NotAfter', type: 'datetime', description: 'End of validity (default one year from now).' },
    { name: 'Provider', type: 'string', description: 'Windows key storage provider name; accepted for compatibility.' },
    { name: 'FriendlyName', type: 'string', description: 'A friendly name for the store entry.' },
  ],
  outputType: [X509_TYPE],
  create(ctx) {
    return {
      async *process(params) {
        const fail = (message: string, category = 'InvalidArgument', errorId = 'InvalidArgument') =>
          ctx.fail(message, { category, errorId: `${errorId},${ERROR_SUFFIX}`, exceptionType: 'System.ArgumentException' });
        const dnsNames = strings(params['DnsName']);
        const rawSubject = typeof params['Subject'] === 'string' && params['Subject'] !== '' ? params['Subject'] : undefined;
        if (!rawSubject && dnsNames.length === 0) fail('Neither the Subject nor the DnsName parameter was specified. Specify at least one.', 'InvalidArgument', 'NoSubjectOrDnsName');
        const subject = rawSubject ? (rawSubject.includes('=') ? rawSubject : `CN=${rawSubject}`) : `CN=${dnsNames[0]}`;
        const algorithm = String(params['KeyAlgorithm'] ?? 'RSA');
        if (algorithm.toUpperCase() !== 'RSA') fail(`The key algorithm '${algorithm}' is not supported here; use -KeyAlgorithm RSA.`, 'NotImplemented', 'KeyAlgorithmNotSupported');
        const keyLength = params['KeyLength'] === undefined ? 2048 : Number(params['KeyLength']);
        if (!Number.isInteger(keyLength) || keyLength < 1024 || keyLength > 16384 || keyLength % 8 !== 0) fail(`The key length ${keyLength} is not valid for RSA; use a multiple of 8 from 1024 to 16384 (2048 or more recommended).`);
        const location = storeLocationArg(ctx, NAME, params['CertStoreLocation']);
        const now = Date.now();
        const notBefore = params['NotBefore'] instanceof DateTime ? params['NotBefore'].toJSDate() : new Date(now - HOUR / 6);
        const notAfter = params['NotAfter'] instanceof DateTime ? params['NotAfter'].toJSDate() : new Date(now + 365 * 24 * HOUR);
        if (notAfter <= notBefore) fail('The NotAfter date must be later than the NotBefore date.');
        if (!(await ctx.shouldProcess(`Subject: ${subject}`, 'Create a self-signed certificate'))) return;
        let pair;
        try {
          pair = await createSelfSigned({ subject, dnsNames, keyLength, hash: String(params['HashAlgorithm'] ?? 'SHA256').toUpperCase() as HashName, notBefore, notAfter });
        } catch (e) {
          return fail((e as Error).message);
        }
        const store = openStore();
        const stored = store.add(pair);
        const name = typeof params['FriendlyName'] === 'string' ? params['FriendlyName'] : '';
        const policy = params['KeyExportPolicy'];
        setEntryProperties(store.dir, stored.thumbprint, { friendlyName: name, nonExportable: (Array.isArray(policy) ? policy : [policy]).some((p) => String(p).toLowerCase() === 'nonexportable') });
        yield certificateObject({ certificatePem: pair.certificatePem, hasPrivateKey: stored.hasPrivateKey, location, friendlyName: name });
      },
    };
  },
};
