import { ExchangeError } from '../errors.js';
import { resolveMailbox, splitFolderIdentity } from '../model/directory.js';
import { FOLDER_NAMES, folderAceKey, folderAces } from '../model/mailbox-data.js';
import type { Obj } from '../model/mailbox.js';
import type { FolderAce } from '../model/records.js';
import type { Tenant } from '../model/tenant.js';
import { enumValues } from './principal.js';
import { resolveRecipient } from '../model/directory.js';
import type { CmdletContext, Params, ServerCmdlet } from './types.js';

const ROLES = ['None', 'Owner', 'PublishingEditor', 'Editor', 'PublishingAuthor', 'Author', 'NonEditingAuthor', 'Reviewer', 'Contributor', 'AvailabilityOnly', 'LimitedDetails',
  'CreateItems', 'CreateSubfolders', 'DeleteAllItems', 'DeleteOwnedItems', 'EditAllItems', 'EditOwnedItems', 'FolderContact', 'FolderOwner', 'FolderVisible', 'ReadItems'] as const;

/** Resolves `mailbox:\Folder`; the root is `mailbox:\` (Top of Information Store). */
function resolveFolder(t: Tenant, identity: string): { index: number; folder: string; display: string } {
  const { mailbox, folder } = splitFolderIdentity(identity);
  const index = resolveMailbox(t, mailbox);
  const name = folder === '' ? 'Top of Information Store' : FOLDER_NAMES.find((f) => f.toLowerCase() === folder.toLowerCase());
  if (!name)
    throw new ExchangeError(404, 'Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException', `The operation couldn't be performed because '${identity}' couldn't be found.`, 'Ex6F9304');
  return { index, folder: name, display: name };
}

function userName(t: Tenant, input: string): string {
  if (/^(default|anonymous)$/i.test(input)) return input.toLowerCase() === 'default' ? 'Default' : 'Anonymous';
  const ref = resolveRecipient(t, input);
  if (ref.kind === 'mailbox') return t.mailbox(ref.index).obj.DisplayName as string;
  if (ref.kind === 'group') return ref.group.displayName;
  return input;
}

function aceObject(t: Tenant, index: number, folder: string, ace: FolderAce): Obj {
  const mbx = t.mailbox(index).obj.Name as string;
  return {
    FolderName: folder,
    User: ace.user,
    AccessRights: ace.accessRights,
    SharingPermissionFlags: ace.sharingPermissionFlags,
    Identity: `${mbx}:\\${folder === 'Top of Information Store' ? '' : folder}`,
    IsValid: true,
    ObjectState: 'Unchanged',
  };
}

export const getMailboxFolderPermission: ServerCmdlet = {
  name: 'Get-MailboxFolderPermission',
  write: false,
  run(ctx) {
    const t = ctx.tenant;
    const { index, folder } = resolveFolder(t, ctx.params.required('Identity'));
    let aces = folderAces(t, index, folder);
    const user = ctx.params.string('User');
    if (user) {
      const name = userName(t, user);
      aces = aces.filter((a) => a.user.toLowerCase() === name.toLowerCase());
      if (aces.length === 0)
        throw new ExchangeError(404, 'Microsoft.Exchange.Management.StoreTasks.UserNotFoundInPermissionEntryException', `There is no existing permission entry found for user: ${name}.`, 'ExC3F3B1');
    }
    return aces.map((a) => aceObject(t, index, folder, a));
  },
};

function parse(ctx: CmdletContext) {
  const t = ctx.tenant;
  const { index, folder } = resolveFolder(t, ctx.params.required('Identity'));
  const user = userName(t, ctx.params.required('User'));
  const rights = enumValues(ctx.params.list('AccessRights') ?? [], ROLES, 'AccessRights', 'Microsoft.Exchange.Management.StoreTasks.MailboxFolderAccessRight[]');
  if (rights.length === 0) ctx.params.required('AccessRights');
  const flags = ctx.params.string('SharingPermissionFlags') ?? null;
  return { t, index, folder, user, rights, flags };
}

const target = (p: Params) => p.string('Identity') ?? '';

export const addMailboxFolderPermission: ServerCmdlet = {
  name: 'Add-MailboxFolderPermission',
  write: true,
  target,
  run(ctx) {
    const { t, index, folder, user, rights, flags } = parse(ctx);
    const aces = folderAces(t, index, folder);
    if (aces.some((a) => a.user.toLowerCase() === user.toLowerCase()))
      throw new ExchangeError(400, 'Microsoft.Exchange.Management.StoreTasks.UserAlreadyExistsInPermissionEntryException', `An existing permission entry was found for user: ${user}.`, 'Ex8BE4D9');
    const ace: FolderAce = { user, accessRights: rights, sharingPermissionFlags: flags };
    t.commit({ op: 'fperm', key: folderAceKey(index, folder), aces: [...aces, ace] });
    return [aceObject(t, index, folder, ace)];
  },
};
