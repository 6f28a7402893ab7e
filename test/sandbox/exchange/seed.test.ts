import { describe, expect, it } from 'vitest';
import { formatBytes, parseSize } from '../../../src/sandbox/exchange/util/bytes.js';
import { harness } from './helpers.js';

describe('ByteQuantifiedSize display form', () => {
  it('matches the service examples', () => {
    expect(formatBytes(106_300_440_576)).toBe('99 GB (106,300,440,576 bytes)');
    expect(formatBytes(7_901_637)).toBe('7.536 MB (7,901,637 bytes)');
    expect(formatBytes(53_150_220_288)).toBe('49.5 GB (53,150,220,288 bytes)');
    expect(formatBytes(71_146)).toBe('69.48 KB (71,146 bytes)');
    expect(formatBytes(7_030)).toBe('6.865 KB (7,030 bytes)');
    expect(formatBytes(63_889)).toBe('62.39 KB (63,889 bytes)');
    expect(formatBytes(1_334_578_302)).toBe('1.243 GB (1,334,578,302 bytes)');
    expect(formatBytes(262_144)).toBe('256 KB (262,144 bytes)');
    expect(formatBytes(0)).toBe('0 B (0 bytes)');
    expect(formatBytes(512)).toBe('512 B (512 bytes)');
  });

  it('parses what admins type', () => {
    expect(parseSize('300MB')).toBe(300 * 1024 * 1024);
    expect(parseSize('1.5 GB')).toBe(1.5 * 1024 ** 3);
    expect(parseSize('262144')).toBe(262_144);
    expect(parseSize('Unlimited')).toBe(Infinity);
    expect(parseSize('99 GB (106,300,440,576 bytes)')).toBe(106_300_440_576);
    expect(parseSize('lots')).toBeUndefined();
  });
});

describe('deterministic seeding', () => {
  const names = async (domain: string, seed: number) => {
    const h = await harness({ seed, mailboxes: 50, tenant: { tenantId: `t-${domain}`, domain } });
    const res = await h.invoke('Get-Mailbox', { ResultSize: 'Unlimited' });
    await h.service.close();
    return res.body.value.map((m: any) => `${m.DisplayName}|${m.Alias}|${m.Guid}|${m.RecipientTypeDetails}`);
  };

  it('gives the same tenant for the same seed and domain, and another for another seed or domain', async () => {
    const a = await names('contoso.com', 5);
    const b = await names('contoso.com', 5);
    const c = await names('contoso.com', 6);
    const d = await names('fabrikam.com', 5);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a).not.toEqual(d);
    expect(a[0]).toMatch(/^MOD Administrator\|admin\|/);
    expect(d[0]).toMatch(/^MOD Administrator\|admin\|/);
  });
});
