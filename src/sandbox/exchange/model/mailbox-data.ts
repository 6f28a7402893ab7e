import { Rng } from '../util/prng.js';
import { deterministicGuid } from '../util/guid.js';
import { formatBytes } from '../util/bytes.js';
import { DAY_MS } from '../util/dates.js';
import type { Obj } from './mailbox.js';
import type { FolderAce, MailboxAce, RecipientAce } from './records.js';
import type { Tenant } from './tenant.js';

/** Standard folders: path, FolderType, and share of the mailbox's items. */
const FOLDERS: Array<[string, string, number]> = [
  ['Top of Information Store', 'Root', 0],
  ['Inbox', 'Inbox', 0.45],
  ['Sent Items', 'SentItems', 0.2],
  ['Deleted Items', 'DeletedItems', 0.06],
  ['Drafts', 'Drafts', 0.01],
  ['Archive', 'Archive', 0.12],
  ['Calendar', 'Calendar', 0.05],
  ['Contacts', 'Contacts', 0.02],
  ['Junk Email', 'JunkEmail', 0.02],
  ['Outbox', 'Outbox', 0],
  ['Notes', 'Notes', 0.005],
  ['Tasks', 'Tasks', 0.005],
  ['Conversation History', 'ConversationHistory', 0.03],
  ['Sync Issues', 'SyncIssues', 0],
  ['Recoverable Items', 'RecoverableItemsRoot', 0.03],
];

export const FOLDER_NAMES = FOLDERS.map((f) => f[0]);

/** Get-MailboxFolderStatistics rows of a mailbox. */
export function folderStatistics(t: Tenant, index: number): Obj[] {
  const { facts, obj } = t.mailbox(index);
  const rng = new Rng(`${t.ctx.key}|folders|${index}`);
  const rows: Obj[] = [];
  let restItems = facts.itemCount;
  let restBytes = facts.totalBytes;
  FOLDERS.forEach(([name, type, share], k) => {
    const last = k === FOLDERS.length - 1;
    const items = last ? Math.max(0, restItems) : Math.min(restItems, Math.round(facts.itemCount * share * (0.8 + rng.next() * 0.4)));
    const bytes = last ? Math.max(0, restBytes) : Math.min(restBytes, Math.round(facts.totalBytes * share * (0.8 + rng.next() * 0.4)));
    restItems -= items;
    restBytes -= bytes;
    const path = k === 0 ? '/' : `/${name}`;
    rows.push({
      Name: name,
      FolderPath: path,
      FolderType: type,
      ItemsInFolder: items,
      FolderSize: formatBytes(bytes),
      ItemsInFolderAndSubfolders: k === 0 ? facts.itemCount : items,
      FolderAndSubfolderSize: formatBytes(k === 0 ? facts.totalBytes : bytes),
      DeletedItemsInFolder: 0,
      FolderId: `LgAAAA${deterministicGuid(`${t.ctx.key}|fid|${index}|${k}`).replace(/-/g, '')}AQ`,
      ContentFolder: k !== 0,
      CreationTime: facts.whenCreated,
      LastModifiedTime: facts.whenChanged,
      Identity: `${obj.Name}\\${k === 0 ? '' : name}`,
      Date: facts.whenCreated,
    });
  });
  return rows;
}

export function folderAces(t: Tenant, index: number, folder: string): FolderAce[] {
  const key = `${index}:${folder.toLowerCase()}`;
  const stored = t.folderAces.get(key);
  if (stored) return stored;
  const calendar = folder.toLowerCase() === 'calendar';
  const aces: FolderAce[] = [
    { user: 'Default', accessRights: [calendar ? 'AvailabilityOnly' : 'None'], sharingPermissionFlags: null },
    { user: 'Anonymous', accessRights: ['None'], sharingPermissionFlags: null },
  ];
  const rng = new Rng(`${t.ctx.key}|fperm|${index}|${folder.toLowerCase()}`);
  if (calendar && rng.chance(0.2) && t.seededCount > 1) {
    const other = rng.int(0, t.seededCount - 1);
    if (other !== index && t.exists(other)) aces.push({ user: t.mailbox(other).obj.DisplayName as string, accessRights: ['Reviewer'], sharingPermissionFlags: null });
  }
  return aces;
}

