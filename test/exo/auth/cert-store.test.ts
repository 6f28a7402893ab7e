import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CertStore, certStoreDir } from '../../../src/exo/auth/cert-store.js';
import { credentialFromPfx, credentialToPfx, thumbprintsOf } from '../../../src/exo/auth/certificate-loader.js';
import { selfSigned, tempDir } from './helpers.js';

describe('the local certificate store', () => {
  it('lives under EXOSH_CONFIG_DIR, else XDG_CONFIG_HOME/exosh, else ~/.config/exosh', () => {
    expect(certStoreDir({ EXOSH_CONFIG_DIR: '/x/cfg', XDG_CONFIG_HOME: '/y' })).toBe('/x/cfg/certs');
    expect(certStoreDir({ XDG_CONFIG_HOME: '/y' })).toBe('/y/exosh/certs');
    expect(certStoreDir({ HOME: '/home/u' })).toMatch(/\/\.config\/exosh\/certs$/);
  });

  it('adds, lists, gets and removes key pairs by computed SHA-1 thumbprint, 0600 files in a 0700 folder', () => {
    const dir = join(tempDir(), 'certs');
    const store = new CertStore(dir);
    const a = selfSigned('Alpha');
    const b = selfSigned('Beta');
    const sa = store.add({ certificatePem: a.certPem, privateKeyPem: a.keyPem });
    store.add({ certificatePem: b.certPem });
    expect(sa.thumbprint).toBe(thumbprintsOf(a.certPem).thumbprint);
    expect(sa.thumbprint).toMatch(/^[0-9A-F]{40}$/);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    for (const f of readdirSync(dir)) expect(statSync(join(dir, f)).mode & 0o777).toBe(0o600);

    expect(store.list().map((c) => [c.subject, c.hasPrivateKey])).toEqual([
      ['CN=Alpha', true],
      ['CN=Beta', false],
    ]);
    const withColons = sa.thumbprint.toLowerCase().replace(/(..)(?!$)/g, '$1:');
    const lf = a.certPem.replace(/\r\n/g, '\n').trim();
    expect(store.get(withColons).certificatePem.trim()).toBe(lf);
    expect(store.certificatePem(sa.thumbprint)).toBe(lf);
    expect(() => store.get(thumbprintsOf(b.certPem).thumbprint)).toThrow(/has no private key/);

    expect(store.remove(sa.thumbprint)).toBe(true);
    expect(store.remove(sa.thumbprint)).toBe(false);
    expect(store.list().map((c) => c.subject)).toEqual(['CN=Beta']);
  });

  it('exports a stored key pair as a PFX that reads back (Export-PfxCertificate)', () => {
    const store = new CertStore(join(tempDir(), 'certs'));
    const a = selfSigned('Exported');
    const { thumbprint } = store.add({ certificatePem: a.certPem, privateKeyPem: a.keyPem });
    const file = credentialToPfx(store.get(thumbprint), 'Exp#Pass-2');
    const back = credentialFromPfx(file, 'Exp#Pass-2');
    expect(back.thumbprint).toBe(thumbprint);
    expect(back.privateKeyPem).toBe(store.get(thumbprint).privateKeyPem);
    expect(() => credentialFromPfx(file, 'nope')).toThrow('The password for the PFX file is incorrect.');
  });

  it('trusts the certificate, not the file name', () => {
    const dir = join(tempDir(), 'certs');
    const store = new CertStore(dir);
    const a = selfSigned('Renamed');
    store.add({ certificatePem: a.certPem, privateKeyPem: a.keyPem });
    const fake = 'F'.repeat(40);
    writeFileSync(join(dir, `${fake}.pem`), `${selfSigned('Other').certPem}`, { mode: 0o600 });
    expect(store.find(fake)).toBeUndefined();
    expect(store.find(thumbprintsOf(a.certPem).thumbprint)?.subject).toBe('CN=Renamed');
  });

  it('refuses a key that does not belong to the certificate', () => {
    const store = new CertStore(join(tempDir(), 'certs'));
    expect(() => store.add({ certificatePem: selfSigned('A').certPem, privateKeyPem: selfSigned('B').keyPem })).toThrow('The private key does not match any certificate in the certificate.');
  });
});
