import { generateKeyPairSync, privateDecrypt, constants } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { opathToOData, FilterConversionError } from '../../../src/exo/client/opath-to-odata.js';
import { serializeParameters } from '../../../src/exo/client/serialize-parameters.js';
import { serviceErrorFrom, GENERIC_SERVER_ERROR } from '../../../src/exo/client/service-error.js';
import { backoffMs, retryAfterMs, retryReason, transportRetryReason, DEFAULT_RETRY_POLICY } from '../../../src/exo/client/retry.js';
import { publicKeyFromXml, MISSING_KEY_MESSAGE } from '../../../src/exo/client/encrypt-value.js';
import { entitySetPath } from '../../../src/exo/client/odata-query.js';
import { PSHashtable } from '../../../src/repl/values/hashtable.js';
import { DateTime } from '../../../src/repl/values/datetime.js';
import { DateTimeOffset } from '../../../src/repl/values/datetime-offset.js';
import { SecureString, createCredential } from '../../../src/repl/values/securestring.js';
import { SwitchValue } from '../../../src/repl/values/convert.js';

describe('opathToOData', () => {
  it('translates comparisons, -like wildcards, -not and parentheses', () => {
    expect(opathToOData("Name -eq 'Bob'")).toBe("Name eq 'Bob'");
    expect(opathToOData('Department -like "Sales*"')).toBe("startswith(Department,'Sales')");
    expect(opathToOData("Name -like '*son'")).toBe("endswith(Name,'son')");
    expect(opathToOData("Name -like '*an*'")).toBe("contains(Name,'an')");
    expect(opathToOData("Name -like 'Bob'")).toBe("Name eq 'Bob'");
    expect(opathToOData("Name -notlike 'B*'")).toBe("not (startswith(Name,'B'))");
    expect(opathToOData("(RecipientTypeDetails -eq 'SharedMailbox' -or RecipientTypeDetails -eq 'RoomMailbox') -and -not(HiddenFromAddressListsEnabled -eq $true)"))
      .toBe("(RecipientTypeDetails eq 'SharedMailbox' or RecipientTypeDetails eq 'RoomMailbox') and not ((HiddenFromAddressListsEnabled eq true))");
    expect(opathToOData('ForwardingSmtpAddress -ne $null')).toBe('ForwardingSmtpAddress ne null');
    expect(opathToOData('ResourceCapacity -gt 10')).toBe('ResourceCapacity gt 10');
    expect(opathToOData("EmailAddresses -eq 'smtp:a@contoso.com'")).toBe("EmailAddresses/any(d:d eq 'smtp:a@contoso.com')");
  });

  it('refuses what the module refuses', () => {
    expect(() => opathToOData("Name -like 'a*b'")).toThrow(/wildcard in between/);
    expect(() => opathToOData("Name -like '*a*b*'")).toThrow(/more than 2 wildcards/);
    expect(() => opathToOData("(Name -eq 'a'")).toThrow(/parentheses doesn't match/);
    expect(() => opathToOData(`Name -eq "O'Brien"`)).toThrow(/singlequote/);
    expect(() => opathToOData("Name -match 'a'")).toThrow(FilterConversionError);
  });
});

describe('serializeParameters', () => {
  it('writes values as the module does', () => {
    const when = DateTime.fromInstant(Date.parse('2025-01-31T23:59:59Z'), 'Local');
    const out = serializeParameters({
      Identity: 'bob',
      Archive: new SwitchValue(true),
      Confirm: false,
      ForwardingSmtpAddress: null,
      EmailAddresses: new PSHashtable(false, [['Add', ['smtp:a@x.com']], ['Remove', 'smtp:b@x.com']]),
      StartDate: when,
      Members: ['a', 'b'],
      Entries: [new PSHashtable(false, [['K', 1]])],
      Photo: new Uint8Array([1, 2, 255]),
      ErrorAction: 'Stop',
      Filter: 'HiddenFromAddressListsEnabled -eq $TRUE -and Enabled -eq $false',
      UseCustomRouting: true,
    });
    expect(out).toEqual({
      Identity: 'bob',
      Archive: true,
      Confirm: false,
      ForwardingSmtpAddress: null,
      EmailAddresses: { Add: ['smtp:a@x.com'], Remove: 'smtp:b@x.com', '@odata.type': '#Exchange.GenericHashTable' },
      StartDate: '2025-01-31T23:59:59',
      Members: ['a', 'b'],
      'Entries@odata.type': '#Collection(Exchange.GenericHashTable)',
      Entries: [{ K: 1, '@odata.type': '#Exchange.GenericHashTable' }],
      Photo: { '@odata.type': '#Exchange.ByteArrayType', Data: [1, 2, 255] },
      ErrorAction: 'Stop',
      Filter: "HiddenFromAddressListsEnabled -eq 'True' -and Enabled -eq 'False'",
    });
  });

  it('sends a DateTimeOffset as its UTC instant, sortable, with no zone', () => {
    const clock = DateTime.fromParts(2025, 1, 31, 16, 59, 59, 0, 'Unspecified');
    const out = serializeParameters({ StartDate: new DateTimeOffset(clock, -7 * 3_600_000), EndDate: [new DateTimeOffset(clock, 330 * 60_000)] });
    expect(out).toEqual({ StartDate: '2025-01-31T23:59:59', EndDate: ['2025-01-31T11:29:59'] });
  });

  it('encrypts SecureString and PSCredential values with the module key, and refuses without one', () => {
    const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwk = publicKey.export({ format: 'jwk' });
    const xml = `<RSAKeyValue><Modulus>${Buffer.from(jwk.n!, 'base64url').toString('base64')}</Modulus><Exponent>${Buffer.from(jwk.e!, 'base64url').toString('base64')}</Exponent></RSAKeyValue>`;
    const key = publicKeyFromXml(xml);
    const out = serializeParameters({ Password: new SecureString('S3cret!'), Credential: createCredential('bob@x.com', new SecureString('pw')) }, { publicKey: key });
    const open = (v: unknown) => privateDecrypt({ key: privateKey, padding: constants.RSA_PKCS1_PADDING }, Buffer.from(String(v), 'base64')).toString('utf8');
    expect(open(out.Password)).toBe('S3cret!');
    expect(JSON.parse(open(out.Credential))).toEqual({ UserName: 'bob@x.com', Password: 'pw' });
    expect(() => serializeParameters({ Password: new SecureString('x') })).toThrow(MISSING_KEY_MESSAGE);
  });
});

describe('service errors', () => {
  const headers = new Headers({ 'x-calculatedbetarget': 'AM6PR06MB5795.eurprd06.prod.outlook.com', 'request-id': '7f6f2d5f-726b-5584-2121-922596043d50', date: 'Tue, 28 Mar 2023 13:55:04 GMT', 'x-exceptiontype': 'ManagementObjectNotFoundException' });

  it('maps the OData error body like the module', () => {
    const text = JSON.stringify({ error: { code: 'NotFound', message: 'Error executing cmdlet', details: [{ code: 'Context', target: '', message: "Ex6F9304|Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException|The operation couldn't be performed because object 'x' couldn't be found on 'DC1'." }] } });
    const e = serviceErrorFrom({ status: 404, headers, text }, 'Get-Recipient');
    expect(e.fullyQualifiedErrorId).toBe('[Server=AM6PR06MB5795,RequestId=7f6f2d5f-726b-5584-2121-922596043d50,TimeStamp=Tue, 28 Mar 2023 13:55:04 GMT],Write-ErrorMessage');
    expect(e.categoryInfo).toBe('NotSpecified: (:) [Get-Recipient], ManagementObjectNotFoundException');
    expect(e.errorCode).toBe('Ex6F9304');
    expect(serviceErrorFrom({ status: 404, headers, text }, 'Get-EXOMailbox').fullyQualifiedErrorId).toMatch(/\],Microsoft\.Exchange\.Management\.RestApiClient\.GetExoMailbox$/);
  });

  it('uses an integer details code as the ErrorCategory and reads the JSON detail form', () => {
    const detail = JSON.stringify({ localizedString: { stringId: 'ExABC' }, ClassName: 'Some.Type.BadException', Message: 'bad' });
    const e = serviceErrorFrom({ status: 400, headers: new Headers(), text: JSON.stringify({ error: { details: [{ code: '5', target: 'bob', message: detail }] } }) }, 'Set-Mailbox');
    expect(e.message).toBe('ExABC|Some.Type.BadException|bad');
    expect(e.category).toBe('InvalidArgument');
    expect(e.targetName).toBe('bob');
    expect(e.reason).toBe('BadException');
  });

  it('handles bodies that are not JSON', () => {
    expect(serviceErrorFrom({ status: 502, headers: new Headers(), text: '<html>Bad gateway</html>' }, 'Get-Mailbox').message).toBe(GENERIC_SERVER_ERROR);
    expect(serviceErrorFrom({ status: 500, headers: new Headers(), text: 'You have reached the maximum number of concurrent requests per tenant.' }, 'Get-Mailbox').message).toMatch(/concurrent requests/);
  });
});

