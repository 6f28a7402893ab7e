/**
 * The Exchange default table views (exo-cmdlets.md §2.12), registered by
 * type name; deserialized objects from the proxied cmdlets find them too.
 * Get-EXO* results have no view of their own and show as lists, as observed.
 *
 * They are the format data Connect-ExchangeOnline loads with its temp module:
 * present while a connection that loaded them is open, and never loaded by a
 * connection made with -SkipLoadingFormatData (whose output stays unformatted).
 */
import { registerView, unregisterViews, type ViewDefinition } from '../../repl/format/views.js';

const table = (...properties: string[]): ViewDefinition => ({ kind: 'table', columns: properties.map((property) => ({ property })) });

const VIEWS: Array<[string, ViewDefinition]> = [
  ['Microsoft.Exchange.Data.Directory.Management.Mailbox', table('Name', 'Alias', 'Database', 'ProhibitSendQuota', 'ExternalDirectoryObjectId')],
  ['Microsoft.Exchange.Data.Directory.Management.ReducedRecipient', table('Name', 'RecipientType')],
  ['Microsoft.Exchange.Data.Directory.Management.User', table('Name', 'RecipientType')],
  ['Microsoft.Exchange.Management.MapiTasks.Presentation.MailboxStatistics', table('DisplayName', 'ItemCount', 'StorageLimitStatus', 'LastLogonTime')],
  ['Microsoft.Exchange.Management.RecipientTasks.MailboxAcePresentationObject', table('Identity', 'User', 'AccessRights', 'IsInherited', 'Deny')],
  ['Microsoft.Exchange.Data.Directory.Permission.RecipientPermission', table('Identity', 'Trustee', 'AccessControlType', 'AccessRights', 'Inherited')],
  ['Microsoft.Exchange.Management.StoreTasks.MailboxFolderPermission', table('FolderName', 'User', 'AccessRights', 'SharingPermissionFlags')],
  ['Microsoft.Exchange.Management.Tasks.InboxRule', table('Name', 'Enabled', 'Priority', 'RuleIdentity')],
  ['Microsoft.Exchange.Data.Directory.Management.CASMailbox', table('Name', 'ActiveSyncEnabled', 'OWAEnabled', 'PopEnabled', 'ImapEnabled', 'MapiEnabled')],
  ['Microsoft.Exchange.Data.Directory.Management.DistributionGroup', table('Name', 'DisplayName', 'GroupType', 'PrimarySmtpAddress')],
  ['Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain', table('Name', 'DomainName', 'DomainType', 'Default')],
  ['Microsoft.Exchange.MessagingPolicies.Rules.Tasks.Rule', table('Name', 'State', 'Mode')],
];

let loaded = 0;

/** Loads the views for one connection; the returned function releases them (once), removing them with the last holder. */
export function loadExchangeViews(): () => void {
  if (loaded++ === 0) for (const [type, view] of VIEWS) registerView(type, view);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--loaded === 0) for (const [type] of VIEWS) unregisterViews(type);
  };
}
