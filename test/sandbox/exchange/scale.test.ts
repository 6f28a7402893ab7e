import { describe, expect, it } from 'vitest';
import { harness } from './helpers.js';

describe('scale', () => {
  it('seeds a 100,000-mailbox tenant in under 30 s and resolves identities in it', async () => {
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    const h = await harness({ mailboxes: 100_000 });
    const seeded = performance.now() - started;
    expect(seeded).toBeLessThan(30_000);
    const first = await h.invoke('Get-Mailbox', { ResultSize: 5 });
    expect(first.body.value).toHaveLength(5);
    const deep = await h.invoke('Get-Mailbox', { Filter: "Alias -like 'admin*'", ResultSize: 'Unlimited' });
    expect(deep.body.value.map((m: any) => m.Alias)).toContain('admin');
    const upn = (first.body.value[4] as any).UserPrincipalName;
    const one = await h.invoke('Get-Mailbox', { Identity: upn });
    expect(one.body.value[0].UserPrincipalName).toBe(upn);
    const grown = process.memoryUsage().heapUsed - before;
    expect(grown).toBeLessThan(1024 ** 3);
    console.log(`seeded in ${Math.round(seeded)} ms, heap grew ${Math.round(grown / 1024 / 1024)} MiB`);
    await h.service.close();
  }, 120_000);
});
