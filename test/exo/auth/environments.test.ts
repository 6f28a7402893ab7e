import { describe, expect, it } from 'vitest';
import { exchangeEnvironment, exchangeEnvironmentNames, splitAuthorizationEndpoint } from '../../../src/exo/auth/environments.js';
import { browserUsable } from '../../../src/exo/auth/browser.js';

describe('-ExchangeEnvironmentName', () => {
  it('knows the five clouds with their hosts and authorities', () => {
    expect(exchangeEnvironmentNames).toEqual(['O365Default', 'O365GermanyCloud', 'O365USGovGCCHigh', 'O365USGovDoD', 'O365China']);
    expect(exchangeEnvironment()).toMatchObject({ exchangeHost: 'https://outlook.office365.com', authorizationEndpointUri: 'https://login.microsoftonline.com/organizations' });
    expect(exchangeEnvironment('o365usgovdod')).toMatchObject({ exchangeHost: 'https://outlook-dod.office365.us', authorityHost: 'https://login.microsoftonline.us' });
    expect(exchangeEnvironment('O365China')).toMatchObject({ exchangeHost: 'https://partner.outlook.cn', authorityHost: 'https://login.chinacloudapi.cn' });
    expect(exchangeEnvironment('O365GermanyCloud')?.authorityHost).toBe('https://login.microsoftonline.de');
    expect(exchangeEnvironment('O365USGovGCCHigh')?.exchangeHost).toBe('https://outlook.office365.us');
    expect(exchangeEnvironment('Mars')).toBeUndefined();
  });

  it('splits an authorization endpoint into host and tenant', () => {
    expect(splitAuthorizationEndpoint('https://login.microsoftonline.us/organizations')).toEqual({ authorityHost: 'https://login.microsoftonline.us', tenant: 'organizations' });
    expect(splitAuthorizationEndpoint('https://127.0.0.1:8443/contoso.onmicrosoft.com/')).toEqual({ authorityHost: 'https://127.0.0.1:8443', tenant: 'contoso.onmicrosoft.com' });
  });
});

describe('browser detection', () => {
  const yes = { canOpenBrowser: () => true };
  it('uses device code over SSH, and on Linux without a display unless under WSL', () => {
    expect(browserUsable(yes, { SSH_TTY: '/dev/pts/1', DISPLAY: ':0' }, 'darwin')).toBe(false);
    expect(browserUsable(yes, { DISPLAY: ':0' }, 'linux')).toBe(true);
    expect(browserUsable(yes, { WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(browserUsable(yes, { WSL_DISTRO_NAME: 'Ubuntu' }, 'linux')).toBe(true);
    expect(browserUsable(yes, {}, 'darwin')).toBe(true);
    expect(browserUsable({ canOpenBrowser: () => false }, {}, 'darwin')).toBe(false);
  });
});
