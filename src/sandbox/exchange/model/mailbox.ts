import { Rng } from '../util/prng.js';
import { deterministicGuid, indexedGuid } from '../util/guid.js';
import { formatBytes } from '../util/bytes.js';
import { DAY_MS } from '../util/dates.js';
import { DEPARTMENTS, OFFICES } from './names.js';
import { distinguishedName, type TenantContext } from './context.js';
import type { MailboxBase, MailboxKind } from './seed-table.js';

export type Obj = Record<string, unknown>;

const GB = 1024 ** 3;
const ZERO_GUID = '00000000-0000-0000-0000-000000000000';
const AUDIT_OPS = ['Update', 'MoveToDeletedItems', 'SoftDelete', 'HardDelete', 'UpdateFolderPermissions', 'UpdateInboxRules', 'UpdateCalendarDelegation', 'ApplyRecord', 'MailItemsAccessed', 'Send'];

/** Distinct masks per GUID kind, so a GUID decodes to one kind and index. */
export const GUID_KINDS = ['guid', 'edoid', 'exguid'] as const;
export type GuidKind = (typeof GUID_KINDS)[number];

export function mailboxGuid(ctx: TenantContext, kind: GuidKind, index: number): string {
  return indexedGuid(`${ctx.key}|${kind}`, (ctx.mask ^ (GUID_KINDS.indexOf(kind) * 0x1f3a5c7)) >>> 0, index);
}

export function guidMask(ctx: TenantContext, kind: GuidKind): number {
  return (ctx.mask ^ (GUID_KINDS.indexOf(kind) * 0x1f3a5c7)) >>> 0;
}

/** Sizes, counts and dates of a mailbox, drawn once from its index. */
export interface MailboxFacts {
  totalBytes: number;
  itemCount: number;
  deletedBytes: number;
  deletedCount: number;
  associatedCount: number;
  whenCreated: Date;
  whenChanged: Date;
  lastLogon: Date | null;
  department: string | null;
  office: string | null;
  archive: boolean;
  litigationHold: boolean;
  hidden: boolean;
}

export function mailboxFacts(ctx: TenantContext, base: MailboxBase): MailboxFacts {
  const rng = new Rng(`${ctx.key}|facts|${base.index}`);
  const scale = base.kind === 'user' ? [200 * 1024, 30 * GB] : base.kind === 'shared' ? [50 * 1024, 8 * GB] : [8 * 1024, 60 * 1024 * 1024];
  const totalBytes = Math.round(Math.exp(Math.log(scale[0]!) + rng.next() * (Math.log(scale[1]!) - Math.log(scale[0]!))));
  const itemCount = Math.max(1, Math.round(totalBytes / rng.int(40_000, 120_000)));
  const deletedBytes = Math.round(totalBytes * rng.next() * 0.08);
  const created = ctx.epoch - rng.int(100, 2400) * DAY_MS - rng.int(0, DAY_MS);
  // About a third of mailboxes have not changed for more than 90 days.
  const stale = rng.chance(0.35);
  const changedAgo = stale ? rng.int(91, 600) * DAY_MS : rng.int(0, 89) * DAY_MS;
  const whenChanged = Math.max(created + DAY_MS, ctx.epoch - changedAgo - rng.int(0, DAY_MS - 1));
  const person = base.kind === 'user';
  return {
    totalBytes,
    itemCount,
    deletedBytes,
    deletedCount: Math.round(itemCount * rng.next() * 0.08),
    associatedCount: rng.int(20, 140),
    whenCreated: new Date(created),
    whenChanged: new Date(Math.min(whenChanged, ctx.epoch)),
    lastLogon: base.kind === 'room' || base.kind === 'equipment' || rng.chance(0.05) ? null : new Date(ctx.epoch - rng.int(0, stale ? 200 : 30) * DAY_MS - rng.int(0, DAY_MS)),
    department: person ? rng.pick(DEPARTMENTS) : null,
    office: person ? rng.pick(OFFICES) : null,
    archive: person && rng.chance(0.3),
    litigationHold: person && rng.chance(0.08),
    hidden: !person && base.kind !== 'shared' ? false : rng.chance(0.03),
  };
}

