import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { Session } from '../../../../src/repl/engine/session.js';
import { CaptureHost } from '../../../../src/repl/host/capture-host.js';

/** A session whose certificate store lives in a fresh temp config dir; files go to `dir`. */
export function certSession(): { session: Session; host: CaptureHost; dir: string; storeDir: string; run: (script: string) => Promise<{ stdout: string; stderr: string }> } {
  const dir = mkdtempSync(join(tmpdir(), 'exosh-certs-test-'));
  process.env['EXOSH_CONFIG_DIR'] = join(dir, 'config');
  const host = new CaptureHost({ width: 120 });
  const session = new Session({ host, cwd: dir });
  const run = async (script: string) => {
    host.stdout = '';
    host.stderr = '';
    await session.run(script);
    return { stdout: host.stdout, stderr: host.stderr };
  };
  return { session, host, dir, storeDir: join(dir, 'config', 'certs'), run };
}

export function sha1Hex(der: Buffer): string {
  return forge.md.sha1.create().update(der.toString('binary')).digest().toHex().toUpperCase();
}

/** The guide's "Step 1: Create a Self-Signed Certificate", as an admin types it. */
export const GUIDE_STEP_1 = [
  '$CertificateName = "ExchangeOnlineAutomation"',
  '$CertificateSubject = "CN=$CertificateName"',
  '$ExpirationYears = 2',
  '$Certificate = New-SelfSignedCertificate `',
  '  -Subject $CertificateSubject `',
  '  -CertStoreLocation "Cert:\\CurrentUser\\My" `',
  '  -KeyExportPolicy Exportable `',
  '  -KeySpec Signature `',
  '  -KeyLength 2048 `',
  '  -KeyAlgorithm RSA `',
  '  -HashAlgorithm SHA256 `',
  '  -NotAfter (Get-Date).AddYears($ExpirationYears)',
  'Write-Host "Certificate Thumbprint: $($Certificate.Thumbprint)" -ForegroundColor Green',
].join('\n');

/** The guide's "Step 2: Export the Certificate", with the folder a parameter. */
export function guideStep2(folder: string): string {
  return [
    `$CertificatePath = "${folder}/ExchangeOnlineAutomation.cer"`,
    'Export-Certificate -Cert $Certificate -FilePath $CertificatePath | Out-Null',
    '$PfxPassword = ConvertTo-SecureString -String "SecurePassword123!" -AsPlainText -Force',
    `$PfxPath = "${folder}/ExchangeOnlineAutomation.pfx"`,
    'Export-PfxCertificate -Cert $Certificate -FilePath $PfxPath -Password $PfxPassword | Out-Null',
  ].join('\n');
}
