// The Cert: drive and the other certificate cmdlets: listing, removal, import, and the user's mistakes.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { beforeAll, describe, expect, it } from 'vitest';
import { certSession } from './helpers.js';

describe('certificate store items', () => {
  const t = certSession();
  let a = '';
  let b = '';
  beforeAll(async () => {
    const r = await t.run([
      "$a = New-SelfSignedCertificate -DnsName 'app.contoso.com','www.contoso.com' -CertStoreLocation cert:\\LocalMachine\\My -FriendlyName 'Contoso app' -KeyLength 1024",
      "$b = New-SelfSignedCertificate -Subject 'Automation' -KeyLength 1024 -HashAlgorithm SHA384",
      '$a.Thumbprint; $b.Thumbprint',
    ].join('\n'));
    expect(r.stderr).toBe('');
    [a, b] = r.stdout.trim().split('\n') as [string, string];
  }, 60_000);

  it('-DnsName gives the subject and the alternative names; -FriendlyName and the location show on the object', async () => {
    const r = await t.run('$a.Subject; $a.DnsNameList -join ","; $a.FriendlyName; $a.PSParentPath; $b.Subject');
    expect(r.stdout).toBe('CN=app.contoso.com\napp.contoso.com,www.contoso.com\nContoso app\nMicrosoft.PowerShell.Security\\Certificate::LocalMachine\\My\nCN=Automation\n');
  });

  it('the friendly name stays with the store entry and leaves with it', async () => {
    const r = await t.run(`(Get-Item Cert:\\CurrentUser\\My\\${a}).FriendlyName\n(Get-ChildItem Cert:\\CurrentUser\\My | Where-Object FriendlyName -eq 'Contoso app').Thumbprint`);
    expect(r.stdout).toBe(`Contoso app\n${a}\n`);
    expect(JSON.parse(readFileSync(join(t.storeDir, 'entry-properties.json'), 'utf8'))).toEqual({ [a]: { friendlyName: 'Contoso app' } });
  });

  it('a certificate in a string is its ToString(), as "$cert" gives in pwsh', async () => {
    const r = await t.run('"$b"');
    expect(r.stdout).toMatch(new RegExp(`^\\[Subject\\]\\n  CN=Automation\\n\\n\\[Issuer\\]\\n  CN=Automation\\n\\n\\[Serial Number\\]\\n  [0-9A-F]+\\n\\n\\[Not Before\\]\\n  \\d+/\\d+/\\d{4} \\d+:\\d\\d:\\d\\d [AP]M\\n\\n\\[Not After\\]\\n  .+\\n\\n\\[Thumbprint\\]\\n  ${b}\\n\\n$`));
  });

  it('both locations list the same store; a wildcard thumbprint matches', async () => {
    const r = await t.run([
      '(Get-ChildItem Cert:\\CurrentUser\\My).Count',
      '(Get-ChildItem Cert:\\LocalMachine\\My).Count',
      `(Get-ChildItem "Cert:\\CurrentUser\\My\\${a.slice(0, 6)}*").Thumbprint`,
      'Get-ChildItem Cert:\\CurrentUser\\My -Name | Sort-Object',
    ].join('\n'));
    expect(r.stdout).toBe(`2\n2\n${a}\n${[a, b].sort().join('\n')}\n`);
  });

  it('Cert:\\ lists the two locations, and -Recurse reaches the certificates', async () => {
    const r = await t.run('(Get-ChildItem Cert:\\).Location -join ","\n(Get-ChildItem Cert:\\ -Recurse | Where-Object Thumbprint -eq ' + `'${b}').Count`);
    expect(r.stdout).toBe('CurrentUser,LocalMachine\n2\n');
  });

  it('a missing thumbprint or store is pwsh\'s path-not-found error', async () => {
    const r = await t.run('Get-Item Cert:\\CurrentUser\\My\\0000000000000000000000000000000000000000\nGet-ChildItem Cert:\\CurrentUser\\Root');
    expect(r.stderr).toContain("Cannot find path 'Cert:\\CurrentUser\\My\\0000000000000000000000000000000000000000' because it does not exist.");
    expect(r.stderr).toContain("Cannot find path 'Cert:\\CurrentUser\\Root' because it does not exist.");
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('Remove-Item -WhatIf keeps the certificate; Remove-Item by path and by piped item deletes it', async () => {
    const whatIf = await t.run(`Remove-Item Cert:\\CurrentUser\\My\\${a} -WhatIf`);
    expect(whatIf.stdout).toBe(`What if: Performing the operation "Remove certificate" on target "Item: CurrentUser\\My\\${a}".\n`);
    expect(existsSync(join(t.storeDir, `${a}.pem`))).toBe(true);
    await t.run(`Remove-Item Cert:\\CurrentUser\\My\\${a}`);
    expect(existsSync(join(t.storeDir, `${a}.pem`))).toBe(false);
    expect(JSON.parse(readFileSync(join(t.storeDir, 'entry-properties.json'), 'utf8'))).toEqual({});
    await t.run(`Get-ChildItem Cert:\\CurrentUser\\My | Where-Object Subject -eq 'CN=Automation' | Remove-Item`);
    expect(readdirSync(t.storeDir).filter((n) => n.endsWith('.pem'))).toEqual([]);
  });

  it('Import-PfxCertificate brings an exported PFX back, key included, exportable again only with -Exportable', async () => {
    const made = await t.run([
      "$c = New-SelfSignedCertificate -Subject 'CN=Roundtrip' -KeyLength 1024",
      "$pw = ConvertTo-SecureString 'Imp0rt!' -AsPlainText -Force",
      'Export-PfxCertificate -Cert $c -FilePath ./rt.pfx -Password $pw | Out-Null',
      'Remove-Item "Cert:\\CurrentUser\\My\\$($c.Thumbprint)"',
      '(Get-ChildItem Cert:\\CurrentUser\\My).Count',
      '$i = Import-PfxCertificate -FilePath ./rt.pfx -CertStoreLocation Cert:\\CurrentUser\\My -Password $pw',
      '$i.Thumbprint -eq $c.Thumbprint; $i.HasPrivateKey; (Get-ChildItem Cert:\\CurrentUser\\My).Subject',
      'try { Export-PfxCertificate -Cert $i -FilePath ./rt2.pfx -Password $pw } catch { "refused" }',
      '$j = Import-PfxCertificate -FilePath ./rt.pfx -Password $pw -Exportable',
      'Export-PfxCertificate -Cert $j -FilePath ./rt3.pfx -Password $pw | ForEach-Object Name',
    ].join('\n'));
    expect(made.stderr).toBe('');
    expect(made.stdout).toBe('0\nTrue\nTrue\nCN=Roundtrip\nrefused\nrt3.pfx\n');
  }, 30_000);

  it('Import-PfxCertificate with a wrong password says so, without the password', async () => {
    const r = await t.run("Import-PfxCertificate -FilePath ./rt.pfx -Password (ConvertTo-SecureString 'Wr0ng-Secret' -AsPlainText -Force)");
    expect(r.stderr).toMatch(/password/i);
    expect(r.stderr).not.toContain('Wr0ng-Secret');
  });

  it('a certificate without its key cannot go to a PFX', async () => {
    const c = forge.pki.createCertificate();
    const keys = forge.pki.rsa.generateKeyPair(512);
    c.publicKey = keys.publicKey;
    c.serialNumber = '01';
    c.validity.notBefore = new Date();
    c.validity.notAfter = new Date(Date.now() + 86_400_000);
    c.setSubject([{ name: 'commonName', value: 'PublicOnly' }]);
    c.setIssuer([{ name: 'commonName', value: 'PublicOnly' }]);
    c.sign(keys.privateKey, forge.md.sha256.create());
    const der = forge.asn1.toDer(forge.pki.certificateToAsn1(c)).getBytes();
    const thumb = forge.md.sha1.create().update(der).digest().toHex().toUpperCase();
    writeFileSync(join(t.storeDir, `${thumb}.pem`), forge.pki.certificateToPem(c), { mode: 0o600 });
    const r = await t.run(`Export-PfxCertificate -Cert Cert:\\CurrentUser\\My\\${thumb} -FilePath ./nokey.pfx -Password (ConvertTo-SecureString 'x' -AsPlainText -Force)`);
    expect(r.stderr).toContain(`Cannot export non-exportable private key: the certificate ${thumb} has no private key in the store.`);
    expect(existsSync(join(t.dir, 'nokey.pfx'))).toBe(false);
  });

  it('-KeyExportPolicy NonExportable keeps the key out of a PFX, but the certificate still exports', async () => {
    const r = await t.run([
      "$n = New-SelfSignedCertificate -Subject 'CN=Locked' -KeyLength 1024 -KeyExportPolicy NonExportable",
      "try { Export-PfxCertificate -Cert $n -FilePath ./locked.pfx -Password (ConvertTo-SecureString 'x' -AsPlainText -Force) } catch { $_.Exception.Message }",
      'Export-Certificate -Cert $n -FilePath ./locked.cer | ForEach-Object Name',
      '$n.Thumbprint',
    ].join('\n'));
    const thumb = r.stdout.trim().split('\n').at(-1)!;
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`Cannot export non-exportable private key: the certificate ${thumb} was created with -KeyExportPolicy NonExportable.\nlocked.cer\n${thumb}\n`);
    expect(existsSync(join(t.dir, 'locked.pfx'))).toBe(false);
  });

  it('the user\'s mistakes are PowerShell errors', async () => {
    const cases: Array<[string, string]> = [
      ['New-SelfSignedCertificate -CertStoreLocation Cert:\\CurrentUser\\My', 'Neither the Subject nor the DnsName parameter was specified. Specify at least one.'],
      ["New-SelfSignedCertificate -Subject 'CN=x' -KeyAlgorithm ECDSA_nistP256", "The key algorithm 'ECDSA_nistP256' is not supported here; use -KeyAlgorithm RSA."],
      ["New-SelfSignedCertificate -Subject 'CN=x' -CertStoreLocation Cert:\\CurrentUser\\Root", "The store location 'Cert:\\CurrentUser\\Root' is not supported"],
      ["New-SelfSignedCertificate -Subject 'CN=x' -NotAfter (Get-Date).AddDays(-1)", 'The NotAfter date must be later than the NotBefore date.'],
      ["Export-Certificate -Cert 'C:\\nope.cer' -FilePath ./x.cer", 'Cannot convert value "C:\\nope.cer"'],
      ['Export-Certificate -Cert Cert:\\CurrentUser\\My\\ABCDEF -FilePath ./x.cer', 'The certificate ABCDEF was not found in the certificate store'],
    ];
    for (const [script, message] of cases) {
      const r = await t.run(script);
      expect(r.stderr, script).toContain(message);
      expect(r.stderr, script).not.toMatch(/\n\s+at /);
    }
  });
});
