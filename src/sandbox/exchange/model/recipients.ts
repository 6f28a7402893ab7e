import { deterministicGuid } from '../util/guid.js';
import { formatBytes } from '../util/bytes.js';
import { distinguishedName } from './context.js';
import type { Obj } from './mailbox.js';
import type { GroupRecord, MemberRef } from './records.js';
import type { Tenant } from './tenant.js';
import type { RecipientRef } from './directory.js';
import { unifiedGroupObject } from './unified-groups.js';

/** Get-DistributionGroup objects. */
export function distributionGroupObject(t: Tenant, g: GroupRecord): Obj {
  const smtp = `${g.alias}@${t.ctx.domain}`;
  const emails = [`SMTP:${smtp}`];
  if (t.ctx.initialDomain !== t.ctx.domain) emails.push(`smtp:${g.alias}@${t.ctx.initialDomain}`);
  return {
    Name: g.name,
    DisplayName: g.displayName,
    Alias: g.alias,
    GroupType: g.type === 'Security' ? 'Universal, SecurityEnabled' : 'Universal',
    PrimarySmtpAddress: smtp,
    EmailAddresses: emails,
    ManagedBy: g.managedBy.map((m) => memberName(t, m)),
    MemberJoinRestriction: g.memberJoinRestriction,
    MemberDepartRestriction: g.memberDepartRestriction,
    RequireSenderAuthenticationEnabled: g.requireSenderAuthenticationEnabled,
    HiddenFromAddressListsEnabled: g.hiddenFromAddressListsEnabled,
    HiddenGroupMembershipEnabled: false,
    ModeratedBy: [],
    ModerationEnabled: false,
    BypassNestedModerationEnabled: false,
    SendModerationNotifications: 'Always',
    AcceptMessagesOnlyFromSendersOrMembers: [],
    RejectMessagesFromSendersOrMembers: [],
    GrantSendOnBehalfTo: [],
    ReportToManagerEnabled: false,
    ReportToOriginatorEnabled: true,
    SendOofMessageToOriginatorEnabled: false,
    MaxSendSize: 'Unlimited',
    MaxReceiveSize: 'Unlimited',
    Description: g.notes ? [g.notes] : [],
    Notes: g.notes,
    IsDirSynced: false,
    ExternalDirectoryObjectId: deterministicGuid(`${g.id}|edoid`),
    RecipientType: g.type === 'Security' ? 'MailUniversalSecurityGroup' : 'MailUniversalDistributionGroup',
    RecipientTypeDetails: g.type === 'Security' ? 'MailUniversalSecurityGroup' : g.type === 'RoomList' ? 'RoomList' : 'MailUniversalDistributionGroup',
    Identity: g.name,
    Id: g.name,
    DistinguishedName: distinguishedName(t.ctx, g.name),
    Guid: g.id,
    ExchangeObjectId: g.id,
    OrganizationId: t.ctx.organizationId,
    WhenCreated: g.whenCreated,
    WhenChanged: g.whenChanged,
    WhenCreatedUTC: g.whenCreated,
    WhenChangedUTC: g.whenChanged,
    IsValid: true,
  };
}

export function memberName(t: Tenant, m: MemberRef): string {
  if (typeof m === 'number') return t.mailbox(m).obj.Name as string;
  return t.groups.get(m)?.name ?? m;
}

const RECIPIENT_KEYS = [
  'Name', 'Alias', 'DisplayName', 'PrimarySmtpAddress', 'EmailAddresses', 'RecipientType', 'RecipientTypeDetails', 'ExternalDirectoryObjectId',
  'HiddenFromAddressListsEnabled', 'ArchiveGuid', 'ArchiveStatus', 'ExchangeGuid', 'Office', 'ManagedBy', 'WhenCreated', 'WhenChanged', 'WhenCreatedUTC', 'WhenChangedUTC',
  'Identity', 'Id', 'DistinguishedName', 'Guid', 'ExchangeObjectId', 'ExchangeVersion', 'OrganizationId', 'IsDirSynced', 'SKUAssigned', 'UsageLocation',
] as const;