describe('retry policy', () => {
  it('knows what is transient', () => {
    const r = (status: number, text = '') => retryReason({ status, headers: new Headers(), text });
    expect(r(429)).toBeDefined();
    expect(r(503)).toBeDefined();
    expect(r(504)).toBeDefined();
    expect(r(500, 'You have reached the maximum number of concurrent requests per tenant.')).toBeDefined();
    expect(r(400, '{"error":{"details":[{"message":"|Microsoft.Exchange.Data.Storage.StorageTransientException|busy"}]}}')).toBeDefined();
    expect(r(500)).toBeUndefined();
    expect(r(404)).toBeUndefined();
    expect(transportRetryReason(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' }) }))).toMatch(/ECONNRESET/);
    expect(transportRetryReason(new DOMException('timed out', 'TimeoutError'))).toMatch(/timed out/);
    expect(transportRetryReason(new Error('certificate has expired'))).toBeUndefined();
  });

  it('reads Retry-After as seconds or a date, and backs off exponentially with a cap and jitter', () => {
    expect(retryAfterMs(new Headers({ 'retry-after': '1.5' }))).toBe(1500);
    expect(retryAfterMs(new Headers({ 'retry-after': new Date(10_000).toUTCString() }), 4_000)).toBe(6_000);
    expect(retryAfterMs(new Headers())).toBeUndefined();
    const p = { ...DEFAULT_RETRY_POLICY, jitter: 0 };
    expect([0, 1, 2, 3, 4, 5].map((n) => backoffMs(p, n))).toEqual([2000, 4000, 8000, 16000, 32000, 60000]);
    expect(backoffMs({ ...p, jitter: 0.5 }, 1, undefined, () => 0)).toBe(2000);
    expect(backoffMs(p, 3, 1234)).toBe(1234);
  });
});

describe('entitySetPath', () => {
  it('builds the per-cmdlet OData paths', () => {
    const b64 = (s: string) => encodeURIComponent(Buffer.from(s).toString('base64'));
    expect(entitySetPath({ cmdlet: 'Get-EXOMailboxStatistics', identity: 'bob@x.com' })).toBe(`Mailbox('${b64('bob@x.com')}')/Exchange.GetMailboxStatistics()?isEncoded=true&PropertySet=Minimum`);
    expect(entitySetPath({ cmdlet: 'Get-EXOMailboxFolderPermission', identity: 'bob@x.com:\\Calendar' })).toBe(`Mailbox('${b64('bob@x.com')}')/MailboxFolder('${b64('\\Calendar')}')/MailboxFolderPermission?isEncoded=true`);
    expect(entitySetPath({ cmdlet: 'Get-EXORecipientPermission', identity: 'bob', extra: { AccessRights: 'SendAs' } })).toBe(`Recipient/Exchange.GetRecipientPermissionByFilters(identity='${b64('bob')}',trustee=null,accessRights='SendAs')?isEncoded=true`);
    expect(entitySetPath({ cmdlet: 'Get-EXORecipient', anr: 'Ad', extra: { RecipientTypeDetails: 'UserMailbox,SharedMailbox' } })).toBe('Recipient?PropertySet=Minimum&Anr=Ad&RecipientTypeDetails=UserMailbox%2CSharedMailbox');
    expect(() => entitySetPath({ cmdlet: 'Get-EXOMailboxStatistics' })).toThrow(/Identity is a mandatory value/);
  });
});

describe('opathToOData on arbitrary text', async () => {
  const fc = await import('fast-check');
  it('either translates or refuses with a FilterConversionError', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('N', 'a', ' ', '-eq', '-like', '-and', '-not', '(', ')', "'", '"', '*', '$true', '1'), maxLength: 12 }), (text) => {
        try {
          expect(typeof opathToOData(text)).toBe('string');
        } catch (e) {
          expect(e).toBeInstanceOf(FilterConversionError);
        }
      }),
    );
  });
});
