import { wireDate } from '../util/dates.js';
import { isGuid } from '../util/guid.js';
import type { Obj } from '../model/mailbox.js';

/** .NET type of each cmdlet's output objects, stamped as `Deserialized.<type>` (exo-cmdlets.md §1). */
export const OUTPUT_TYPES: Record<string, string> = {
  'Get-Mailbox': 'Microsoft.Exchange.Data.Directory.Management.Mailbox',
  'New-Mailbox': 'Microsoft.Exchange.Data.Directory.Management.Mailbox',
  'Get-Recipient': 'Microsoft.Exchange.Data.Directory.Management.ReducedRecipient',
  'Get-DistributionGroupMember': 'Microsoft.Exchange.Data.Directory.Management.ReducedRecipient',
  'Get-MailboxStatistics': 'Microsoft.Exchange.Management.MapiTasks.Presentation.MailboxStatistics',
  'Get-MailboxFolderStatistics': 'Microsoft.Exchange.Management.Tasks.MailboxFolderConfiguration',
  'Get-MailboxPermission': 'Microsoft.Exchange.Management.RecipientTasks.MailboxAcePresentationObject',
  'Add-MailboxPermission': 'Microsoft.Exchange.Management.RecipientTasks.MailboxAcePresentationObject',
  'Get-RecipientPermission': 'Microsoft.Exchange.Data.Directory.Permission.RecipientPermission',
  'Add-RecipientPermission': 'Microsoft.Exchange.Data.Directory.Permission.RecipientPermission',
  'Get-MailboxFolderPermission': 'Microsoft.Exchange.Management.StoreTasks.MailboxFolderPermission',
  'Add-MailboxFolderPermission': 'Microsoft.Exchange.Management.StoreTasks.MailboxFolderPermission',
  'Get-CASMailbox': 'Microsoft.Exchange.Data.Directory.Management.CASMailbox',
  'Get-DistributionGroup': 'Microsoft.Exchange.Data.Directory.Management.DistributionGroup',
  'New-DistributionGroup': 'Microsoft.Exchange.Data.Directory.Management.DistributionGroup',
  'Get-UnifiedGroup': 'Microsoft.Exchange.Data.Directory.Management.UnifiedGroup',
  'Get-MobileDevice': 'Microsoft.Exchange.Data.Directory.SystemConfiguration.MobileDevice',
  'Get-OrganizationConfig': 'Microsoft.Exchange.Data.Directory.Management.OrganizationConfig',
  'Get-AcceptedDomain': 'Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain',
  'Get-TransportRule': 'Microsoft.Exchange.MessagingPolicies.Rules.Tasks.Rule',
  'New-TransportRule': 'Microsoft.Exchange.MessagingPolicies.Rules.Tasks.Rule',
  'Get-InboxRule': 'Microsoft.Exchange.Management.Tasks.InboxRule',
  'Get-MailboxAutoReplyConfiguration': 'Microsoft.Exchange.Management.StoreTasks.MailboxAutoReplyConfiguration',
  'Get-MessageTraceV2': 'Microsoft.Exchange.Management.FfoReporting.MessageTraceV2',
};

function esc(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;')).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
}

/**
 * A page of objects as PowerShell CLIXML (`X-ResponseFormat: clixml`), the
 * module's default format: one `<Obj>` per object, deserialized type names,
 * typed properties, collections as `<LST>`.
 */
export function cliXml(objects: Obj[], typeName: string): string {
  let ref = 0;
  const out: string[] = ['<Objs Version="1.1.0.1" xmlns="http://schemas.microsoft.com/powershell/2004/04">'];
  const typeRef = ref++;
  const listRef = ref++;
  let listTypesWritten = false;
  objects.forEach((o, k) => {
    out.push(`<Obj RefId="${ref++}">`);
    out.push(k === 0 ? `<TN RefId="${typeRef}"><T>Deserialized.${typeName}</T><T>Deserialized.System.Object</T></TN>` : `<TNRef RefId="${typeRef}" />`);
    out.push(`<ToString>${esc(String(o.Identity ?? o.Name ?? ''))}</ToString><Props>`);
    for (const key in o) {
      const v = o[key];
      const n = esc(key);
      if (v === null || v === undefined) out.push(`<Nil N="${n}" />`);
      else if (Array.isArray(v)) {
        out.push(`<Obj N="${n}" RefId="${ref++}">`);
        out.push(listTypesWritten ? `<TNRef RefId="${listRef}" />` : `<TN RefId="${listRef}"><T>Deserialized.System.Collections.ArrayList</T><T>Deserialized.System.Object</T></TN>`);
        listTypesWritten = true;
        out.push(`<LST>${v.map((x) => `<S>${esc(x instanceof Date ? wireDate(x) : String(x))}</S>`).join('')}</LST></Obj>`);
      } else if (v instanceof Date) out.push(`<DT N="${n}">${wireDate(v, key.endsWith('UTC'))}</DT>`);
      else if (typeof v === 'boolean') out.push(`<B N="${n}">${v}</B>`);
      else if (typeof v === 'number') out.push(Number.isInteger(v) ? (Math.abs(v) > 2147483647 ? `<I64 N="${n}">${v}</I64>` : `<I32 N="${n}">${v}</I32>`) : `<Db N="${n}">${v}</Db>`);
      else if (typeof v === 'string' && /Guid$|^ExchangeObjectId$/.test(key) && isGuid(v)) out.push(`<G N="${n}">${v}</G>`);
      else out.push(`<S N="${n}">${esc(String(v))}</S>`);
    }
    out.push('</Props></Obj>');
  });
  out.push('</Objs>');
  return out.join('');
}
