import { badArgument } from '../errors.js';
import { resolveRecipient } from '../model/directory.js';
import { recipientAces } from '../model/mailbox-data.js';
import type { Obj } from '../model/mailbox.js';
import type { RecipientAce } from '../model/records.js';
import type { Tenant } from '../model/tenant.js';
import { principalName } from './principal.js';
import { arrayResults, type CmdletContext, type Params, type ServerCmdlet } from './types.js';

function aceObject(t: Tenant, index: number, ace: RecipientAce, trustee = ace.trustee): Obj {
  return {
    Identity: t.mailbox(index).obj.Name,
    Trustee: trustee,
    AccessControlType: ace.accessControlType,
    AccessRights: ace.accessRights,
    IsInherited: ace.isInherited,
    InheritanceType: 'None',
    IsValid: true,
    ObjectState: 'Unchanged',
  };
}

function mailboxOf(t: Tenant, identity: string): number {
  const ref = resolveRecipient(t, identity);
  if (ref.kind !== 'mailbox') throw badArgument(`Send-As permissions on '${identity}' can only be managed on mailboxes in this environment.`);
  return ref.index;
}

export const getRecipientPermission: ServerCmdlet = {
  name: 'Get-RecipientPermission',
  write: false,
  run(ctx) {
    const t = ctx.tenant;
    const trustee = ctx.params.string('Trustee');
    const trusteeName = trustee ? principalName(t, trustee).toLowerCase() : undefined;
    const rights = ctx.params.list('AccessRights')?.map((r) => r.toLowerCase());
    const keep = (a: RecipientAce) => (!trusteeName || a.trustee.toLowerCase() === trusteeName) && (!rights || a.accessRights.some((r) => rights.includes(r.toLowerCase())));
    const identity = ctx.params.string('Identity');
    if (identity !== undefined) {
      const index = mailboxOf(t, identity);
      return arrayResults(recipientAces(t, index).filter(keep).map((a) => aceObject(t, index, a)));
    }
    return {
      *from(position) {
        for (const index of t.mailboxIndexes(Math.floor(position / 16))) {
          const aces = recipientAces(t, index);
          for (let k = index * 16 >= position ? 0 : position - index * 16; k < aces.length; k++) if (keep(aces[k]!)) yield [index * 16 + k, aceObject(t, index, aces[k]!)];
        }
      },
    };
  },
};

function parse(ctx: CmdletContext) {
  const t = ctx.tenant;
  const index = mailboxOf(t, ctx.params.required('Identity'));
  const trusteeInput = ctx.params.required('Trustee');
  const trustee = principalName(t, trusteeInput);
  const rights = ctx.params.list('AccessRights') ?? [];
  if (rights.length === 0) ctx.params.required('AccessRights');
  for (const r of rights)
    if (r.toLowerCase() !== 'sendas')
      throw badArgument(`Cannot process argument transformation on parameter 'AccessRights'. Cannot convert value "${r}" to type "Microsoft.Exchange.Data.Directory.Permission.RecipientAccessRight". Error: "Unable to match the identifier name ${r} to a valid enumerator name. Specify one of the following enumerator names and try again: SendAs"`);
  return { t, index, trustee, trusteeInput, deny: ctx.params.switch('Deny') };
}

const target = (p: Params) => p.string('Identity') ?? '';

export const addRecipientPermission: ServerCmdlet = {
  name: 'Add-RecipientPermission',
  write: true,
  target,
  run(ctx) {
    const { t, index, trustee, trusteeInput } = parse(ctx);
    const aces = recipientAces(t, index);
    if (aces.some((a) => a.trustee.toLowerCase() === trustee.toLowerCase() && a.accessControlType === 'Allow')) {
      ctx.warnings.push(`The appropriate access control entry is already present on the object "${t.mailbox(index).obj.Name}" for account "${trustee}".`);
      return [];
    }
    const ace: RecipientAce = { trustee, accessControlType: 'Allow', accessRights: ['SendAs'], isInherited: false };
    t.commit({ op: 'rperm', index, aces: [...aces, ace] });
    // The write echoes the trustee unresolved, as its directory object id (exo-cmdlets.md §2.5).
    const ref = resolveRecipient(t, trusteeInput);
    const shown = ref.kind === 'mailbox' ? (t.mailbox(ref.index).obj.ExternalDirectoryObjectId as string) : trustee;
    return [aceObject(t, index, ace, shown)];
  },
};

export const removeRecipientPermission: ServerCmdlet = {
  name: 'Remove-RecipientPermission',
  write: true,
  target,
  run(ctx) {
    const { t, index, trustee, deny } = parse(ctx);
    const aces = recipientAces(t, index);
    const type = deny ? 'Deny' : 'Allow';
    const rest = aces.filter((a) => !(a.trustee.toLowerCase() === trustee.toLowerCase() && a.accessControlType === type));
    if (rest.length === aces.length) {
      ctx.warnings.push(`Can't remove the access control entry on the object "${t.mailbox(index).obj.DistinguishedName}" for account "${trustee}" because the ACE doesn't exist on the object.`);
      return;
    }
    t.commit({ op: 'rperm', index, aces: rest });
  },
};

