import { badArgument } from '../errors.js';
import { resolveMailbox, splitFolderIdentity } from '../model/directory.js';
import { folderStatistics } from '../model/mailbox-data.js';
import { statisticsObject } from '../model/recipients.js';
import { arrayResults, type ServerCmdlet } from './types.js';

export const getMailboxStatistics: ServerCmdlet = {
  name: 'Get-MailboxStatistics',
  write: false,
  run(ctx) {
    const t = ctx.tenant;
    const identity = ctx.params.required('Identity');
    const index = resolveMailbox(t, identity, ctx.params.switch('IncludeSoftDeletedRecipients'));
    if (ctx.params.switch('Archive')) {
      const { obj } = t.mailbox(index);
      if (obj.ArchiveStatus !== 'Active') throw badArgument(`The user hasn't logged on to mailbox '${identity}' ('${obj.ExchangeGuid}'), so there is no data to return. After the user logs on, this error will no longer appear.`);
      const s = statisticsObject(t, index);
      return [{ ...s, DisplayName: `In-Place Archive -${obj.DisplayName}`, IsArchiveMailbox: true, ItemCount: Math.round((s.ItemCount as number) / 3), MailboxGuid: obj.ArchiveGuid }];
    }
    return [statisticsObject(t, index)];
  },
};

/** FolderScope → FolderType values it keeps (All keeps everything). */
const SCOPES: Record<string, string[]> = {
  inbox: ['Inbox'], sentitems: ['SentItems'], deleteditems: ['DeletedItems'], drafts: ['Drafts'], calendar: ['Calendar'], contacts: ['Contacts'],
  junkemail: ['JunkEmail'], outbox: ['Outbox'], notes: ['Notes'], tasks: ['Tasks'], conversationhistory: ['ConversationHistory'], syncissues: ['SyncIssues'],
  recoverableitems: ['RecoverableItemsRoot'], archive: ['Archive'], nonipmroot: ['Root'],
};

export const getMailboxFolderStatistics: ServerCmdlet = {
  name: 'Get-MailboxFolderStatistics',
  write: false,
  run(ctx) {
    const t = ctx.tenant;
    const { mailbox, folder } = splitFolderIdentity(ctx.params.required('Identity'));
    const index = resolveMailbox(t, mailbox);
    let rows = folderStatistics(t, index);
    const scope = ctx.params.string('FolderScope')?.toLowerCase();
    if (scope && scope !== 'all') {
      const keep = SCOPES[scope];
      if (!keep) throw badArgument(`Cannot process argument transformation on parameter 'FolderScope'. Cannot convert value "${scope}" to type "Microsoft.Exchange.Data.Directory.SystemConfiguration.ElcFolderType".`);
      rows = rows.filter((r) => keep.includes(r.FolderType as string));
    }
    if (folder) rows = rows.filter((r) => (r.Name as string).toLowerCase() === folder.toLowerCase());
    const skip = ctx.params.int('SkipCount') ?? 0;
    return arrayResults(rows.slice(skip));
  },
};

