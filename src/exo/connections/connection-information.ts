import { DateTimeOffset } from '../../repl/values/datetime-offset.js';
import { PSObject } from '../../repl/values/psobject.js';
import type { Connection } from './connection.js';

export const CONNECTION_INFORMATION_TYPE = 'Microsoft.Exchange.Management.ExoPowershellSnapin.ConnectionInformation';

/** Get-ConnectionInformation's object, with every field the module's has, in its order. */
export function connectionInformation(c: Connection, inbuilt: boolean, now = new Date()): PSObject {
  const s = c.settings;
  const expiry = c.tokenExpiry;
  return new PSObject(
    [
      ['ConnectionId', s.connectionId],
      ['State', 'Connected'],
      ['Id', s.id],
      ['Name', s.name],
      ['UserPrincipalName', s.userPrincipalName],
      ['ConnectionUri', s.connectionUri],
      ['AzureAdAuthorizationEndpointUri', s.azureAdAuthorizationEndpointUri],
      ['TokenExpiryTimeUTC', expiry ? DateTimeOffset.fromInstant(expiry.getTime()) : null],
      ['CertificateAuthentication', s.certificateAuthentication],
      ['ModuleName', s.moduleName],
      ['ModulePrefix', s.modulePrefix],
      ['Organization', s.organization],
      ['DelegatedOrganization', s.delegatedOrganization],
      ['AppId', s.appId],
      ['PageSize', s.pageSize],
      ['TenantID', s.tenantId],
      ['TokenStatus', expiry && expiry.getTime() <= now.getTime() ? 'Expired' : 'Active'],
      ['ConnectionUsedForInbuiltCmdlets', inbuilt],
      ['IsEopSession', s.isEopSession],
    ],
    [CONNECTION_INFORMATION_TYPE, 'System.Object'],
  );
}