/** Get-Recipient's ReducedRecipient for any recipient. */
export function recipientObject(t: Tenant, ref: RecipientRef): Obj {
  let src: Obj;
  let extra: Obj = {};
  if (ref.kind === 'mailbox') {
    const { base, facts, obj } = t.mailbox(ref.index);
    src = obj;
    extra = { FirstName: base.firstName, LastName: base.lastName, Department: facts.department, Company: base.kind === 'user' ? t.ctx.label.toUpperCase() : null, City: facts.office, Title: null, Phone: null };
  } else if (ref.kind === 'group') src = distributionGroupObject(t, ref.group);
  else src = unifiedGroupObject(t, ref.index);
  const out: Obj = {};
  for (const k of RECIPIENT_KEYS) out[k] = k in src ? src[k] : k === 'ExchangeVersion' ? '0.20 (15.0.0.0)' : k === 'OrganizationId' ? t.ctx.organizationId : k.endsWith('Guid') ? '00000000-0000-0000-0000-000000000000' : Array.isArray(src[k]) ? [] : null;
  for (let n = 1; n <= 15; n++) out[`CustomAttribute${n}`] = src[`CustomAttribute${n}`] ?? null;
  return { ...out, FirstName: null, LastName: null, Department: null, Company: null, City: null, Title: null, Phone: null, ...extra };
}

/** Get-MailboxStatistics for a mailbox (exo-cmdlets.md §2.3). */
export function statisticsObject(t: Tenant, index: number): Obj {
  const { facts, obj } = t.mailbox(index);
  return {
    DisplayName: obj.DisplayName,
    ItemCount: facts.itemCount,
    DeletedItemCount: facts.deletedCount,
    AssociatedItemCount: facts.associatedCount,
    TotalItemSize: formatBytes(facts.totalBytes),
    TotalDeletedItemSize: formatBytes(facts.deletedBytes),
    MailboxGuid: obj.ExchangeGuid,
    LastLogonTime: facts.lastLogon,
    LastLogoffTime: facts.lastLogon ? new Date(facts.lastLogon.getTime() + 3_600_000) : null,
    LastLoggedOnUserAccount: null,
    StorageLimitStatus: null,
    DatabaseName: obj.Database,
    DatabaseIssueWarningQuota: obj.IssueWarningQuota,
    DatabaseProhibitSendQuota: obj.ProhibitSendQuota,
    DatabaseProhibitSendReceiveQuota: obj.ProhibitSendReceiveQuota,
    ServerName: String(obj.ServerName).toUpperCase(),
    MailboxType: 'Private',
    MailboxTypeDetail: obj.RecipientTypeDetails,
    IsArchiveMailbox: false,
    IsQuarantined: false,
    IsMoveDestination: false,
    IsAbandonedMoveDestination: false,
    IsDatabaseCopyActive: true,
    IsHighDensityShard: false,
    FastIsEnabled: false,
    NeedsToMove: 'None',
    OwnerADGuid: obj.Guid,
    ExternalDirectoryOrganizationId: t.ctx.tenantId,
    LegacyDN: obj.LegacyExchangeDN,
    SystemMessageCount: Math.round(facts.associatedCount / 2),
    SystemMessageSize: formatBytes(facts.associatedCount * 4096),
    MessageTableTotalSize: formatBytes(Math.round(facts.totalBytes * 0.12)),
    AttachmentTableTotalSize: formatBytes(Math.round(facts.totalBytes * 0.8)),
    OtherTablesTotalSize: formatBytes(Math.round(facts.totalBytes * 0.08)),
    Identity: obj.ExchangeGuid,
    MapiIdentity: obj.ExchangeGuid,
    OriginatingServer: obj.OriginatingServer,
    IsValid: true,
    ObjectState: 'Unchanged',
  };
}
