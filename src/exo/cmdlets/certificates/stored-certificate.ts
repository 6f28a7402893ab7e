/**
 * Looking certificates up in the store for the cmdlets: by -Cert value (an
 * X509Certificate2 object or a `Cert:\...\<thumbprint>` path) and reading a
 * stored entry's certificate.
 */
import type { CmdletContext } from '../../../repl/cmdlets/types.js';
import { PSObject } from '../../../repl/values/psobject.js';
import type { StoredCertificate } from '../../auth/cert-store.js';
import { isPersonalStore, openStore, parseCertPath } from './cert-paths.js';

export function readStoredPem(entry: StoredCertificate): string {
  return openStore().certificatePem(entry.thumbprint) ?? '';
}

/** The thumbprint a -Cert value names: an object's Thumbprint, or the last part of a `Cert:\...\My\<thumbprint>` path. */
function thumbprintOf(value: unknown): string | undefined {
  if (value instanceof PSObject) return String(value.get('Thumbprint') ?? '');
  if (typeof value !== 'string') return undefined;
  const p = parseCertPath(value);
  return p && isPersonalStore(p) ? p.thumbprint : undefined;
}

/** The stored entry a -Cert argument names; a terminating error (as pwsh's binder gives) when there is none. */
export function storedCertificateFor(ctx: CmdletContext, cmdlet: string, value: unknown): StoredCertificate {
  const errorClass = `Microsoft.CertificateServices.Commands.${cmdlet.replace('-', '')}Command`;
  const thumbprint = thumbprintOf(value);
  if (thumbprint === undefined) {
    ctx.fail(`Cannot bind parameter 'Cert'. Cannot convert value "${String(value)}" to type "System.Security.Cryptography.X509Certificates.X509Certificate2". Give a certificate object or a Cert:\\CurrentUser\\My\\<thumbprint> path.`, { category: 'InvalidArgument', errorId: `CannotConvertArgument,${errorClass}`, exceptionType: 'System.Management.Automation.ParameterBindingException', targetObject: value });
  }
  const store = openStore();
  const entry = store.find(thumbprint);
  if (!entry) {
    ctx.fail(`The certificate ${thumbprint} was not found in the certificate store (${store.dir}).`, { category: 'ObjectNotFound', errorId: `CertificateNotFound,${errorClass}`, exceptionType: 'System.Management.Automation.ItemNotFoundException', targetObject: thumbprint });
  }
  return entry;
}
