import { badArgument, parameterNotFound } from '../errors.js';
import { resolveMailbox, resolveRecipient } from '../model/directory.js';
import { distinguishedName } from '../model/context.js';
import { formatBytes, parseSize } from '../util/bytes.js';
import { editList, type Params, type ServerCmdlet } from './types.js';

/** Settable Set-Mailbox parameters by value kind. */
const STRINGS = ['DisplayName', 'Alias', 'Office', 'RetentionComment', 'RetentionUrl', 'LitigationHoldOwner', 'MailTip', 'SimpleDisplayName', 'RetentionPolicy', 'RoleAssignmentPolicy', 'SharingPolicy', 'AddressBookPolicy', ...Array.from({ length: 15 }, (_, n) => `CustomAttribute${n + 1}`)];
const BOOLS = ['HiddenFromAddressListsEnabled', 'DeliverToMailboxAndForward', 'LitigationHoldEnabled', 'SingleItemRecoveryEnabled', 'RetentionHoldEnabled', 'AuditEnabled', 'MessageCopyForSentAsEnabled', 'MessageCopyForSendOnBehalfEnabled', 'ModerationEnabled', 'RequireSenderAuthenticationEnabled', 'MessageTrackingReadStatusEnabled', 'CalendarRepairDisabled'];
const QUOTAS = ['IssueWarningQuota', 'ProhibitSendQuota', 'ProhibitSendReceiveQuota', 'RecoverableItemsQuota', 'RecoverableItemsWarningQuota', 'ArchiveQuota', 'ArchiveWarningQuota', 'MaxSendSize', 'MaxReceiveSize', 'RulesQuota', 'CalendarLoggingQuota'];
const LISTS = ['GrantSendOnBehalfTo', 'AcceptMessagesOnlyFrom', 'RejectMessagesFrom', 'ModeratedBy', 'Languages', 'AuditOwner', 'AuditDelegate', 'AuditAdmin', 'ArchiveName', ...Array.from({ length: 5 }, (_, n) => `ExtensionCustomAttribute${n + 1}`)];
const IGNORED = new Set(['identity', 'force', 'confirm', 'whatif', 'erroraction', 'warningaction', 'verbose', 'debug', 'errorvariable', 'warningvariable', 'outvariable', 'outbuffer', 'informationaction', 'informationvariable', 'pipelinevariable']);

