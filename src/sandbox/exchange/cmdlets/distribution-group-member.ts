import { ExchangeError } from '../errors.js';
import { resolveGroup } from '../model/directory.js';
import { recipientObject } from '../model/recipients.js';
import { memberRef } from './distribution-group.js';
import { arrayResults, type CmdletContext, type Params, type ServerCmdlet } from './types.js';

export const getDistributionGroupMember: ServerCmdlet = {
  name: 'Get-DistributionGroupMember',
  write: false,
  run(ctx) {
    const t = ctx.tenant;
    const group = resolveGroup(t, ctx.params.required('Identity'));
    const objs = group.members
      .filter((m) => (typeof m === 'number' ? t.exists(m) : t.groups.has(m)))
      .map((m) => recipientObject(t, typeof m === 'number' ? { kind: 'mailbox', index: m } : { kind: 'group', group: t.groups.get(m)! }));
    return arrayResults(objs);
  },
};

const target = (p: Params) => p.string('Identity') ?? '';

function parse(ctx: CmdletContext) {
  const t = ctx.tenant;
  const group = resolveGroup(t, ctx.params.required('Identity'));
  const memberInput = ctx.params.required('Member');
  return { t, group, memberInput, member: memberRef(t, memberInput) };
}

export const addDistributionGroupMember: ServerCmdlet = {
  name: 'Add-DistributionGroupMember',
  write: true,
  target,
  run(ctx) {
    const { t, group, memberInput, member } = parse(ctx);
    if (member === group.id) throw new ExchangeError(400, 'Microsoft.Exchange.Management.Tasks.RecipientTaskException', `The group "${group.name}" can't be a member of itself.`, 'Ex9F2E43');
    if (group.members.includes(member))
      throw new ExchangeError(400, 'Microsoft.Exchange.Management.Tasks.MemberAlreadyExistsException', `The recipient "${memberInput}" is already a member of the group "${group.name}".`, 'ExB7D1F1');
    t.commit({ op: 'dg.put', group: { ...group, members: [...group.members, member], whenChanged: ctx.now } });
  },
};

export const removeDistributionGroupMember: ServerCmdlet = {
  name: 'Remove-DistributionGroupMember',
  write: true,
  target,
  run(ctx) {
    const { t, group, memberInput, member } = parse(ctx);
    if (!group.members.includes(member))
      throw new ExchangeError(400, 'Microsoft.Exchange.Management.Tasks.MemberNotFoundException', `The recipient "${memberInput}" isn't a member of the group "${group.name}".`, 'ExA4E4D6');
    t.commit({ op: 'dg.put', group: { ...group, members: group.members.filter((m) => m !== member), whenChanged: ctx.now } });
  },
};
