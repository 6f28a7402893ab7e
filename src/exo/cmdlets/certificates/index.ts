/** The PKI cmdlets over exosh's local certificate store, and the Cert: drive for the item cmdlets. */
import type { CmdletDefinition } from '../../../repl/cmdlets/types.js';
import './cert-provider.js';
import { exportCertificate } from './export-certificate.js';
import { exportPfxCertificate } from './export-pfxcertificate.js';
import { importPfxCertificate } from './import-pfxcertificate.js';
import { newSelfSignedCertificate } from './new-selfsignedcertificate.js';

export const certificateCmdlets: CmdletDefinition[] = [newSelfSignedCertificate, exportCertificate, exportPfxCertificate, importPfxCertificate];