export function folderAceKey(index: number, folder: string): string {
  return `${index}:${folder.toLowerCase()}`;
}

export function mailboxAces(t: Tenant, index: number): MailboxAce[] {
  const stored = t.mailboxAces.get(index);
  if (stored) return stored;
  const aces: MailboxAce[] = [{ user: 'NT AUTHORITY\\SELF', accessRights: ['FullAccess', 'ReadPermission'], deny: false, isInherited: false, inheritanceType: 'All' }];
  if (t.base(index).kind === 'shared') {
    for (const other of delegates(t, index, 2)) aces.push({ user: other, accessRights: ['FullAccess'], deny: false, isInherited: false, inheritanceType: 'All' });
  }
  return aces;
}

export function recipientAces(t: Tenant, index: number): RecipientAce[] {
  const stored = t.recipientAces.get(index);
  if (stored) return stored;
  const aces: RecipientAce[] = [{ trustee: 'NT AUTHORITY\\SELF', accessControlType: 'Allow', accessRights: ['SendAs'], isInherited: false }];
  if (t.base(index).kind === 'shared') for (const other of delegates(t, index, 1)) aces.push({ trustee: other, accessControlType: 'Allow', accessRights: ['SendAs'], isInherited: false });
  return aces;
}

/** UPNs of user mailboxes granted access to a shared mailbox. */
function delegates(t: Tenant, index: number, count: number): string[] {
  const rng = new Rng(`${t.ctx.key}|delegates|${index}`);
  const out: string[] = [];
  for (let k = 0; k < count * 6 && out.length < count && index < t.seededCount; k++) {
    const i = rng.int(0, t.seededCount - 1);
    if (t.table.base(i).kind !== 'user' || !t.exists(i)) continue;
    const upn = t.mailbox(i).obj.UserPrincipalName as string;
    if (!out.includes(upn)) out.push(upn);
  }
  return out;
}

/** Get-CASMailbox settings (seed + Set-CASMailbox changes). */
export function casObject(t: Tenant, index: number): Obj {
  const { obj } = t.mailbox(index);
  const rng = new Rng(`${t.ctx.key}|cas|${index}`);
  const devices = mobileDevices(t, index).length > 0;
  return {
    Name: obj.Name,
    DisplayName: obj.DisplayName,
    PrimarySmtpAddress: obj.PrimarySmtpAddress,
    EmailAddresses: obj.EmailAddresses,
    ActiveSyncEnabled: true,
    OWAEnabled: true,
    OWAforDevicesEnabled: true,
    ECPEnabled: true,
    PopEnabled: !rng.chance(0.15),
    ImapEnabled: !rng.chance(0.15),
    MAPIEnabled: true,
    MapiHttpEnabled: null,
    EwsEnabled: null,
    EwsAllowOutlook: null,
    EwsAllowMacOutlook: null,
    OutlookMobileEnabled: true,
    MacOutlookEnabled: true,
    OneWinNativeOutlookEnabled: true,
    UniversalOutlookEnabled: true,
    SmtpClientAuthenticationDisabled: null,
    ActiveSyncAllowedDeviceIDs: [],
    ActiveSyncBlockedDeviceIDs: [],
    ActiveSyncMailboxPolicy: 'Default',
    ActiveSyncMailboxPolicyIsDefaulted: true,
    ActiveSyncSuppressReadReceipt: false,
    HasActiveSyncDevicePartnership: devices,
    OwaMailboxPolicy: 'OwaMailboxPolicy-Default',
    EwsApplicationAccessPolicy: null,
    EwsAllowList: null,
    EwsBlockList: null,
    PopUseProtocolDefaults: true,
    ImapUseProtocolDefaults: true,
    PopMessagesRetrievalMimeFormat: 'BestBodyFormat',
    ImapMessagesRetrievalMimeFormat: 'BestBodyFormat',
    PopEnableExactRFC822Size: false,
    ImapEnableExactRFC822Size: false,
    PopSuppressReadReceipt: false,
    ImapSuppressReadReceipt: false,
    PopForceICalForCalendarRetrievalOption: false,
    ImapForceICalForCalendarRetrievalOption: false,
    MAPIBlockOutlookNonCachedMode: false,
    MAPIBlockOutlookVersions: null,
    MAPIBlockOutlookRpcHttp: false,
    MAPIBlockOutlookExternalConnectivity: false,
    ExternalImapSettings: null,
    InternalImapSettings: null,
    ExternalPopSettings: null,
    InternalPopSettings: null,
    ExternalSmtpSettings: null,
    InternalSmtpSettings: null,
    ServerLegacyDN: obj.ServerLegacyDN,
    ExternalDirectoryObjectId: obj.ExternalDirectoryObjectId,
    ExchangeVersion: obj.ExchangeVersion,
    OrganizationId: obj.OrganizationId,
    Identity: obj.Identity,
    Id: obj.Id,
    Guid: obj.Guid,
    DistinguishedName: obj.DistinguishedName,
    IsValid: true,
    ...t.casPatches.get(index),
  };
}

