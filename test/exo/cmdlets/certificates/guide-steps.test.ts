// The guide's certificate steps as script text through Session + CaptureHost, over a temp store.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { certSession, GUIDE_STEP_1, guideStep2, sha1Hex } from './helpers.js';

describe('the guide\'s certificate steps', () => {
  const t = certSession();
  let thumbprint = '';
  beforeAll(async () => {
    const r = await t.run(`${GUIDE_STEP_1}\n${guideStep2(t.dir)}`);
    expect(r.stderr).toBe('');
    thumbprint = /^Certificate Thumbprint: ([0-9A-F]{40})$/m.exec(r.stdout)?.[1] ?? '';
    expect(r.stdout).toBe(`Certificate Thumbprint: ${thumbprint}\n`);
  }, 60_000);

  it('stores the key pair as <THUMBPRINT>.pem, 0600 in a 0700 folder', () => {
    expect(statSync(t.storeDir).mode & 0o777).toBe(0o700);
    const file = join(t.storeDir, `${thumbprint}.pem`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('-----BEGIN CERTIFICATE-----');
    expect(text).toMatch(/-----BEGIN (RSA )?PRIVATE KEY-----/);
  });

  it('makes the certificate the guide asked for', () => {
    const pem = readFileSync(join(t.storeDir, `${thumbprint}.pem`), 'utf8');
    const cert = forge.pki.certificateFromPem(pem);
    expect(cert.subject.getField('CN').value).toBe('ExchangeOnlineAutomation');
    expect(cert.issuer.getField('CN').value).toBe('ExchangeOnlineAutomation');
    expect((cert.publicKey as forge.pki.rsa.PublicKey).n.bitLength()).toBe(2048);
    expect(cert.siginfo.algorithmOid).toBe(forge.pki.oids['sha256WithRSAEncryption']);
    const years = (cert.validity.notAfter.getTime() - Date.now()) / (365.25 * 24 * 3600_000);
    expect(years).toBeGreaterThan(1.99);
    expect(years).toBeLessThan(2.01);
    expect(cert.getExtension('extKeyUsage')).toMatchObject({ clientAuth: true, serverAuth: true });
  });

  it('Export-Certificate writes the DER certificate whose SHA-1 is the store thumbprint', () => {
    const der = readFileSync(join(t.dir, 'ExchangeOnlineAutomation.cer'));
    expect(der[0]).toBe(0x30);
    expect(sha1Hex(der)).toBe(thumbprint);
    const cert = forge.pki.certificateFromAsn1(forge.asn1.fromDer(der.toString('binary')));
    expect(cert.subject.getField('CN').value).toBe('ExchangeOnlineAutomation');
  });

  it('Export-PfxCertificate writes a 0600 PFX that opens with the password and holds the matching key', () => {
    const path = join(t.dir, 'ExchangeOnlineAutomation.pfx');
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const p12 = forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(readFileSync(path).toString('binary')), 'SecurePassword123!');
    const certBag = p12.getBags({ bagType: forge.pki.oids['certBag']! })[forge.pki.oids['certBag']!]![0]!;
    const keyBag = p12.getBags({ bagType: forge.pki.oids['pkcs8ShroudedKeyBag']! })[forge.pki.oids['pkcs8ShroudedKeyBag']!]![0]!;
    const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(certBag.cert!)).getBytes(), 'binary');
    expect(sha1Hex(der)).toBe(thumbprint);
    expect((keyBag.key as forge.pki.rsa.PrivateKey).n.equals((certBag.cert!.publicKey as forge.pki.rsa.PublicKey).n)).toBe(true);
    expect(() => forge.pkcs12.pkcs12FromAsn1(forge.asn1.fromDer(readFileSync(path).toString('binary')), 'wrong')).toThrow();
  });

  it('the password appears nowhere in the output or the errors', async () => {
    const r = await t.run('$PfxPassword; Export-PfxCertificate -Cert $Certificate -FilePath ./again.pfx -Password $PfxPassword -Verbose');
    expect(`${r.stdout}${r.stderr}`).not.toContain('SecurePassword123!');
  });

  it('the returned object is an X509Certificate2 with the store\'s facts', async () => {
    const r = await t.run('$Certificate.PSObject.TypeNames[0]; $Certificate.Subject; $Certificate.HasPrivateKey; $Certificate.NotAfter.Year - (Get-Date).Year; $Certificate.PSParentPath');
    expect(r.stdout).toBe(['System.Security.Cryptography.X509Certificates.X509Certificate2', 'CN=ExchangeOnlineAutomation', 'True', '2', 'Microsoft.PowerShell.Security\\Certificate::CurrentUser\\My', ''].join('\n'));
  });

  it('Get-ChildItem Cert:\\CurrentUser\\My shows pwsh\'s certificate table', async () => {
    const r = await t.run('Get-ChildItem -Path Cert:\\CurrentUser\\My');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe([
      '',
      '   PSParentPath: Microsoft.PowerShell.Security\\Certificate::CurrentUser\\My',
      '',
      'Thumbprint                                Subject              EnhancedKeyUsageList',
      '----------                                -------              --------------------',
      `${thumbprint}  CN=ExchangeOnlineAu… {Client Authentication, Server Authentication}`,
      '',
      '',
    ].join('\n'));
  });

  it('the troubleshooting check finds the certificate by thumbprint', async () => {
    const r = await t.run(`(Get-ChildItem -Path Cert:\\CurrentUser\\My | Where-Object {$_.Thumbprint -eq "${thumbprint}"}).Subject`);
    expect(r.stdout).toBe('CN=ExchangeOnlineAutomation\n');
    expect((await t.run('(Get-ChildItem -Path Cert:\\CurrentUser\\My | Where-Object {$_.Thumbprint -eq "YourThumbprint"}) -eq $null')).stdout).toBe('True\n');
  });

  it('Get-Item by path, under either location, and Export-Certificate from a path', async () => {
    const r = await t.run(`(Get-Item Cert:\\LocalMachine\\My\\${thumbprint.toLowerCase()}).PSPath\nExport-Certificate -Cert Cert:\\CurrentUser\\My\\${thumbprint} -FilePath ./by-path.cer -Type CERT | ForEach-Object Name`);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`Microsoft.PowerShell.Security\\Certificate::LocalMachine\\My\\${thumbprint}\nby-path.cer\n`);
    expect(sha1Hex(readFileSync(join(t.dir, 'by-path.cer')))).toBe(thumbprint);
  });

  it('Export-Certificate -Type P7B writes a PKCS#7 bundle holding the certificate', async () => {
    await t.run('$Certificate | Export-Certificate -FilePath ./bundle.p7b -Type P7B | Out-Null');
    const msg = forge.pkcs7.messageFromAsn1(forge.asn1.fromDer(readFileSync(join(t.dir, 'bundle.p7b')).toString('binary'))) as forge.pkcs7.PkcsSignedData;
    const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(msg.certificates[0]!)).getBytes(), 'binary');
    expect(sha1Hex(der)).toBe(thumbprint);
  });
});
