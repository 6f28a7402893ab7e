import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harness, type Harness } from './helpers.js';
import { MORE_RESULTS_WARNING } from '../../../src/sandbox/exchange/http/invoke-command.js';

describe('InvokeCommand paging and ResultSize', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ mailboxes: 10_000 });
  });
  afterAll(() => h.service.close());

  it('pages through 10,000 mailboxes by @odata.nextLink honouring maxpagesize', async () => {
    const started = performance.now();
    const { items, pages, warnings } = await h.all('Get-Mailbox', { ResultSize: 'Unlimited' }, 'odata.maxpagesize=1000');
    expect(items).toHaveLength(10_000);
    expect(pages).toBe(10);
    expect(new Set(items.map((m) => m.Guid)).size).toBe(10_000);
    expect(warnings).toEqual([]);
    console.log(`10,000 mailboxes in ${Math.round(performance.now() - started)} ms`);
  }, 240_000);

  it('keeps pages at the preferred size and the link carries the position, not the data', async () => {
    const first = await h.invoke('Get-Mailbox', { ResultSize: 'Unlimited' }, { prefer: 'odata.maxpagesize=250' });
    expect(first.body.value).toHaveLength(250);
    const link = new URL(first.body['@odata.nextLink']);
    expect(link.pathname).toBe(`/adminapi/beta/${'6f1c0b1e-1111-4a2b-9c3d-000000000001'}/InvokeCommand`);
    expect(link.searchParams.get('$skiptoken')).toBeTruthy();
    const second = await h.invoke('Get-Mailbox', { ResultSize: 'Unlimited' }, { prefer: 'odata.maxpagesize=250', url: first.body['@odata.nextLink'] });
    expect(second.body.value).toHaveLength(250);
    expect(second.body.value[0].Guid).not.toBe(first.body.value[249].Guid);
  });

  it('returns 1000 by default with the service warning when more exist', async () => {
    const res = await h.invoke('Get-Mailbox');
    expect(res.body.value).toHaveLength(1000);
    expect(res.body['@odata.nextLink']).toBeUndefined();
    expect(res.body['@adminapi.warnings']).toEqual([MORE_RESULTS_WARNING]);
  });

  it('stops at ResultSize across pages and warns on the last page only', async () => {
    const { items, pages, warnings } = await h.all('Get-Mailbox', { ResultSize: 2500 }, 'odata.maxpagesize=1000');
    expect(items).toHaveLength(2500);
    expect(pages).toBe(3);
    expect(warnings).toEqual([MORE_RESULTS_WARNING]);
  }, 120_000);

  it('gives no warning when ResultSize covers everything', async () => {
    const res = await h.invoke('Get-Mailbox', { ResultSize: 20000 }, { prefer: 'odata.maxpagesize=1000' });
    expect(res.body['@adminapi.warnings']).toEqual([]);
    expect(res.body['@odata.nextLink']).toBeDefined();
  });

  it('rejects a ResultSize that is not a positive number or Unlimited', async () => {
    const res = await h.invoke('Get-Mailbox', { ResultSize: 0 });
    expect(res.status).toBe(400);
    const bad = await h.invoke('Get-Mailbox', { ResultSize: 'lots' });
    expect(bad.status).toBe(400);
  });

  it('trims properties with $select', async () => {
    const res = await h.invoke('Get-Mailbox', { ResultSize: 2 }, { url: `/adminapi/beta/6f1c0b1e-1111-4a2b-9c3d-000000000001/InvokeCommand?$select=DisplayName,UserPrincipalName` });
    expect(Object.keys(res.body.value[0]).sort()).toEqual(['DisplayName', 'UserPrincipalName']);
  });

  it('answers a bad skiptoken with 400', async () => {
    const res = await h.invoke('Get-Mailbox', {}, { url: `/adminapi/beta/x/InvokeCommand?$skiptoken=%%%` });
    expect(res.status).toBe(400);
  });
});
