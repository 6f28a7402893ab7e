// The guide end to end: certificate made and exported by the cmdlets, its .cer "uploaded" to the app
// registration, then app-only sign-in against the sandbox from the PFX and from the store by thumbprint.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, type CertificateSource } from '../../../../src/exo/auth/token-provider.js';
import { claims, invoke, manage, sandboxEnv, start, type Sandbox } from '../../auth/helpers.js';
import { certSession, GUIDE_STEP_1, guideStep2 } from './helpers.js';

const APP_ID = '7d2c4e1f-8a3b-4c5d-9e6f-0a1b2c3d4e5f';
const ORG = 'contoso.onmicrosoft.com';

describe('a certificate from the cmdlets signs in against the sandbox', () => {
  const t = certSession();
  let sb: Sandbox;
  let thumbprint = '';
  beforeAll(async () => {
    const r = await t.run(`${GUIDE_STEP_1}\n${guideStep2(t.dir)}\n$Certificate.Thumbprint`);
    expect(r.stderr).toBe('');
    thumbprint = r.stdout.trim().split('\n').at(-1)!;
    const der = readFileSync(join(t.dir, 'ExchangeOnlineAutomation.cer'));
    const certificatePem = `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`;
    sb = await start();
    expect((await manage(sb, 'POST', `/tenants/${ORG}/apps`, { appId: APP_ID, displayName: 'EXO automation', certificatePem })).status).toBe(201);
  }, 60_000);
  afterAll(() => sb?.stop());

  async function expectAppToken(certificate: CertificateSource): Promise<void> {
    const provider = await signIn({ method: 'certificate', appId: APP_ID, organization: ORG, certificate }, sandboxEnv(sb, { certStoreDir: t.storeDir }));
    const { token } = await provider.getToken();
    expect(claims(token)).toMatchObject({ idtyp: 'app', appid: APP_ID, roles: ['Exchange.ManageAsApp'] });
    expect((await invoke(sb, ORG, token)).status).toBe(200);
  }

  it('from the exported PFX and its password', async () => {
    await expectAppToken({ pfxPath: join(t.dir, 'ExchangeOnlineAutomation.pfx'), pfxPassword: 'SecurePassword123!' });
  });

  it('from the store by the thumbprint the guide prints', async () => {
    await expectAppToken({ thumbprint });
  });
});