const DEVICES: Array<[string, string, string, string, string]> = [
  ['iPhone', 'iPhone15C2', 'iOS 17.5.1 21F90', 'Outlook', 'REST'],
  ['Pixel 8', 'Pixel 8', 'Android 14', 'Outlook', 'REST'],
  ['iPad', 'iPad13C1', 'iOS 17.4 21E219', 'EAS', 'EAS'],
  ['SM-S918B', 'SM-S918B', 'Android 13', 'EAS', 'EAS'],
];

/** Get-MobileDevice rows of a mailbox (about a third of users have one or two). */
export function mobileDevices(t: Tenant, index: number): Obj[] {
  if (t.base(index).kind !== 'user') return [];
  const rng = new Rng(`${t.ctx.key}|devices|${index}`);
  if (!rng.chance(0.35)) return [];
  const { obj, facts } = t.mailbox(index);
  const n = rng.int(1, 2);
  const out: Obj[] = [];
  for (let k = 0; k < n; k++) {
    const [friendly, model, os, client, proto] = rng.pick(DEVICES);
    const deviceId = rng.hex(32).toUpperCase();
    const first = new Date(Math.max(facts.whenCreated.getTime(), t.ctx.epoch - rng.int(5, 500) * DAY_MS));
    const lastSync = new Date(t.ctx.epoch - rng.int(0, 40) * DAY_MS - rng.int(0, DAY_MS));
    out.push({
      FriendlyName: friendly,
      DeviceId: deviceId,
      DeviceImei: null,
      DeviceMobileOperator: null,
      DeviceOS: os,
      DeviceOSLanguage: 'en-US',
      DeviceTelephoneNumber: null,
      DeviceType: client === 'Outlook' ? 'Outlook' : friendly.startsWith('i') ? friendly : 'Android',
      DeviceUserAgent: client === 'Outlook' ? 'Outlook-iOS-Android/1.0' : `Apple-${model}/2105.1`,
      DeviceModel: model,
      FirstSyncTime: first,
      UserDisplayName: obj.DisplayName,
      DeviceAccessState: rng.chance(0.9) ? 'Allowed' : 'Quarantined',
      DeviceAccessStateReason: 'Global',
      DeviceAccessControlRule: null,
      ClientVersion: client === 'Outlook' ? '1.0' : '16.1',
      ClientType: client,
      IsManaged: false,
      IsCompliant: false,
      IsDisabled: false,
      LastSuccessSync: lastSync,
      LastSyncAttemptTime: lastSync,
      Status: 'DeviceOk',
      DevicePolicyApplied: 'Default',
      DevicePolicyApplicationStatus: 'AppliedInFull',
      DeviceWipeRequestTime: null,
      Identity: `${obj.Name}\\ExchangeActiveSyncDevices\\${proto}\u00a7${client}\u00a7${deviceId.toLowerCase()}`,
      Guid: deterministicGuid(`${t.ctx.key}|device|${index}|${k}`),
      WhenCreated: first,
      WhenChanged: lastSync,
      IsValid: true,
    });
  }
  return out;
}

