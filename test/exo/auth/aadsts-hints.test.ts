import { describe, expect, it } from 'vitest';
import { aadstsNumber, toSignInError } from '../../../src/exo/auth/aadsts-hints.js';
import { SignInError, redact } from '../../../src/exo/auth/sign-in-error.js';

const server = (errorCode: string, n: string, extra: object = {}) => ({
  errorCode,
  errorNo: n,
  errorMessage: `AADSTS${n}: Something happened.\r\nTrace ID: 1\r\nCorrelation ID: 2\r\nTimestamp: 2026-01-01 00:00:00Z`,
  ...extra,
});

describe('AADSTS hints', () => {
  it('reads the number from errorNo, else from the description', () => {
    expect(aadstsNumber({ errorNo: 50126 })).toBe('50126');
    expect(aadstsNumber({ errorMessage: 'Error(s): 700027 - Description: AADSTS700027: bad' })).toBe('700027');
    expect(aadstsNumber({ message: 'nothing' })).toBeUndefined();
  });

  it.each([
    ['50079', 'invalid_grant', /multi-factor authentication/],
    ['53003', 'access_denied', /^Conditional Access blocked this sign-in/],
    ['50053', 'invalid_grant', /locked/],
    ['50055', 'invalid_grant', /password has expired/],
    ['50057', 'invalid_grant', /disabled/],
    ['7000222', 'invalid_client', /client secret is wrong or has expired/],
    ['700025', 'invalid_client', /Allow public client flows/],
    ['65001', 'invalid_grant', /Admin consent/],
    ['90002', 'invalid_request', /^Tenant contoso\.onmicrosoft\.com was not found/],
    ['700082', 'invalid_grant', /session has expired\. Run Connect-ExchangeOnline again\./],
    ['90099', 'invalid_grant', /partner delegated administrators/],
    ['530034', 'invalid_grant', /suspicious activity/],
    ['50034', 'invalid_grant', /^The account is not a member or guest of contoso\.onmicrosoft\.com\.$/],
  ])('AADSTS%s gets a hint', (n, code, hint) => {
    const e = toSignInError(server(code, n), { tenant: 'contoso.onmicrosoft.com' });
    expect(e).toBeInstanceOf(SignInError);
    expect(e.message).toMatch(hint);
    expect(e.errorId).toBe(`AADSTS${n}`);
    expect(e.detail).toContain(`${code}: AADSTS${n}: Something happened.`);
  });

  it('falls back to the first line of the service text for unknown codes, never a stack', () => {
    const e = toSignInError(server('invalid_request', '123456'));
    expect(e.message).toBe('Sign-in failed: invalid_request: AADSTS123456: Something happened.');
  });

  it('names network failures', () => {
    expect(toSignInError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' })).message).toMatch(/^Could not reach the sign-in service/);
  });

  it('removes secrets from the message and the detail', () => {
    const e = toSignInError({ errorCode: 'weird', errorMessage: 'echoed s3cr3t-V@lue in text' }, { secrets: ['s3cr3t-V@lue'] });
    expect(e.message).not.toContain('s3cr3t-V@lue');
    expect(e.detail).not.toContain('s3cr3t-V@lue');
    expect(redact('a hunter2 b', ['hunter2', undefined, ''])).toBe('a ******** b');
  });
});
