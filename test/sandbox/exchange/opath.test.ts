import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOpath } from '../../../src/sandbox/exchange/opath/parser.js';
import { opathPredicate } from '../../../src/sandbox/exchange/opath/index.js';
import { ExchangeError } from '../../../src/sandbox/exchange/errors.js';
import { detail, harness, type Harness } from './helpers.js';

const PROPS = ['Name', 'DisplayName', 'Alias', 'HiddenFromAddressListsEnabled', 'WhenChanged', 'ProhibitSendQuota', 'EmailAddresses', 'RecipientLimits', 'Office', 'ForwardingSmtpAddress'];
const obj = {
  Name: "o'brien",
  DisplayName: 'Sean O\'Brien',
  Alias: 'sean.obrien',
  HiddenFromAddressListsEnabled: false,
  WhenChanged: new Date(Date.UTC(2024, 0, 15, 10, 0, 0)),
  ProhibitSendQuota: '99 GB (106,300,440,576 bytes)',
  EmailAddresses: ['SMTP:sean@contoso.com', 'smtp:sean@contoso.onmicrosoft.com'],
  RecipientLimits: 500,
  Office: null,
  ForwardingSmtpAddress: null,
};
const matches = (filter: string) => opathPredicate(filter, PROPS)(obj);

function errorOf(fn: () => unknown): ExchangeError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ExchangeError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('OPATH parser and evaluator', () => {
  it('compares strings case-insensitively with -eq and -ne', () => {
    expect(matches("Alias -eq 'SEAN.OBRIEN'")).toBe(true);
    expect(matches("Alias -ne 'sean.obrien'")).toBe(false);
  });

  it('treats * as a wildcard only with -like/-notlike', () => {
    expect(matches("DisplayName -like 'sean*'")).toBe(true);
    expect(matches("DisplayName -like '*brien'")).toBe(true);
    expect(matches("DisplayName -notlike 'sean*'")).toBe(false);
    expect(matches("DisplayName -eq 'sean*'")).toBe(false);
  });

  it('reads doubled quotes, backtick escapes and double-quoted values', () => {
    expect(matches("DisplayName -eq 'Sean O''Brien'")).toBe(true);
    expect(matches('DisplayName -eq "Sean O\'Brien"')).toBe(true);
    expect(matches('Name -eq "o`\'brien"')).toBe(true);
    expect(matches('Name -eq "say ""hi"""')).toBe(false);
  });

  it('handles $true/$false/$null and the client rewrite of $true to True', () => {
    expect(matches('HiddenFromAddressListsEnabled -eq $false')).toBe(true);
    expect(matches("HiddenFromAddressListsEnabled -eq 'False'")).toBe(true);
    expect(matches('HiddenFromAddressListsEnabled -eq $true')).toBe(false);
    expect(matches('Office -eq $null')).toBe(true);
    expect(matches('Office -ne $null')).toBe(false);
    expect(matches('DisplayName -ne $null')).toBe(true);
  });

  it('compares dates given in US or ISO form', () => {
    expect(matches("WhenChanged -lt '2/1/2024'")).toBe(true);
    expect(matches("WhenChanged -gt '1/15/2024 9:00:00 AM'")).toBe(true);
    expect(matches("WhenChanged -ge '2024-01-16'")).toBe(false);
    expect(matches("WhenChanged -le '2024-01-15T10:00:00Z'")).toBe(true);
  });

  it('compares byte-quantified sizes and numbers', () => {
    expect(matches("ProhibitSendQuota -lt '100GB'")).toBe(true);
    expect(matches("ProhibitSendQuota -gt '98.5 GB'")).toBe(true);
    expect(matches("ProhibitSendQuota -eq '106300440576'")).toBe(true);
    expect(matches('RecipientLimits -ge 500')).toBe(true);
    expect(matches('RecipientLimits -gt 500')).toBe(false);
  });

  it('matches a multivalued property when any element matches, with or without the address prefix', () => {
    expect(matches("EmailAddresses -eq 'smtp:sean@contoso.onmicrosoft.com'")).toBe(true);
    expect(matches("EmailAddresses -eq 'sean@contoso.com'")).toBe(true);
    expect(matches("EmailAddresses -like '*@contoso.onmicrosoft.com'")).toBe(true);
    expect(matches("EmailAddresses -eq 'other@contoso.com'")).toBe(false);
  });

  it('applies -not, -and, -or with parentheses and the usual precedence', () => {
    expect(matches("Alias -eq 'x' -or Alias -eq 'sean.obrien' -and RecipientLimits -eq 500")).toBe(true);
    expect(matches("(Alias -eq 'x' -or Alias -eq 'sean.obrien') -and RecipientLimits -eq 1")).toBe(false);
    expect(matches("-not (Alias -eq 'x')")).toBe(true);
    expect(matches("-not(Alias -eq 'sean.obrien') -or Office -eq $null")).toBe(true);
    expect(matches("{Alias -eq 'sean.obrien'}")).toBe(true);
  });

  it('accepts property names and operators in any case', () => {
    expect(matches("alias -EQ 'sean.obrien' -AND recipientlimits -Eq 500")).toBe(true);
  });

  it('reports bad syntax with the service message and the position', () => {
    const cases: Array<[string, number]> = [
      ["Alias -eq", 10],
      ["Alias 'x'", 7],
      ["(Alias -eq 'x'", 15],
      ["Alias -eq 'unterminated", 11],
      ["Alias -contains 'x'", 7],
      ["Alias -eq 'x' Name -eq 'y'", 15],
      ['', 1],
    ];
    for (const [filter, position] of cases) {
      const e = errorOf(() => parseOpath(filter));
      expect(e.message).toBe(
        `Cannot bind parameter 'Filter' to the target. Exception setting "Filter": "Invalid filter syntax. For a description of the filter parameter syntax see the command help. "${filter}" at position ${position}."`,
      );
      expect(e.exceptionType).toBe('System.Management.Automation.ParameterBindingException');
    }
  });

  it('reports an unknown property with the list of valid ones', () => {
    const e = errorOf(() => opathPredicate("Colour -eq 'red'", PROPS));
    expect(e.message).toContain('""Colour" is not a recognized filterable property. Valid property names are: Alias, DisplayName,');
  });

  it('reports values that cannot be converted', () => {
    expect(errorOf(() => matches("WhenChanged -gt 'yesterday'")).message).toContain('System.DateTime');
    expect(errorOf(() => matches("HiddenFromAddressListsEnabled -eq 'maybe'")).message).toContain('System.Boolean');
  });
});

