import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type CertificateSource } from '../../../src/exo/auth/token-provider.js';
import { CertStore } from '../../../src/exo/auth/cert-store.js';
import { claims, failure, invoke, manage, pfx, sandboxEnv, selfSigned, start, tempDir, type Sandbox } from './helpers.js';

const APP_ID = '5b1c2f3a-0d4e-4a7b-9c8d-112233445566';
const ORG = 'contoso.onmicrosoft.com';

describe('certificate app-only sign-in against the sandbox', () => {
  let sb: Sandbox;
  const good = selfSigned('ExchangeOnlineAutomation');
  const stranger = selfSigned('NotRegistered');
  const dir = tempDir();
  beforeAll(async () => {
    sb = await start();
    const reg = await manage(sb, 'POST', `/tenants/${ORG}/apps`, { appId: APP_ID, displayName: 'EXO automation', certificatePem: good.certPem });
    expect(reg.status).toBe(201);
  });
  afterAll(() => sb.stop());

  const connect = (certificate: CertificateSource, env = sandboxEnv(sb)) =>
    signIn({ method: 'certificate', appId: APP_ID, organization: ORG, certificate }, env);

  async function expectAppToken(p: Awaited<ReturnType<typeof signIn>>): Promise<void> {
    const t = await p.getToken();
    expect(p.method).toBe('certificate');
    expect(claims(t.token)).toMatchObject({ idtyp: 'app', appid: APP_ID, roles: ['Exchange.ManageAsApp'] });
    expect(p.account).toMatchObject({ appId: APP_ID, tenantId: claims(t.token).tid });
    expect(p.account.userPrincipalName).toBeUndefined();
    expect((await invoke(sb, ORG, t.token)).status).toBe(200);
  }

  // PBES2 (AES) is what OpenSSL 3 writes by default; pbeWithSHAAnd3-KeyTripleDES-CBC is the legacy scheme.
  const schemeOid = { modern: '06092a864886f70d01050d', legacy: '060a2a864886f70d010c0103' };

  it.each(['modern', 'legacy'] as const)('signs in from a %s PFX file with its password', async (kind) => {
    const path = join(dir, `${kind}.pfx`);
    const file = pfx(good, 'Pfx#Pass-1', kind);
    expect(file.toString('hex')).toContain(schemeOid[kind]);
    writeFileSync(path, file);
    await expectAppToken(await connect({ pfxPath: path, pfxPassword: 'Pfx#Pass-1' }));
  });

  const hasOpenssl = (() => {
    try {
      execFileSync('openssl', ['version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!hasOpenssl)('signs in from a PFX written by `openssl pkcs12 -export -legacy` (RC2-40 certificate bag)', async () => {
    writeFileSync(join(dir, 'legacy-cert.pem'), good.certPem);
    writeFileSync(join(dir, 'legacy-key.pem'), good.keyPem);
    const path = join(dir, 'openssl-legacy.pfx');
    execFileSync('openssl', ['pkcs12', '-export', '-legacy', '-in', join(dir, 'legacy-cert.pem'), '-inkey', join(dir, 'legacy-key.pem'), '-out', path, '-passout', 'pass:Ossl#Pass-4']);
    expect(readFileSync(path).toString('hex')).toContain('060a2a864886f70d010c0106'); // pbeWithSHAAnd40BitRC2-CBC
    await expectAppToken(await connect({ pfxPath: path, pfxPassword: 'Ossl#Pass-4' }));
  });

  it('signs in from a PFX without a password', async () => {
    const path = join(dir, 'nopass.pfx');
    writeFileSync(path, pfx(good, '', 'modern'));
    await expectAppToken(await connect({ pfxPath: path }));
  });

  it('says a PFX password is wrong without echoing it', async () => {
    const path = join(dir, 'wrongpass.pfx');
    writeFileSync(path, pfx(good, 'Right#Pass-9', 'legacy'));
    const e = await failure(connect({ pfxPath: path, pfxPassword: 'Wrong#Pass-3' }));
    expect(e.message).toBe(`The password for ${path} is incorrect.`);
    for (const text of [e.message, e.detail, e.stack]) {
      expect(String(text)).not.toContain('Wrong#Pass-3');
      expect(String(text)).not.toContain('Right#Pass-9');
    }
  });

  it('signs in from a PEM file and from PEM text', async () => {
    const path = join(dir, 'cert.pem');
    writeFileSync(path, `${good.certPem}${good.keyPem}`);
    await expectAppToken(await connect({ pemPath: path }));
    await expectAppToken(await connect({ pem: { certificate: good.certPem, privateKey: good.keyPem } }));
  });

  it('signs in by thumbprint from the local certificate store', async () => {
    const storeDir = join(tempDir(), 'certs');
    const stored = new CertStore(storeDir).add({ certificatePem: good.certPem, privateKeyPem: good.keyPem });
    const env = sandboxEnv(sb, { certStoreDir: storeDir });
    await expectAppToken(await connect({ thumbprint: stored.thumbprint.toLowerCase() }, env));
  });

  it('names a thumbprint missing from the store', async () => {
    const env = sandboxEnv(sb, { certStoreDir: join(tempDir(), 'certs') });
    const e = await failure(connect({ thumbprint: 'AB'.repeat(20) }, env));
    expect(e.message).toMatch(/^No certificate with thumbprint (AB){20} was found in the certificate store \(.+\)\.$/);
  });

  it('explains AADSTS700027 for a certificate the app does not have, keeping the raw text for -Verbose', async () => {
    const e = await failure(connect({ pem: { certificate: stranger.certPem, privateKey: stranger.keyPem } }));
    expect(e.errorId).toBe('AADSTS700027');
    expect(e.message).toBe(
      `The certificate is not registered on app ${APP_ID}, or its private key does not match. Upload the certificate's public key to the app registration, or pass the right certificate.`,
    );
    expect(e.detail).toMatch(/^invalid_client: .*AADSTS700027: The certificate with identifier used to sign the client assertion is not registered/);
    expect(e.message).not.toMatch(/at .*\.js/);
  });

  it('refuses a key that does not belong to the certificate before any request', async () => {
    const e = await failure(connect({ pem: { certificate: good.certPem, privateKey: stranger.keyPem } }));
    expect(e.message).toBe('The private key does not match any certificate in the supplied PEM.');
  });

  it('applies the module checks on AppId and Organization', async () => {
    const cert = { pem: { certificate: good.certPem, privateKey: good.keyPem } };
    expect((await failure(signIn({ method: 'certificate', appId: '', organization: ORG, certificate: cert }, sandboxEnv(sb)))).message).toBe('AppId cannot be null for certificate based connections.');
    expect((await failure(signIn({ method: 'certificate', appId: APP_ID, organization: '', certificate: cert }, sandboxEnv(sb)))).message).toBe('Organization cannot be null for certificate based connections.');
    expect((await failure(signIn({ method: 'certificate', appId: APP_ID, organization: '3fa85f64-5717-4562-b3fc-2c963f66afa6', certificate: cert }, sandboxEnv(sb)))).message).toBe(
      'Organization cannot be a Guid, please enter the name of the tenant instead.',
    );
  });

  it('explains an app that is not registered in the organization', async () => {
    const e = await failure(signIn({ method: 'certificate', appId: '00000000-1111-2222-3333-444444444444', organization: ORG, certificate: { pem: { certificate: good.certPem, privateKey: good.keyPem } } }, sandboxEnv(sb)));
    expect(e.message).toBe(`App ID 00000000-1111-2222-3333-444444444444 was not found in ${ORG}. Check -AppId and -Organization (wrong tenant?).`);
  });

  it('signs in with a client secret and hides a wrong one', async () => {
    const withSecret = await manage(sb, 'POST', `/tenants/${ORG}/apps`, { appId: APP_ID, generateSecret: true });
    const secret = withSecret.body.secret as string;
    const p = await signIn({ method: 'secret', appId: APP_ID, organization: ORG, clientSecret: secret }, sandboxEnv(sb));
    expect(claims((await p.getToken()).token).appidacr).toBe('1');
    const wrong = `${secret.slice(0, -4)}zzzz`;
    const e = await failure(signIn({ method: 'secret', appId: APP_ID, organization: ORG, clientSecret: wrong }, sandboxEnv(sb)));
    expect(e.message).toBe('The client secret is wrong or has expired. Create a new one, or use a certificate.');
    for (const text of [e.message, e.detail, e.stack]) expect(String(text)).not.toContain(wrong);
  });

  it('renews an app token silently once it nears expiry', async () => {
    const short = await start({ tokenLifetimeSeconds: 2 });
    try {
      await manage(short, 'POST', `/tenants/${ORG}/apps`, { appId: APP_ID, certificatePem: good.certPem });
      const p = await signIn({ method: 'certificate', appId: APP_ID, organization: ORG, certificate: { pem: { certificate: good.certPem, privateKey: good.keyPem } } }, sandboxEnv(short));
      const first = await p.getToken();
      await new Promise((r) => setTimeout(r, 2200));
      const second = await p.getToken();
      expect(second.token).not.toBe(first.token);
      expect((await invoke(short, ORG, second.token)).status).toBe(200);
    } finally {
      await short.stop();
    }
  });
});