function typeDetails(kind: MailboxKind): string {
  return kind === 'user' ? 'UserMailbox' : kind === 'shared' ? 'SharedMailbox' : kind === 'room' ? 'RoomMailbox' : 'EquipmentMailbox';
}

export function emailAddresses(ctx: TenantContext, alias: string, kind: MailboxKind, index: number): string[] {
  const list = [`SMTP:${alias}@${ctx.domain}`];
  if (ctx.initialDomain !== ctx.domain) list.push(`smtp:${alias}@${ctx.initialDomain}`);
  if (kind === 'user') {
    list.unshift(`SIP:${alias}@${ctx.domain}`);
    list.unshift(`SPO:SPO_${deterministicGuid(`${ctx.key}|spo|${index}`)}@SPO_${ctx.tenantId}`);
  }
  return list;
}

/** The full Get-Mailbox object (exo-cmdlets.md §2.1), in Format-List order. */
export function mailboxObject(ctx: TenantContext, base: MailboxBase, facts: MailboxFacts, deletedAt?: Date): Obj {
  const i = base.index;
  const name = base.alias;
  const guid = mailboxGuid(ctx, 'guid', i);
  const exGuid = mailboxGuid(ctx, 'exguid', i);
  const edoid = mailboxGuid(ctx, 'edoid', i);
  const rng = new Rng(`${ctx.key}|mbx|${i}`);
  const shared = base.kind === 'shared';
  const resource = base.kind === 'room' || base.kind === 'equipment';
  const licensed = base.kind === 'user';
  const dbNo = rng.int(1, 99);
  const database = `${ctx.forest.slice(0, 7)}${String(rng.int(10, 99))}DG${String(rng.int(100, 499))}-db${String(dbNo).padStart(3, '0')}`;
  const server = `${ctx.forest.slice(0, 4).toLowerCase()}${String(rng.int(1, 9)).padStart(2, '0')}mb${rng.int(1000, 9999)}`;
  const legacyDn = `/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=${rng.hex(32)}-${name}`;
  const quota = (bytes: number) => formatBytes(bytes);
  const issue = licensed ? 98 * GB : 49 * GB;
  const send = licensed ? 99 * GB : 49.5 * GB;
  const sendReceive = licensed ? 100 * GB : 50 * GB;
  const hold = facts.litigationHold;
  const upn = `${base.alias}@${ctx.domain}`;
  const dn = distinguishedName(ctx, name);
  const changedUtc = facts.whenChanged;
  const createdUtc = facts.whenCreated;
  const sam = `$${((i ^ ctx.mask) >>> 0).toString(36).toUpperCase().padStart(7, '0')}-${rng.hex(12).toUpperCase()}`;
  const archiveGuid = facts.archive ? deterministicGuid(`${ctx.key}|archive|${i}`) : ZERO_GUID;
  const obj: Obj = {
    Database: database,
    DatabaseGuid: deterministicGuid(`${ctx.key}|db|${database}`),
    MailboxProvisioningConstraint: null,
    IsMonitoringMailbox: false,
    MailboxRegion: null,
    MailboxRegionLastUpdateTime: null,
    MailboxRegionSuffix: 'None',
    MessageRecallProcessingEnabled: true,
    MessageCopyForSentAsEnabled: shared,
    MessageCopyForSendOnBehalfEnabled: false,
    MailboxProvisioningPreferences: [],
    UseDatabaseRetentionDefaults: false,
    RetainDeletedItemsUntilBackup: false,
    DeliverToMailboxAndForward: false,
    IsExcludedFromServingHierarchy: false,
    IsHierarchyReady: true,
    IsHierarchySyncEnabled: true,
    IsPublicFolderSystemMailbox: false,
    HasSnackyAppData: false,
    LitigationHoldEnabled: hold,
    SingleItemRecoveryEnabled: true,
    RetentionHoldEnabled: false,
    EndDateForRetentionHold: null,
    StartDateForRetentionHold: null,
    RetentionComment: null,
    RetentionUrl: null,
    LitigationHoldDate: hold ? new Date(createdUtc.getTime() + 30 * DAY_MS) : null,
    LitigationHoldOwner: hold ? `admin@${ctx.domain}` : null,
    ElcProcessingDisabled: false,
    ComplianceTagHoldApplied: false,
    WasInactiveMailbox: false,
    DelayHoldApplied: false,
    DelayReleaseHoldApplied: false,
    PitrEnabled: false,
    PitrCopyIntervalInSeconds: 0,
    PitrPaused: false,
    PitrPausedTimestamp: null,
    PitrOffboardedTimestamp: null,
    InactiveMailboxRetireTime: null,
    OrphanSoftDeleteTrackingTime: null,
    LitigationHoldDuration: 'Unlimited',
    ManagedFolderMailboxPolicy: null,
    RetentionPolicy: 'Default MRM Policy',
    AddressBookPolicy: null,
    CalendarRepairDisabled: false,
    ExchangeGuid: exGuid,
    MailboxContainerGuid: null,
    UnifiedMailbox: null,
    MailboxLocations: [`1;${exGuid};Primary;${ctx.forest}.PROD.OUTLOOK.COM;${deterministicGuid(`${ctx.key}|db|${database}`)}`],
    AggregatedMailboxGuids: [],
    ExchangeSecurityDescriptor: 'System.Security.AccessControl.RawSecurityDescriptor',
    ExchangeUserAccountControl: shared || resource ? 'AccountDisabled' : 'None',
    AdminDisplayVersion: 'Version 15.20 (Build 8857.20)',
    MessageTrackingReadStatusEnabled: true,
    ExternalOofOptions: 'External',
    ForwardingAddress: null,
    ForwardingSmtpAddress: null,
    RetainDeletedItemsFor: '14.00:00:00',
    IsMailboxEnabled: true,
    Languages: licensed ? ['en-US'] : [],
    OfflineAddressBook: null,
    ProhibitSendQuota: quota(send),
    ProhibitSendReceiveQuota: quota(sendReceive),
    RecoverableItemsQuota: quota(hold ? 100 * GB : 30 * GB),
    RecoverableItemsWarningQuota: quota(hold ? 90 * GB : 20 * GB),
    CalendarLoggingQuota: quota(6 * GB),
    DowngradeHighPriorityMessagesEnabled: false,
    ProtocolSettings: ['RemotePowerShell\u00a71', 'MAPI\u00a71\u00a70\u00a7\u00a7\u00a70\u00a7\u00a7\u00a7\u00a7\u00a70'],
    RecipientLimits: 500,
    ImListMigrationCompleted: false,
    SiloName: null,
    IsResource: resource,
    IsLinked: false,
    IsShared: shared,
    IsRootPublicFolderMailbox: false,
    LinkedMasterAccount: null,
    ResetPasswordOnNextLogon: false,
    ResourceCapacity: base.kind === 'room' ? rng.pick([4, 6, 8, 12, 20]) : null,
    ResourceCustom: [],
    ResourceType: base.kind === 'room' ? 'Room' : base.kind === 'equipment' ? 'Equipment' : null,
    RoomMailboxAccountEnabled: base.kind === 'room' ? false : null,
    SamAccountName: sam,
    SCLDeleteThreshold: null,
    SCLDeleteEnabled: null,
    SCLRejectThreshold: null,
    SCLRejectEnabled: null,
    SCLQuarantineThreshold: null,
    SCLQuarantineEnabled: null,
    SCLJunkThreshold: null,
    SCLJunkEnabled: null,
    AntispamBypassEnabled: false,
    ServerLegacyDN: `/o=ExchangeLabs/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Configuration/cn=Servers/cn=${server.toUpperCase()}`,
    ServerName: server,
    UseDatabaseQuotaDefaults: false,
    IssueWarningQuota: quota(issue),
    RulesQuota: quota(256 * 1024),
    Office: facts.office,
    UserPrincipalName: upn,
    UMEnabled: false,
    MaxSafeSenders: null,
    MaxBlockedSenders: null,
    NetID: licensed ? `${rng.hex(16).toUpperCase()}` : null,
    ReconciliationId: null,
    WindowsLiveID: upn,
    MicrosoftOnlineServicesID: upn,
    ThrottlingPolicy: null,
    RoleAssignmentPolicy: 'Default Role Assignment Policy',
    DefaultPublicFolderMailbox: null,
    EffectivePublicFolderMailbox: null,
    SharingPolicy: 'Default Sharing Policy',
    RemoteAccountPolicy: null,
    MailboxPlan: licensed ? `ExchangeOnlineEnterprise-${deterministicGuid(`${ctx.key}|plan`)}` : `ExchangeOnline-${deterministicGuid(`${ctx.key}|plan0`)}`,
    ArchiveDatabase: facts.archive ? database.replace(/db\d+$/, `db${String((dbNo % 99) + 1).padStart(3, '0')}`) : null,
    ArchiveDatabaseGuid: facts.archive ? deterministicGuid(`${ctx.key}|archdb|${i}`) : ZERO_GUID,
    ArchiveGuid: archiveGuid,
    ArchiveName: facts.archive ? [`In-Place Archive -${base.displayName}`] : [],
    JournalArchiveAddress: null,
    ArchiveQuota: quota(100 * GB),
    ArchiveWarningQuota: quota(90 * GB),
    ArchiveDomain: null,
    ArchiveStatus: facts.archive ? 'Active' : 'None',
    ArchiveState: facts.archive ? 'Local' : 'None',
    AutoExpandingArchiveEnabled: false,
    DisabledMailboxLocations: false,
    RemoteRecipientType: 'None',
    DisabledArchiveDatabase: null,
    DisabledArchiveGuid: ZERO_GUID,
    QueryBaseDN: null,
    QueryBaseDNRestrictionEnabled: false,
    MailboxMoveTargetMDB: null,
    MailboxMoveSourceMDB: null,
    MailboxMoveFlags: 'None',
    MailboxMoveRemoteHostName: null,
    MailboxMoveBatchName: null,
    MailboxMoveStatus: 'None',
    MailboxRelease: 'E15',
    ArchiveRelease: facts.archive ? 'E15' : null,
    IsPersonToPersonTextMessagingEnabled: false,
    IsMachineToPersonTextMessagingEnabled: false,
    UserSMimeCertificate: [],
    UserCertificate: [],
    CalendarVersionStoreDisabled: false,
    ImmutableId: null,
    PersistedCapabilities: licensed ? ['BPOS_S_Enterprise'] : [],
    SKUAssigned: licensed ? true : null,
    AuditEnabled: true,
    AuditLogAgeLimit: '90.00:00:00',
    AuditAdmin: AUDIT_OPS.slice(0, 9),
    AuditDelegate: AUDIT_OPS.slice(0, 8),
    AuditOwner: ['Update', 'MoveToDeletedItems', 'SoftDelete', 'HardDelete', 'UpdateFolderPermissions', 'UpdateInboxRules', 'UpdateCalendarDelegation', 'ApplyRecord', 'MailItemsAccessed'],
    DefaultAuditSet: ['Admin', 'Delegate', 'Owner'],
    WhenMailboxCreated: createdUtc,
    SourceAnchor: null,
    UsageLocation: licensed ? 'United States' : null,
    IsSoftDeletedByRemove: deletedAt !== undefined,
    IsSoftDeletedByDisable: false,
    IsInactiveMailbox: false,
    IncludeInGarbageCollection: false,
    WhenSoftDeleted: deletedAt ?? null,
    InPlaceHolds: [],
    GeneratedOfflineAddressBooks: [],
    AccountDisabled: shared || resource,
    StsRefreshTokensValidFrom: licensed ? createdUtc : null,
    NonCompliantDevices: [],
    EnforcedTimestamps: null,
    DataEncryptionPolicy: null,
    MessageCopyForSMTPClientSubmissionEnabled: true,
    RecipientThrottlingThreshold: 'Standard',
    SharedEmailDomainTenant: null,
    SharedEmailDomainState: 'None',
    SharedWithTargetSmtpAddress: null,
    SharedEmailDomainStateLastModified: null,
    EmailAddressDisplayNames: [],
    ResourceProvisioningOptions: [],
    Extensions: [],
    HasPicture: licensed && rng.chance(0.4),
    HasSpokenName: false,
    IsDirSynced: false,
    AcceptMessagesOnlyFrom: [],
    AcceptMessagesOnlyFromDLMembers: [],
    AcceptMessagesOnlyFromSendersOrMembers: [],
    AddressListMembership: facts.hidden ? [] : ['\\Offline Global Address List', '\\Default Global Address List', '\\All Users', '\\Mailboxes(VLV)', '\\All Mailboxes(VLV)', '\\All Recipients(VLV)'],
    AdministrativeUnits: [],
    Alias: base.alias,
    ArbitrationMailbox: null,
    BypassModerationFromSendersOrMembers: [],
    OrganizationalUnit: `${ctx.forest.toLowerCase()}.prod.outlook.com/Microsoft Exchange Hosted Organizations/${ctx.initialDomain}`,
    CustomAttribute1: null,
    CustomAttribute2: null,
    CustomAttribute3: null,
    CustomAttribute4: null,
    CustomAttribute5: null,
    CustomAttribute6: null,
    CustomAttribute7: null,
    CustomAttribute8: null,
    CustomAttribute9: null,
    CustomAttribute10: null,
    CustomAttribute11: null,
    CustomAttribute12: null,
    CustomAttribute13: null,
    CustomAttribute14: null,
    CustomAttribute15: null,
    ExtensionCustomAttribute1: [],
    ExtensionCustomAttribute2: [],
    ExtensionCustomAttribute3: [],
    ExtensionCustomAttribute4: [],
    ExtensionCustomAttribute5: [],
    DisplayName: base.displayName,
    EmailAddresses: emailAddresses(ctx, base.alias, base.kind, i),
    GrantSendOnBehalfTo: [],
    ExternalDirectoryObjectId: edoid,
    HiddenFromAddressListsEnabled: facts.hidden,
    LastExchangeChangedTime: null,
    LegacyExchangeDN: legacyDn,
    MaxSendSize: quota(35 * 1024 * 1024),
    MaxReceiveSize: quota(36 * 1024 * 1024),
    ModeratedBy: [],
    ModerationEnabled: false,
    PoliciesIncluded: [],
    PoliciesExcluded: [`{${deterministicGuid(`${ctx.key}|eap`)}}`],
    EmailAddressPolicyEnabled: false,
    PrimarySmtpAddress: `${base.alias}@${ctx.domain}`,
    RecipientType: 'UserMailbox',
    RecipientTypeDetails: typeDetails(base.kind),
    RejectMessagesFrom: [],
    RejectMessagesFromDLMembers: [],
    RejectMessagesFromSendersOrMembers: [],
    RequireSenderAuthenticationEnabled: resource,
    SimpleDisplayName: null,
    SendModerationNotifications: 'Always',
    UMDtmfMap: [`emailAddress:${dtmf(base.alias)}`, `lastNameFirstName:${dtmf(`${base.lastName ?? ''}${base.firstName ?? base.displayName}`)}`, `firstNameLastName:${dtmf(`${base.firstName ?? base.displayName}${base.lastName ?? ''}`)}`],
    WindowsEmailAddress: `${base.alias}@${ctx.domain}`,
    MailTip: null,
    MailTipTranslations: [],
    Identity: name,
    Id: name,
    IsValid: true,
    ExchangeVersion: '0.20 (15.0.0.0)',
    Name: name,
    DistinguishedName: dn,
    ObjectCategory: `${ctx.forest}.PROD.OUTLOOK.COM/Configuration/Schema/Person`,
    ObjectClass: ['top', 'person', 'organizationalPerson', 'user'],
    WhenChanged: changedUtc,
    WhenCreated: createdUtc,
    WhenChangedUTC: changedUtc,
    WhenCreatedUTC: createdUtc,
    ExchangeObjectId: guid,
    OrganizationalUnitRoot: ctx.initialDomain,
    OrganizationId: ctx.organizationId,
    Guid: guid,
    OriginatingServer: `${ctx.forest.slice(0, 7)}${String(rng.int(10, 99))}DC0${rng.int(10, 99)}.${ctx.forest}.PROD.OUTLOOK.COM`,
    ObjectState: 'Unchanged',
  };
  return obj;
}

const KEYPAD = 'abc2def3ghi4jkl5mno6pqrs7tuv8wxyz9';
function dtmf(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) {
    if (ch >= '0' && ch <= '9') out += ch;
    const at = KEYPAD.indexOf(ch);
    if (at >= 0 && ch >= 'a') out += KEYPAD.slice(at).match(/\d/)![0];
  }
  return out;
}

