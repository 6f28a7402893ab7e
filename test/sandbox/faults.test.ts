import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, EXO_CLIENT_ID, EXO_SCOPE, invoke, manage, start } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof start>>;

async function ropcToken(sb: Sandbox, tenant = 'contoso.onmicrosoft.com'): Promise<string> {
  const res = await fetch(`${sb.origin}/${tenant}/oauth2/v2.0/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: EXO_CLIENT_ID, scope: EXO_SCOPE, username: `admin@${tenant}`, password: ADMIN_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as any).access_token;
}

describe('fault injection', () => {
  let sb: Sandbox;
  let token: string;
  beforeAll(async () => {
    sb = await start();
    token = await ropcToken(sb);
  });
  beforeEach(async () => {
    expect((await manage(sb, 'DELETE', '/faults')).status).toBe(204);
  });
  afterAll(() => sb.stop());

  it('is off by default', async () => {
    expect((await manage(sb, 'GET', '/faults')).body).toEqual({});
    for (let i = 0; i < 5; i++) expect((await invoke(sb, 'contoso.onmicrosoft.com', token)).status).toBe(200);
  });

  it('adds latency', async () => {
    await manage(sb, 'PUT', '/faults', { latencyMs: 300 });
    const t0 = Date.now();
    expect((await invoke(sb, 'contoso.onmicrosoft.com', token)).status).toBe(200);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
  });

  it('throttles with 429 and Retry-After after N requests per window, per tenant', async () => {
    await manage(sb, 'PUT', '/faults', { pathPrefix: '/adminapi/', throttle: { limit: 2, windowSeconds: 60, retryAfterSeconds: 7 } });
    expect((await invoke(sb, 'contoso.onmicrosoft.com', token)).status).toBe(200);
    expect((await invoke(sb, 'contoso.onmicrosoft.com', token)).status).toBe(200);
    const throttled = await invoke(sb, 'contoso.onmicrosoft.com', token);
    expect(throttled.status).toBe(429);
    expect(throttled.headers.get('retry-after')).toBe('7');
    expect(throttled.headers.get('rate-limit-remaining')).toBe('0');
    expect(((await throttled.json()) as any).error.code).toBe('TooManyRequests');
    // Another tenant has its own budget, and sign-in is outside the prefix.
    const other = await ropcToken(sb, 'fabrikam.onmicrosoft.com');
    expect((await invoke(sb, 'fabrikam.onmicrosoft.com', other)).status).toBe(200);
  });

  it("sends the tenant concurrency message as plain text with a non-429 status", async () => {
    await manage(sb, 'PUT', '/faults', { throttle: { limit: 0, windowSeconds: 60, style: 'concurrent-requests' } });
    const res = await invoke(sb, 'contoso.onmicrosoft.com', token);
    expect(res.status).toBe(500);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toBe('You have reached the maximum number of concurrent requests per tenant. Please wait and try again.');
  });

  it('answers 5xx for the next N requests', async () => {
    await manage(sb, 'PUT', '/faults', { serverError: { status: 503, count: 2 } });
    expect((await invoke(sb, 'contoso.onmicrosoft.com', token)).status).toBe(503);
    expect((await invoke(sb, 'contoso.onmicrosoft.com', token)).status).toBe(503);
    expect((await invoke(sb, 'contoso.onmicrosoft.com', token)).status).toBe(200);
  });

  it('drops connections without answering', async () => {
    await manage(sb, 'PUT', '/faults', { drop: { count: 1 } });
    await expect(invoke(sb, 'contoso.onmicrosoft.com', token)).rejects.toThrow();
    expect((await invoke(sb, 'contoso.onmicrosoft.com', token)).status).toBe(200);
  });

  it('forces the expiry of every token issued so far', async () => {
    const before = await ropcToken(sb);
    await manage(sb, 'PUT', '/faults', { expireTokens: true });
    const res = await invoke(sb, 'contoso.onmicrosoft.com', before);
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toMatch(/^Bearer client_id="00000002-0000-0ff1-ce00-000000000000".*error="invalid_token"/);
    expect(res.headers.get('x-ms-diagnostics')).toContain('The token has expired.');
    expect((await invoke(sb, 'contoso.onmicrosoft.com', await ropcToken(sb))).status).toBe(200);
    token = await ropcToken(sb);
  });

  it('rejects unknown or malformed fault settings', async () => {
    const bad = await manage(sb, 'PUT', '/faults', { throttle: { limit: -1 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('throttle.limit must be a number of at least 0.');
    expect((await manage(sb, 'PUT', '/faults', { explode: true })).status).toBe(400);
  });
});
