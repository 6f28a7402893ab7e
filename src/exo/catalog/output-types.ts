/**
 * The Exchange type name an object gets from the cmdlet that returned it,
 * so the formatter finds its Exchange default view. Proxied (InvokeCommand)
 * results are deserialized objects, as in the module's implicit remoting.
 */
const BY_NOUN: Record<string, string> = {
  mailbox: 'Microsoft.Exchange.Data.Directory.Management.Mailbox',
  recipient: 'Microsoft.Exchange.Data.Directory.Management.ReducedRecipient',
  user: 'Microsoft.Exchange.Data.Directory.Management.User',
  casmailbox: 'Microsoft.Exchange.Data.Directory.Management.CASMailbox',
  mailboxstatistics: 'Microsoft.Exchange.Management.MapiTasks.Presentation.MailboxStatistics',
  mailboxfolderstatistics: 'Microsoft.Exchange.Management.Tasks.MailboxFolderConfiguration',
  mailboxpermission: 'Microsoft.Exchange.Management.RecipientTasks.MailboxAcePresentationObject',
  recipientpermission: 'Microsoft.Exchange.Data.Directory.Permission.RecipientPermission',
  mailboxfolderpermission: 'Microsoft.Exchange.Management.StoreTasks.MailboxFolderPermission',
  distributiongroup: 'Microsoft.Exchange.Data.Directory.Management.DistributionGroup',
  unifiedgroup: 'Microsoft.Exchange.Data.Directory.Management.UnifiedGroup',
  mobiledevicestatistics: 'Microsoft.Exchange.Management.Tasks.MobileDeviceConfiguration',
  organizationconfig: 'Microsoft.Exchange.Data.Directory.Management.OrganizationConfig',
  accepteddomain: 'Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain',
  inboxrule: 'Microsoft.Exchange.Management.Tasks.InboxRule',
  transportrule: 'Microsoft.Exchange.MessagingPolicies.Rules.Tasks.Rule',
};

/** Type names for a proxied cmdlet's output, most specific first. */
export function proxyTypeNames(cmdlet: string): string[] {
  const noun = cmdlet.slice(cmdlet.indexOf('-') + 1).toLowerCase();
  const type = BY_NOUN[noun];
  return type ? [`Deserialized.${type}`, `Deserialized.System.Object`] : ['Deserialized.System.Management.Automation.PSCustomObject', 'Deserialized.System.Object'];
}

/** Type names for a Get-EXO* cmdlet's output: the RestApiClient class's result type, then the Exchange type it mirrors. */
export function exoTypeNames(cmdlet: string): string[] {
  const noun = cmdlet.slice(cmdlet.indexOf('-') + 1).replace(/^exo/i, '').toLowerCase();
  const type = BY_NOUN[noun];
  const own = `Microsoft.Exchange.Management.RestApiClient.${cmdlet.replace('-', '').replace(/^get/i, 'Get').replace(/exo/i, 'Exo')}`;
  return type ? [own, type, 'System.Object'] : [own, 'System.Object'];
}