describe('-Filter over InvokeCommand', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness({ mailboxes: 300 });
  });
  afterAll(() => h.service.close());

  it('filters Get-Mailbox server-side', async () => {
    const all = await h.all('Get-Mailbox', { ResultSize: 'Unlimited' });
    const shared = await h.all('Get-Mailbox', { ResultSize: 'Unlimited', Filter: "RecipientTypeDetails -eq 'SharedMailbox'" });
    expect(shared.items.length).toBeGreaterThan(0);
    expect(shared.items.length).toBe(all.items.filter((m) => m.RecipientTypeDetails === 'SharedMailbox').length);
    const cutoff = new Date(Date.now() - 90 * 86_400_000);
    const stale = await h.all('Get-Mailbox', { ResultSize: 'Unlimited', Filter: `WhenChanged -lt '${cutoff.toISOString().slice(0, 19)}'` });
    expect(stale.items.length).toBeGreaterThan(0);
    expect(stale.items.every((m) => new Date(m.WhenChanged) < cutoff)).toBe(true);
    expect(stale.items.length).toBe(all.items.filter((m) => new Date(m.WhenChanged) < cutoff).length);
  });

  it('answers a syntax error with 400 and the ParameterBindingException detail', async () => {
    const res = await h.invoke('Get-Mailbox', { Filter: "Alias -eq 'x" });
    expect(res.status).toBe(400);
    expect(res.headers!['x-exceptiontype']).toBe('ParameterBindingException');
    expect(detail(res)).toMatch(/^\|System\.Management\.Automation\.ParameterBindingException\|Cannot bind parameter 'Filter'.*at position 11\."$/);
  });

  it('rejects properties a cmdlet cannot filter on', async () => {
    const res = await h.invoke('Get-UnifiedGroup', { Filter: "SharePointSiteUrl -like 'https*'" });
    expect(res.status).toBe(400);
    expect(detail(res)).toContain('"SharePointSiteUrl" is not a recognized filterable property');
    const rule = await h.invoke('Get-TransportRule', { Filter: "Name -eq 'x'" });
    expect(detail(rule)).toContain('Valid property names are: Description');
  });
});
