/** -CertStoreLocation: `Cert:\CurrentUser\My` or `Cert:\LocalMachine\My`, both the local store. */
import type { CmdletContext } from '../../../repl/cmdlets/types.js';
import { isPersonalStore, parseCertPath, type StoreLocation } from './cert-paths.js';

export function storeLocationArg(ctx: CmdletContext, cmdlet: string, value: unknown): StoreLocation {
  if (value === undefined || value === null) return 'CurrentUser';
  const p = parseCertPath(String(value));
  if (!p || !isPersonalStore(p) || p.thumbprint !== undefined) {
    ctx.fail(`The store location '${String(value)}' is not supported: exosh keeps one personal store on this system, reachable as Cert:\\CurrentUser\\My or Cert:\\LocalMachine\\My.`, {
      category: 'InvalidArgument',
      errorId: `InvalidCertStoreLocation,Microsoft.CertificateServices.Commands.${cmdlet.replace('-', '')}Command`,
      targetObject: value,
      exceptionType: 'System.ArgumentException',
    });
  }
  return p.location!;
}
