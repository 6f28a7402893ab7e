/**
 * What the guide tells an admin to do before its scripts run, done the admin's
 * way against the sandbox: make a certificate with New-SelfSignedCertificate in
 * Cert:\CurrentUser\My (exosh's local store under the config folder), export the
 * .cer and the .pfx, and upload the .cer to the app registration (the Entra
 * portal's "Upload certificate", here the sandbox management API).
 * Shared by the in-process and the binary runs of the seed scripts.
 */
import { X509Certificate } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunningSandbox } from '../../../src/sandbox/index.js';
import { manage } from '../../sandbox/helpers.js';

export const SEED_SCRIPTS = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seed', 'scripts');
export const seedScript = (name: string) => join(SEED_SCRIPTS, name);

/** The app registration the admin created for automation, in the sandbox's default tenant. */
export const AUTOMATION_APP_ID = '7d2f4c1e-3b5a-4e6f-8a9b-0c1d2e3f4a5b';
export const ORGANIZATION = 'contoso.onmicrosoft.com';
export const PFX_PASSWORD = 'SecurePassword123!';

/**
 * The guide's "Create a self-signed certificate" and "Export the certificate"
 * steps, as it prints them, with C:\Certificates made a folder of `dir`.
 * Prints the thumbprint on the last line.
 */
export function certificateSteps(dir: string): string {
  return `$CertificateName = "ExchangeOnlineAutomation"
$CertificateSubject = "CN=$CertificateName"
$ExpirationYears = 2
$Certificate = New-SelfSignedCertificate \`
    -Subject $CertificateSubject \`
    -CertStoreLocation "Cert:\\CurrentUser\\My" \`
    -KeyExportPolicy Exportable \`
    -KeySpec Signature \`
    -KeyLength 2048 \`
    -KeyAlgorithm RSA \`
    -HashAlgorithm SHA256 \`
    -NotAfter (Get-Date).AddYears($ExpirationYears)
New-Item -ItemType Directory -Path '${dir}' -Force | Out-Null
$CertificatePath = '${join(dir, 'ExchangeOnlineAutomation.cer')}'
Export-Certificate -Cert $Certificate -FilePath $CertificatePath | Out-Null
$PfxPassword = ConvertTo-SecureString -String "${PFX_PASSWORD}" -AsPlainText -Force
$PfxPath = '${join(dir, 'ExchangeOnlineAutomation.pfx')}'
Export-PfxCertificate -Cert $Certificate -FilePath $PfxPath -Password $PfxPassword | Out-Null
$Certificate.Thumbprint
`;
}

/** Uploads the exported .cer (DER) to the app registration, creating it with Exchange.ManageAsApp and the Exchange Administrator role. */
export async function registerAutomationApp(sb: RunningSandbox, cerPath: string): Promise<void> {
  const certificatePem = new X509Certificate(readFileSync(cerPath)).toString();
  const r = await manage(sb, 'POST', `/tenants/${ORGANIZATION}/apps`, { appId: AUTOMATION_APP_ID, displayName: 'Exchange Online Automation', certificatePem, manageAsApp: true, exchangeRole: 'admin' });
  if (r.status !== 201) throw new Error(`app registration failed: ${JSON.stringify(r.body)}`);
}

/** The one file in `dir` whose name matches, with its text. */
export function onlyFile(dir: string, pattern: RegExp): { name: string; text: string } {
  const names = readdirSync(dir).filter((n) => pattern.test(n));
  if (names.length !== 1) throw new Error(`expected one file matching ${pattern} in ${dir}, found ${JSON.stringify(readdirSync(dir))}`);
  return { name: names[0]!, text: readFileSync(join(dir, names[0]!), 'utf8') };
}

/** yyyyMMdd of now, as the scripts' Get-Date -Format 'yyyyMMdd' names their files. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}
