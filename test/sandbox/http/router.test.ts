import { describe, expect, it } from 'vitest';
import { Router } from '../../../src/sandbox/http/router.js';
import type { SandboxRequest } from '../../../src/sandbox/http/types.js';

const req = (method: string, path: string): SandboxRequest => ({ method, path, query: new URLSearchParams(), headers: {}, body: '', origin: 'https://127.0.0.1:1' });

describe('Router', () => {
  const router = new Router();
  router.add('GET', '/:tenant/v2.0/.well-known/openid-configuration', (_r, p) => ({ status: 200, body: p }));
  router.add('POST', '/adminapi/beta/:tenant/InvokeCommand', (_r, p) => ({ status: 201, body: p }));
  router.add('GET', '/files/*rest', (_r, p) => ({ status: 200, body: p }));

  it('captures parameters and decodes them', async () => {
    expect(await router.handle(req('GET', '/contoso.onmicrosoft.com/v2.0/.well-known/openid-configuration'))).toEqual({ status: 200, body: { tenant: 'contoso.onmicrosoft.com' } });
    expect((await router.handle(req('POST', '/adminapi/beta/a%40b/InvokeCommand')))?.body).toEqual({ tenant: 'a@b' });
  });

  it('matches literals case-insensitively and ignores a trailing slash', async () => {
    expect((await router.handle(req('POST', '/AdminApi/BETA/t/invokecommand/')))?.status).toBe(201);
  });

  it('captures the rest of a path', async () => {
    expect((await router.handle(req('GET', '/files/a/b%20c')))?.body).toEqual({ rest: 'a/b c' });
  });

  it('answers 405 for a known path under another method and nothing for an unknown path', async () => {
    expect((await router.handle(req('GET', '/adminapi/beta/t/InvokeCommand')))?.status).toBe(405);
    expect(await router.handle(req('GET', '/nowhere'))).toBeUndefined();
  });
});
