import { DateTime } from '../../repl/values/datetime.js';
import { PSGuid } from '../../repl/values/guid.js';
import { PSObject } from '../../repl/values/psobject.js';
import { ByteQuantifiedSize } from './byte-quantified-size.js';
import { registerExchangeMembers } from './members.js';
import { Unlimited } from './unlimited.js';

/**
 * A service record (InvokeCommand JSON or a Get-EXO* entity) as a PSObject:
 * OData annotations dropped, dates as DateTime (local time, `*UTC`
 * properties as UTC), GUIDs as Guid, sizes as Unlimited<ByteQuantifiedSize>
 * so `$s.TotalItemSize.Value.ToMB()` works, `Unlimited` as an unlimited
 * value, and the Exchange type names kept for the views.
 */

registerExchangeMembers();

const ISO_DATE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Sizes Exchange types as a plain ByteQuantifiedSize rather than Unlimited<…>. */
const PLAIN_SIZES = new Set(['foldersize', 'folderandsubfoldersize', 'topsubjectsize']);

/** .NET output type per InvokeCommand cmdlet (exo-cmdlets.md §1); objects arrive as `Deserialized.<type>`. */
const OUTPUT_TYPES: Record<string, string> = {
  'get-mailbox': 'Microsoft.Exchange.Data.Directory.Management.Mailbox',
  'new-mailbox': 'Microsoft.Exchange.Data.Directory.Management.Mailbox',
  'get-recipient': 'Microsoft.Exchange.Data.Directory.Management.ReducedRecipient',
  'get-distributiongroupmember': 'Microsoft.Exchange.Data.Directory.Management.ReducedRecipient',
  'get-mailboxstatistics': 'Microsoft.Exchange.Management.MapiTasks.Presentation.MailboxStatistics',
  'get-mailboxfolderstatistics': 'Microsoft.Exchange.Management.Tasks.MailboxFolderConfiguration',
  'get-mailboxpermission': 'Microsoft.Exchange.Management.RecipientTasks.MailboxAcePresentationObject',
  'add-mailboxpermission': 'Microsoft.Exchange.Management.RecipientTasks.MailboxAcePresentationObject',
  'get-recipientpermission': 'Microsoft.Exchange.Data.Directory.Permission.RecipientPermission',
  'add-recipientpermission': 'Microsoft.Exchange.Data.Directory.Permission.RecipientPermission',
  'get-mailboxfolderpermission': 'Microsoft.Exchange.Management.StoreTasks.MailboxFolderPermission',
  'get-casmailbox': 'Microsoft.Exchange.Data.Directory.Management.CASMailbox',
  'get-distributiongroup': 'Microsoft.Exchange.Data.Directory.Management.DistributionGroup',
  'new-distributiongroup': 'Microsoft.Exchange.Data.Directory.Management.DistributionGroup',
  'get-unifiedgroup': 'Microsoft.Exchange.Data.Directory.Management.UnifiedGroup',
  'get-mobiledevice': 'Microsoft.Exchange.Data.Directory.SystemConfiguration.MobileDevice',
  'get-organizationconfig': 'Microsoft.Exchange.Data.Directory.Management.OrganizationConfig',
  'get-accepteddomain': 'Microsoft.Exchange.Data.Directory.SystemConfiguration.AcceptedDomain',
  'get-inboxrule': 'Microsoft.Exchange.Management.Tasks.InboxRule',
  'get-mailboxautoreplyconfiguration': 'Microsoft.Exchange.Management.StoreTasks.MailboxAutoReplyConfiguration',
};

/**
 * The REST client's Get-EXO* result classes are not documented; these names
 * are ours, in the client's namespace (exo-cmdlets.md §6 lists it as unknown).
 */
const EXO_TYPES: Record<string, string> = {
  'get-exomailbox': 'ExoMailbox',
  'get-exorecipient': 'ExoRecipient',
  'get-exocasmailbox': 'ExoCasMailbox',
  'get-exomailboxstatistics': 'ExoMailboxStatistics',
  'get-exomailboxpermission': 'ExoMailboxPermission',
  'get-exorecipientpermission': 'ExoRecipientPermission',
  'get-exomailboxfolderpermission': 'ExoMailboxFolderPermission',
  'get-exomailboxfolderstatistics': 'ExoMailboxFolderStatistics',
  'get-exomobiledevicestatistics': 'ExoMobileDeviceStatistics',
};

/** The type names a cmdlet's output objects carry, most specific first. */
export function typeNamesFor(cmdlet: string): string[] {
  const name = cmdlet.toLowerCase();
  const exo = EXO_TYPES[name];
  if (exo) return [`Microsoft.Exchange.Management.RestApiClient.${exo}`, 'System.Object'];
  const type = OUTPUT_TYPES[name];
  return type ? [`Deserialized.${type}`, 'Deserialized.System.Object'] : ['Deserialized.System.Management.Automation.PSCustomObject', 'Deserialized.System.Object'];
}

export function toExchangeObject(record: Record<string, unknown>, typeNames: string[]): PSObject {
  const obj = new PSObject(undefined, typeNames);
  // This runs for every object of every page: annotations are looked up only when the record has any.
  let annotated = false;
  for (const key in record) {
    if (key.includes('@')) {
      annotated = true;
      break;
    }
  }
  for (const key in record) {
    if (annotated && key.includes('@')) continue;
    obj.set(key, convertValue(key, record[key], annotated ? record[`${key}@data.type`] : undefined));
  }
  const label = obj.get('Name') ?? obj.get('Identity');
  if (typeof label === 'string') obj.addMethod('ToString', () => label);
  return obj;
}

export function convertValue(key: string, v: unknown, dataType?: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => convertValue(key, x));
  if (typeof v !== 'string') return v;
  // Cheap shape checks first (a date has '-' at 4 and 'T' at 10, a GUID is 36 long, a size has '('): most strings are none of them.
  if (dataType === 'System.DateTime' || (v.length >= 20 && v.charCodeAt(10) === 84 && v.charCodeAt(4) === 45 && ISO_DATE.test(v))) {
    const ms = Date.parse(v);
    if (!Number.isNaN(ms)) return DateTime.fromInstant(ms, /utc$/i.test(key) ? 'Utc' : 'Local');
  }
  if (dataType === 'System.Guid' || (v.length === 36 && GUID.test(v) && /guid$|^externaldirectoryobjectid$|^exchangeobjectid$/i.test(key))) {
    const g = PSGuid.tryParse(v);
    if (g) return g;
  }
  if (v === Unlimited.TEXT) return Unlimited.unlimited();
  if (v.includes('(') && ByteQuantifiedSize.isDisplayText(v)) {
    const size = ByteQuantifiedSize.parse(v);
    return PLAIN_SIZES.has(key.toLowerCase()) ? size : Unlimited.of(size);
  }
  return v;
}