export const setMailbox: ServerCmdlet = {
  name: 'Set-Mailbox',
  write: true,
  target: (p: Params) => p.string('Identity') ?? '',
  run(ctx) {
    const t = ctx.tenant;
    const index = resolveMailbox(t, ctx.params.required('Identity'));
    const current = t.mailbox(index).obj;
    const patch: Record<string, unknown> = {};
    for (const name of ctx.params.names()) {
      const key = name.toLowerCase();
      if (IGNORED.has(key)) continue;
      const pick = (list: string[]) => list.find((p) => p.toLowerCase() === key);
      let prop: string | undefined;
      if ((prop = pick(STRINGS))) patch[prop] = ctx.params.string(name) ?? null;
      else if ((prop = pick(BOOLS))) patch[prop] = ctx.params.bool(name) ?? false;
      else if ((prop = pick(QUOTAS))) {
        const text = ctx.params.string(name) ?? 'Unlimited';
        const bytes = parseSize(text);
        if (bytes === undefined) throw badArgument(`Cannot process argument transformation on parameter '${prop}'. Cannot convert value "${text}" to type "Microsoft.Exchange.Data.Unlimited\`1[Microsoft.Exchange.Data.ByteQuantifiedSize]".`);
        patch[prop] = bytes === Infinity ? 'Unlimited' : formatBytes(bytes);
      } else if ((prop = pick(LISTS))) patch[prop] = editList((current[prop] as string[]) ?? [], ctx.params.raw(name));
      else if (key === 'name') {
        const n = ctx.params.required('Name');
        Object.assign(patch, { Name: n, Identity: n, Id: n, DistinguishedName: distinguishedName(t.ctx, n) });
      } else if (key === 'primarysmtpaddress' || key === 'windowsemailaddress') {
        const addr = ctx.params.required(name);
        const emails = (current.EmailAddresses as string[]).map((e) => (e.startsWith('SMTP:') ? `smtp:${e.slice(5)}` : e)).filter((e) => e.slice(5).toLowerCase() !== addr.toLowerCase());
        Object.assign(patch, { PrimarySmtpAddress: addr, WindowsEmailAddress: addr, EmailAddresses: [...emails, `SMTP:${addr}`] });
      } else if (key === 'emailaddresses') patch.EmailAddresses = editList(current.EmailAddresses as string[], ctx.params.raw(name));
      else if (key === 'forwardingsmtpaddress') {
        const v = ctx.params.string(name);
        patch.ForwardingSmtpAddress = v ? (/^smtp:/i.test(v) ? `smtp:${v.slice(5)}` : `smtp:${v}`) : null;
      } else if (key === 'forwardingaddress') {
        const v = ctx.params.string(name);
        patch.ForwardingAddress = v ? recipientName(ctx.tenant, v) : null;
      } else if (key === 'type') patch.RecipientTypeDetails = convertType(ctx.params.required('Type'), patch);
      else if (key === 'recipientlimits') patch.RecipientLimits = /^unlimited$/i.test(ctx.params.string(name) ?? '') ? 'Unlimited' : ctx.params.int(name);
      else if (key === 'resourcecapacity') patch.ResourceCapacity = ctx.params.int(name) ?? null;
      else if (key === 'retaindeleteditemsfor' || key === 'auditlogagelimit' || key === 'litigationholdduration') {
        const prop2 = key === 'retaindeleteditemsfor' ? 'RetainDeletedItemsFor' : key === 'auditlogagelimit' ? 'AuditLogAgeLimit' : 'LitigationHoldDuration';
        const v = ctx.params.string(name) ?? '';
        patch[prop2] = /^\d+$/.test(v) ? `${v}.00:00:00` : v;
      } else throw parameterNotFound(name);
    }
    if (patch.LitigationHoldEnabled === true && current.LitigationHoldEnabled !== true) {
      ctx.warnings.push('The hold setting may take up to 240 minutes to take effect.');
      Object.assign(patch, { LitigationHoldDate: ctx.now, LitigationHoldOwner: patch.LitigationHoldOwner ?? ctx.caller.userPrincipalName ?? null, RecoverableItemsQuota: formatBytes(100 * 1024 ** 3), RecoverableItemsWarningQuota: formatBytes(90 * 1024 ** 3) });
    }
    if (Object.keys(patch).length === 0) {
      ctx.warnings.push(`The command completed successfully but no settings of '${current.Name}' have been modified.`);
      return;
    }
    Object.assign(patch, { WhenChanged: ctx.now, WhenChangedUTC: ctx.now });
    t.commit({ op: 'mbx.patch', index, patch });
  },
};

function recipientName(t: Parameters<typeof resolveRecipient>[0], input: string): string {
  const ref = resolveRecipient(t, input);
  if (ref.kind === 'mailbox') return t.mailbox(ref.index).obj.Name as string;
  if (ref.kind === 'group') return ref.group.name;
  return input;
}

function convertType(type: string, patch: Record<string, unknown>): string {
  const map: Record<string, [string, boolean, boolean, string | null]> = {
    regular: ['UserMailbox', false, false, null],
    shared: ['SharedMailbox', true, false, null],
    room: ['RoomMailbox', false, true, 'Room'],
    equipment: ['EquipmentMailbox', false, true, 'Equipment'],
  };
  const m = map[type.toLowerCase()];
  if (!m) throw badArgument(`Cannot process argument transformation on parameter 'Type'. Cannot convert value "${type}" to type "Microsoft.Exchange.Management.RecipientTasks.ConvertibleMailboxSubType". Error: "Unable to match the identifier name ${type} to a valid enumerator name. Specify one of the following enumerator names and try again: Regular, Room, Equipment, Shared, Workspace, Desk"`);
  Object.assign(patch, { IsShared: m[1], IsResource: m[2], ResourceType: m[3] });
  return m[0];
}
