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

/** The stored entry a -Cert argument names; a terminating error (as pwsh's binder gives) when there is none. */
export function storedCertificateFor(ctx: CmdletContext, cmdlet: string, value: unknown): StoredCertificate {
  const v = value;
  let thumbprint: string | undefined;
  if (v instanceof PSObject) thumbprint = String(v.get('Thumbprint') ?? '');
  else if (typeof v === 'string') {
    const p = parseCertPath(v);
    thumbprint = p && isPersonalStore(p) ? p.thumbprint : undefined;
    if (thumbprint === undefined) {
      ctx.fail(`Cannot bind parameter 'Cert'. Cannot convert value "${v}" to type "System.Security.Cryptography.X509Certificates.X509Certificate2". Give a certificate object or a Cert:\\CurrentUser\\My\\<thumbprint> path.`, { category: 'InvalidArgument', errorId: `CannotConvertArgument,Microsoft.CertificateServices.Commands.${cmdlet.replace('-', '')}`, exceptionType: 'System.Management.Automation.ParameterBindingException', targetObject: v });
    }
  } else {
    ctx.fail(`Cannot bind parameter 'Cert' to the target. The argument is not a certificate.`, { category: 'InvalidArgument', errorId: `CannotConvertArgument,Microsoft.CertificateServices.Commands.${cmdlet.replace('-', '')}`, exceptionType: 'System.Management.Automation.ParameterBindingException' });
  }
  const entry = openStore().find(thumbprint!);
  if (!entry) {
    ctx.fail(`The certificate ${thumbprint} was not found in the certificate store (${openStore().dir}).`, { category: 'ObjectNotFound', errorId: `CertificateNotFound,Microsoft.CertificateServices.Commands.${cmdlet.replace('-', '')}`, exceptionType: 'System.Management.Automation.ItemNotFoundException', targetObject: thumbprint });
  }
  return entry;
}
