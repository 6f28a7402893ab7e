import { resolveMailbox } from '../model/directory.js';
import { mailboxAces } from '../model/mailbox-data.js';
import type { Obj } from '../model/mailbox.js';
import type { MailboxAce } from '../model/records.js';
import type { Tenant } from '../model/tenant.js';
import { enumValues, principalName } from './principal.js';
import type { CmdletContext, Params, ServerCmdlet } from './types.js';

const RIGHTS = ['ChangeOwner', 'ChangePermission', 'DeleteItem', 'ExternalAccount', 'FullAccess', 'ReadPermission'] as const;

function aceObject(t: Tenant, index: number, ace: MailboxAce): Obj {
  return {
    AccessRights: ace.accessRights,
    Deny: ace.deny,
    InheritanceType: ace.inheritanceType,
    User: ace.user,
    Identity: t.mailbox(index).obj.Name,
    IsInherited: ace.isInherited,
    IsValid: true,
    ObjectState: 'Unchanged',
  };
}

export const getMailboxPermission: ServerCmdlet = {
  name: 'Get-MailboxPermission',
  write: false,
  run(ctx) {
    const t = ctx.tenant;
    const index = resolveMailbox(t, ctx.params.required('Identity'), ctx.params.switch('SoftDeletedMailbox'));
    let aces = mailboxAces(t, index);
    const user = ctx.params.string('User');
    if (user) {
      const name = principalName(t, user).toLowerCase();
      aces = aces.filter((a) => a.user.toLowerCase() === name);
    }
    if (ctx.params.switch('Owner')) return [{ Identity: t.mailbox(index).obj.Name, Owner: `${t.ctx.label.toUpperCase()}\\${t.mailbox(index).obj.Alias}`, IsValid: true }];
    return aces.map((a) => aceObject(t, index, a));
  },
};

function target(p: Params): string {
  return p.string('Identity') ?? '';
}

function parse(ctx: CmdletContext) {
  const t = ctx.tenant;
  const index = resolveMailbox(t, ctx.params.required('Identity'));
  const user = principalName(t, ctx.params.required('User'));
  const rights = enumValues(ctx.params.list('AccessRights') ?? [], RIGHTS, 'AccessRights', 'Microsoft.Exchange.Management.RecipientTasks.MailboxRights[]');
  if (rights.length === 0) ctx.params.required('AccessRights');
  return { t, index, user, rights, deny: ctx.params.switch('Deny') };
}

export const addMailboxPermission: ServerCmdlet = {
  name: 'Add-MailboxPermission',
  write: true,
  target,
  run(ctx) {
    const { t, index, user, rights, deny } = parse(ctx);
    const aces = mailboxAces(t, index).map((a) => ({ ...a, accessRights: [...a.accessRights] }));
    let ace = aces.find((a) => a.user.toLowerCase() === user.toLowerCase() && a.deny === deny && !a.isInherited);
    const added = rights.filter((r) => !ace?.accessRights.includes(r));
    if (added.length === 0) {
      ctx.warnings.push(`The appropriate access control entry is already present on the object "${t.mailbox(index).obj.Name}" for account "${user}".`);
      return [];
    }
    if (!ace) aces.push((ace = { user, accessRights: [], deny, isInherited: false, inheritanceType: ctx.params.string('InheritanceType') ?? 'All' }));
    ace.accessRights.push(...added);
    t.commit({ op: 'mperm', index, aces });
    return [aceObject(t, index, { ...ace, accessRights: added })];
  },
};

export const removeMailboxPermission: ServerCmdlet = {
  name: 'Remove-MailboxPermission',
  write: true,
  target,
  run(ctx) {
    const { t, index, user, rights, deny } = parse(ctx);
    const aces = mailboxAces(t, index).map((a) => ({ ...a, accessRights: [...a.accessRights] }));
    const ace = aces.find((a) => a.user.toLowerCase() === user.toLowerCase() && a.deny === deny && !a.isInherited);
    if (!ace || !rights.some((r) => ace.accessRights.includes(r))) {
      ctx.warnings.push(`Can't remove the access control entry on the object "${t.mailbox(index).obj.DistinguishedName}" for account "${user}" because the ACE doesn't exist on the object.`);
      return;
    }
    ace.accessRights = ace.accessRights.filter((r) => !rights.includes(r));
    t.commit({ op: 'mperm', index, aces: aces.filter((a) => a.accessRights.length > 0) });
  },
};
