import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Journal } from '../../../src/sandbox/exchange/store/journal.js';
import { harness, TENANT, tempDir } from './helpers.js';

const journalFile = (dir: string) => path.join(dir, 'exchange', `${TENANT.tenantId}.journal`);

describe('persistence', () => {
  it('rebuilds the same seed after a restart and keeps every write', async () => {
    const dir = tempDir();
    let h = await harness({ dir, mailboxes: 80, seed: 7 });
    const before = (await h.invoke('Get-Mailbox', { ResultSize: 'Unlimited' })).body.value;
    expect((await h.invoke('Set-Mailbox', { Identity: 'admin', Office: 'Oslo', ProhibitSendQuota: '40GB' })).status).toBe(200);
    expect((await h.invoke('New-Mailbox', { Shared: true, Name: 'Sales Desk', DisplayName: 'Sales Desk', Alias: 'salesdesk' })).status).toBe(200);
    const victim = before.find((m: any) => m.RecipientTypeDetails === 'UserMailbox' && m.Alias !== 'admin');
    expect((await h.invoke('Remove-Mailbox', { Identity: victim.UserPrincipalName, Confirm: false })).status).toBe(200);
    expect((await h.invoke('Add-MailboxPermission', { Identity: 'salesdesk', User: 'admin', AccessRights: ['FullAccess'] })).status).toBe(200);
    expect((await h.invoke('New-DistributionGroup', { Name: 'Night Shift', Members: ['admin'] })).status).toBe(200);
    expect((await h.invoke('New-TransportRule', { Name: 'Tag external', SubjectContainsWords: ['invoice'], Priority: 0 })).status).toBe(200);
    await h.service.close();

    // A different default size and seed must not change an existing tenant.
    h = await harness({ dir, mailboxes: 10, seed: 99 });
    const after = (await h.invoke('Get-Mailbox', { ResultSize: 'Unlimited' })).body.value;
    expect(after).toHaveLength(before.length);
    const admin = after.find((m: any) => m.Alias === 'admin');
    expect(admin.Office).toBe('Oslo');
    expect(admin.ProhibitSendQuota).toBe('40 GB (42,949,672,960 bytes)');
    expect(after.find((m: any) => m.Alias === 'salesdesk').RecipientTypeDetails).toBe('SharedMailbox');
    expect(after.some((m: any) => m.Guid === victim.Guid)).toBe(false);
    const unchanged = before.find((m: any) => m.Alias !== 'admin' && m.Guid !== victim.Guid);
    expect(after.find((m: any) => m.Guid === unchanged.Guid)).toEqual(unchanged);
    const soft = await h.invoke('Get-Mailbox', { SoftDeletedMailbox: true });
    expect(soft.body.value.map((m: any) => m.Guid)).toEqual([victim.Guid]);
    expect(soft.body.value[0].WhenSoftDeleted).toBeTruthy();
    const perms = (await h.invoke('Get-MailboxPermission', { Identity: 'salesdesk' })).body.value;
    expect(perms.some((p: any) => p.User === `admin@${TENANT.domain}` && p.AccessRights.includes('FullAccess'))).toBe(true);
    const members = (await h.invoke('Get-DistributionGroupMember', { Identity: 'Night Shift' })).body.value;
    expect(members.map((m: any) => m.Alias)).toEqual(['admin']);
    const rules = (await h.invoke('Get-TransportRule')).body.value;
    expect(rules[0].Name).toBe('Tag external');
    expect(rules.map((r: any) => r.Priority)).toEqual(rules.map((_: any, i: number) => i));
    await h.service.close();
  }, 60_000);

  it('recovers from a torn final journal entry and keeps appending after it', async () => {
    const dir = tempDir();
    let h = await harness({ dir });
    await h.invoke('Set-Mailbox', { Identity: 'admin', Office: 'Lisbon' });
    await h.service.close();
    // A crash mid-write leaves half a line at the end.
    const file = journalFile(dir);
    const good = fs.statSync(file).size;
    fs.appendFileSync(file, '1a2b3c4d {"op":"mbx.patch","index":0,"patch":{"Office":"Ro');
    h = await harness({ dir });
    expect((await h.invoke('Get-Mailbox', { Identity: 'admin' })).body.value[0].Office).toBe('Lisbon');
    expect(fs.statSync(file).size).toBe(good);
    await h.invoke('Set-Mailbox', { Identity: 'admin', Office: 'Madrid' });
    await h.service.close();
    h = await harness({ dir });
    expect((await h.invoke('Get-Mailbox', { Identity: 'admin' })).body.value[0].Office).toBe('Madrid');
    await h.service.close();
  });

  it('stops replay at an entry whose checksum does not match', () => {
    const dir = tempDir();
    const file = path.join(dir, 'j.journal');
    const { journal } = Journal.open(file);
    journal.append({ a: 1 });
    journal.append({ b: new Date('2024-01-02T03:04:05Z') });
    journal.close();
    const text = fs.readFileSync(file, 'utf8');
    fs.writeFileSync(file, `${text}${text.split('\n')[0]!.replace('"a":1', '"a":2')}\n`);
    const reopened = Journal.open(file);
    expect(reopened.entries).toEqual([{ a: 1 }, { b: new Date('2024-01-02T03:04:05Z') }]);
    reopened.journal.close();
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
  });

  it('gives two services on different data directories independent tenants', async () => {
    const a = await harness();
    const b = await harness();
    await a.invoke('Set-Mailbox', { Identity: 'admin', Office: 'Rome' });
    expect((await b.invoke('Get-Mailbox', { Identity: 'admin' })).body.value[0].Office).not.toBe('Rome');
    await a.service.close();
    await b.service.close();
  });
});
