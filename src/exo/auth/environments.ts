/** The five -ExchangeEnvironmentName clouds (exo-protocol.md §1.1): the Exchange host, which is also the token resource, and the Entra authority. */
export type ExchangeEnvironmentName = 'O365Default' | 'O365GermanyCloud' | 'O365USGovGCCHigh' | 'O365USGovDoD' | 'O365China';

export interface ExchangeEnvironment {
  name: ExchangeEnvironmentName;
  /** REST/AdminApi host, the ConnectionUri base and the token resource. */
  exchangeHost: string;
  /** Entra host; the authority is `${authorityHost}/${tenant}`. */
  authorityHost: string;
  /** The default -AzureADAuthorizationEndpointUri. */
  authorizationEndpointUri: string;
  /** The legacy remote PowerShell URI the docs still show as -ConnectionUri. */
  legacyPowerShellUri: string;
}

const table: ReadonlyArray<Omit<ExchangeEnvironment, 'authorizationEndpointUri'>> = [
  { name: 'O365Default', exchangeHost: 'https://outlook.office365.com', authorityHost: 'https://login.microsoftonline.com', legacyPowerShellUri: 'https://outlook.office365.com/powershell-liveid/' },
  { name: 'O365GermanyCloud', exchangeHost: 'https://outlook.office.de', authorityHost: 'https://login.microsoftonline.de', legacyPowerShellUri: 'https://outlook.office.de/PowerShell-LiveID' },
  { name: 'O365USGovGCCHigh', exchangeHost: 'https://outlook.office365.us', authorityHost: 'https://login.microsoftonline.us', legacyPowerShellUri: 'https://outlook.office365.us/powershell-liveID' },
  { name: 'O365USGovDoD', exchangeHost: 'https://outlook-dod.office365.us', authorityHost: 'https://login.microsoftonline.us', legacyPowerShellUri: 'https://webmail.apps.mil/powershell-liveID' },
  { name: 'O365China', exchangeHost: 'https://partner.outlook.cn', authorityHost: 'https://login.chinacloudapi.cn', legacyPowerShellUri: 'https://partner.outlook.cn/PowerShell' },
];

export const exchangeEnvironmentNames: readonly ExchangeEnvironmentName[] = table.map((e) => e.name);

/** Looks a name up case-insensitively, as PowerShell binds enum values; undefined when it is not one of the five. */
export function exchangeEnvironment(name: string = 'O365Default'): ExchangeEnvironment | undefined {
  const e = table.find((x) => x.name.toLowerCase() === name.toLowerCase());
  return e && { ...e, authorizationEndpointUri: `${e.authorityHost}/organizations` };
}

/** The first-party "Microsoft Exchange REST API Based PowerShell" public client the module signs in with. */
export const EXO_POWERSHELL_CLIENT_ID = 'fb78d390-0c51-40cd-8e17-fdbfab77341b';

/** Splits an -AzureADAuthorizationEndpointUri such as https://login.microsoftonline.com/organizations into host and tenant. */
export function splitAuthorizationEndpoint(uri: string): { authorityHost: string; tenant: string } {
  const u = new URL(uri);
  const tenant = u.pathname.split('/').filter(Boolean)[0] ?? 'organizations';
  return { authorityHost: u.origin, tenant };
}
