import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, harness, ORIGIN, TENANT, type Harness } from './helpers.js';

describe('$batch', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(() => h.service.close());

  it('answers each InvokeCommand request of a batch on its own', async () => {
    const url = `${ORIGIN}/adminapi/beta/${TENANT.tenantId}/InvokeCommand`;
    const body = {
      requests: [
        { id: '0', method: 'POST', url, headers: { Prefer: 'odata.maxpagesize=1000;odata.continue-on-error' }, body: { CmdletInput: { CmdletName: 'Set-Mailbox', Parameters: { Identity: 'admin', Office: 'Cork' } } } },
        { id: '1', method: 'POST', url, headers: {}, body: { CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { Identity: 'nobody' } } } },
        { id: '2', method: 'POST', url, headers: {}, body: { CmdletInput: { CmdletName: 'Get-Mailbox', Parameters: { Identity: 'admin' } } } },
      ],
    };
    const route = h.service.routes.find((r) => r.method === 'POST' && r.pattern.endsWith('$batch'))!;
    const u = new URL(`/adminapi/beta/${TENANT.tenantId}/$batch`, ORIGIN);
    const res: any = await route.handler({ method: 'POST', path: u.pathname, query: u.searchParams, headers: {}, body: JSON.stringify(body), origin: ORIGIN }, {}, caller());
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.responses.map((r: any) => [r.id, r]));
    expect(byId['0'].status).toBe(200);
    expect(byId['1'].status).toBe(404);
    expect(byId['1'].body.error.details[0].message).toContain('ManagementObjectNotFoundException');
    expect(byId['2'].body.value[0].Office).toBe('Cork');
  });
});
