import { describe, expect, it } from 'vitest';
import { toExchangeObject, typeNamesFor } from '../../../src/exo/types/exchange-object.js';
import { ByteQuantifiedSize } from '../../../src/exo/types/byte-quantified-size.js';
import { Unlimited } from '../../../src/exo/types/unlimited.js';
import { DateTime } from '../../../src/repl/values/datetime.js';
import { PSGuid } from '../../../src/repl/values/guid.js';
import type { CmdletDefinition } from '../../../src/repl/cmdlets/types.js';
import { out } from '../../repl/engine/run.js';

const STATS = {
  DisplayName: 'Adele Vance',
  'TotalItemSize@data.type': 'Microsoft.Exchange.Data.Unlimited`1[[Microsoft.Exchange.Data.ByteQuantifiedSize]]',
  TotalItemSize: '1.243 GB (1,334,578,302 bytes)',
  ProhibitSendQuota: 'Unlimited',
  'MailboxGuid@data.type': 'System.Guid',
  'MailboxGuid@odata.type': '#Guid',
  MailboxGuid: 'd2333746-1539-45b6-a68f-7ee14a70c63a',
  'LastLogonTime@data.type': 'System.DateTime',
  LastLogonTime: '2024-03-01T10:20:30.0000000+00:00',
  WhenCreatedUTC: '2022-06-29T17:57:03Z',
  'EmailAddresses@odata.type': '#Collection(String)',
  EmailAddresses: ['SMTP:adele@contoso.com', 'smtp:av@contoso.com'],
  ItemCount: 4211,
};

/** A stand-in cmdlet that outputs one converted record, so scripts can use it. */
const getStats: CmdletDefinition = {
  name: 'Get-TestStatistics',
  synopsis: 'Outputs a converted MailboxStatistics record.',
  parameters: [],
  create: () => ({
    *process() {
      yield toExchangeObject(STATS, typeNamesFor('Get-MailboxStatistics'));
    },
  }),
};

describe('toExchangeObject', () => {
  it('drops annotations and types the values', () => {
    const o = toExchangeObject(STATS, typeNamesFor('Get-MailboxStatistics'));
    expect(o.names()).toEqual(['DisplayName', 'TotalItemSize', 'ProhibitSendQuota', 'MailboxGuid', 'LastLogonTime', 'WhenCreatedUTC', 'EmailAddresses', 'ItemCount']);
    expect(o.typeNames[0]).toBe('Deserialized.Microsoft.Exchange.Management.MapiTasks.Presentation.MailboxStatistics');
    const size = o.get('TotalItemSize') as Unlimited<ByteQuantifiedSize>;
    expect(size).toBeInstanceOf(Unlimited);
    expect(size.value!.toMB()).toBe(1272);
    expect((o.get('ProhibitSendQuota') as Unlimited<unknown>).isUnlimited).toBe(true);
    expect(o.get('MailboxGuid')).toBeInstanceOf(PSGuid);
    const logon = o.get('LastLogonTime') as DateTime;
    expect(logon).toBeInstanceOf(DateTime);
    expect(logon.kind).toBe('Local');
    expect(logon.toInstant()).toBe(Date.parse('2024-03-01T10:20:30Z'));
    expect((o.get('WhenCreatedUTC') as DateTime).kind).toBe('Utc');
    expect(o.get('EmailAddresses')).toEqual(['SMTP:adele@contoso.com', 'smtp:av@contoso.com']);
    expect(o.get('ItemCount')).toBe(4211);
  });

  it('names Get-EXO* output in the REST client namespace and InvokeCommand output as Deserialized', () => {
    expect(typeNamesFor('Get-EXOMailbox')[0]).toBe('Microsoft.Exchange.Management.RestApiClient.ExoMailbox');
    expect(typeNamesFor('Get-Mailbox')).toEqual(['Deserialized.Microsoft.Exchange.Data.Directory.Management.Mailbox', 'Deserialized.System.Object']);
  });

  it('lets scripts call $s.TotalItemSize.Value.ToMB() and read IsUnlimited', async () => {
    const lines = await out(
      '$s = Get-TestStatistics; $s.TotalItemSize.Value.ToMB(); $s.TotalItemSize.Value.ToGB(); $s.ProhibitSendQuota.IsUnlimited; $s.TotalItemSize.IsUnlimited; "$($s.TotalItemSize)"',
      { commands: [getStats] },
    );
    expect(lines).toEqual(['1272', '1', 'True', 'False', '1.243 GB (1,334,578,302 bytes)']);
  });
});