const RULES = [
  { name: 'Move newsletters', from: 'newsletter@contoso-news.com', moveTo: 'Archive', subject: [] as string[] },
  { name: 'Invoices to Finance', from: null, moveTo: 'Inbox\\Invoices', subject: ['invoice', 'receipt'] },
  { name: 'Forward emails', from: null, moveTo: null, subject: ['urgent'], forward: true },
  { name: 'Clean up notifications', from: 'noreply@service.example', moveTo: 'Deleted Items', subject: [] },
];

/** Get-InboxRule rows (about a quarter of users have rules). */
export function inboxRules(t: Tenant, index: number): Obj[] {
  if (t.base(index).kind !== 'user') return [];
  const rng = new Rng(`${t.ctx.key}|rules|${index}`);
  if (!rng.chance(0.25)) return [];
  const { obj } = t.mailbox(index);
  const n = rng.int(1, 3);
  const out: Obj[] = [];
  for (let k = 0; k < n; k++) {
    const r = RULES[(k + rng.int(0, 3)) % RULES.length]!;
    const ruleId = (BigInt(rng.int(1, 0x7fffffff)) * 4294967296n + BigInt(rng.int(0, 0x7fffffff))).toString();
    const forwardTo = 'forward' in r && r.forward ? [`"${t.mailbox(0).obj.DisplayName}" [SMTP:${t.mailbox(0).obj.PrimarySmtpAddress}]`] : null;
    const description = [
      'If the message:',
      ...(r.from ? [`\tis received from '${r.from}'`] : []),
      ...(r.subject.length ? [`\tincludes ${r.subject.map((s) => `'${s}'`).join(' or ')} in the subject`] : []),
      'Take the following actions:',
      ...(r.moveTo ? [`\tmove the message to folder '${r.moveTo}'`] : []),
      ...(forwardTo ? [`\tforward the message to '${t.mailbox(0).obj.DisplayName}'`] : []),
    ].join('\r\n');
    out.push({
      Name: r.name,
      Enabled: rng.chance(0.85),
      Priority: k + 1,
      RuleIdentity: ruleId,
      Description: description,
      From: r.from ? [`"${r.from}" [SMTP:${r.from}]`] : null,
      SubjectContainsWords: r.subject.length ? r.subject : null,
      MoveToFolder: r.moveTo ? `${obj.Name}:\\${r.moveTo}` : null,
      ForwardTo: forwardTo,
      RedirectTo: null,
      DeleteMessage: false,
      StopProcessingRules: false,
      InError: false,
      ErrorType: 'None',
      SupportedByTask: true,
      MailboxOwnerId: obj.Name,
      Identity: `${obj.Name}\\${ruleId}`,
      IsValid: true,
    });
  }
  return out;
}

/** Get-MailboxAutoReplyConfiguration (seed + Set- changes). */
export function autoReplyObject(t: Tenant, index: number): Obj {
  const { obj } = t.mailbox(index);
  const rng = new Rng(`${t.ctx.key}|oof|${index}`);
  const on = t.base(index).kind === 'user' && rng.chance(0.04);
  const start = new Date(Math.floor(t.ctx.epoch / 3_600_000) * 3_600_000 - DAY_MS);
  return {
    AutoDeclineFutureRequestsWhenOOF: false,
    AutoReplyState: on ? 'Enabled' : 'Disabled',
    CreateOOFEvent: false,
    DeclineAllEventsForScheduledOOF: false,
    DeclineEventsForScheduledOOF: false,
    DeclineMeetingMessage: null,
    EndTime: new Date(start.getTime() + 2 * DAY_MS),
    EventsToDeleteIDs: null,
    ExternalAudience: 'All',
    ExternalMessage: on ? `I am out of the office and will reply when I return.` : null,
    InternalMessage: on ? `I am out of the office until next week.` : null,
    OOFEventSubject: null,
    StartTime: start,
    Recipients: null,
    ReminderMessage: null,
    MailboxOwnerId: obj.Name,
    Identity: obj.Name,
    IsValid: true,
    ObjectState: 'Unchanged',
    ...t.oofPatches.get(index),
  };
}
