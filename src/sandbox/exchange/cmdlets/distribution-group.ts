import { alreadyExists, badArgument, notFound } from '../errors.js';
import { findGroups, findRecipients, resolveGroup, resolveRecipient } from '../model/directory.js';
import { deterministicGuid } from '../util/guid.js';
import { distributionGroupObject } from '../model/recipients.js';
import type { GroupRecord, MemberRef } from '../model/records.js';
import type { Tenant } from '../model/tenant.js';
import { anrMatcher, filterPredicate, recipientTypeDetails, sorted } from './listing.js';
import { arrayResults, type Params, type ServerCmdlet } from './types.js';

export const getDistributionGroup: ServerCmdlet = {
  name: 'Get-DistributionGroup',
  write: false,
  run(ctx) {
    const t = ctx.tenant;
    const groups = [...t.groups.values()];
    const sample = groups[0] ? distributionGroupObject(t, groups[0]) : {};
    const predicate = filterPredicate(ctx, Object.keys(sample));
    const types = recipientTypeDetails(ctx);
    const anr = ctx.params.string('Anr');
    const anrMatch = anr !== undefined ? anrMatcher(anr) : undefined;
    const identity = ctx.params.string('Identity');
    let selected = groups;
    if (identity !== undefined) {
      selected = identity.includes('*') ? findGroups(t, identity) : [resolveGroup(t, identity)];
      if (selected.length === 0) throw notFound(identity, t.ctx.dc);
    }
    const managedBy = ctx.params.string('ManagedBy');
    const owner = managedBy ? memberRef(t, managedBy) : undefined;
    const objs = selected
      .filter((g) => owner === undefined || g.managedBy.includes(owner))
      .map((g) => distributionGroupObject(t, g))
      .filter((o) => (!types || types.has(o.RecipientTypeDetails as string)) && (!predicate || predicate(o)) && (!anrMatch || anrMatch(o)));
    return sorted(ctx, arrayResults(objs));
  },
};

/** A member reference for a recipient: mailbox index or group id. */
export function memberRef(t: Tenant, input: string): MemberRef {
  const ref = resolveRecipient(t, input);
  if (ref.kind === 'mailbox') return ref.index;
  if (ref.kind === 'group') return ref.group.id;
  throw badArgument(`The recipient '${input}' can't be added to a distribution group because it's a Microsoft 365 group.`);
}

const target = (p: Params) => p.string('Identity') ?? p.string('Name') ?? '';

export const newDistributionGroup: ServerCmdlet = {
  name: 'New-DistributionGroup',
  write: true,
  target,
  run(ctx) {
    const t = ctx.tenant;
    const p = ctx.params;
    const name = p.required('Name');
    if (name.length > 64) throw badArgument(`The length of the property is too long. The maximum length is 64 and the length of the value provided is ${name.length}.`);
    const alias = p.string('Alias') ?? name.replace(/[^A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]/g, '');
    if (findGroups(t, name).length > 0 || findRecipients(t, name).length > 0) throw alreadyExists(`The name "${name}" is already being used. Please try another name.`);
    const smtp = p.string('PrimarySmtpAddress') ?? `${alias}@${t.ctx.domain}`;
    if (findRecipients(t, smtp).length > 0 || findRecipients(t, alias).length > 0)
      throw alreadyExists(`The proxy address "SMTP:${smtp}" is already being used by the proxy addresses or LegacyExchangeDN. Please choose another proxy address.`);
    const typeText = p.string('Type') ?? 'Distribution';
    if (!/^(distribution|security)$/i.test(typeText)) throw badArgument(`Cannot process argument transformation on parameter 'Type'. Cannot convert value "${typeText}" to type "Microsoft.Exchange.Data.Directory.Recipient.GroupType". Error: "Unable to match the identifier name ${typeText} to a valid enumerator name. Specify one of the following enumerator names and try again: Distribution, Security"`);
    const members = (p.list('Members') ?? []).map((m) => memberRef(t, m));
    const callerIndex = ctx.caller.userPrincipalName ? findRecipients(t, ctx.caller.userPrincipalName).find((r) => r.kind === 'mailbox') : undefined;
    const managedBy = p.list('ManagedBy')?.map((m) => memberRef(t, m)) ?? (callerIndex?.kind === 'mailbox' ? [callerIndex.index] : [0]);
    const group: GroupRecord = {
      id: deterministicGuid(`${t.ctx.key}|newdg|${name}|${ctx.now.getTime()}`),
      name,
      alias: smtp.split('@')[0]!,
      displayName: p.string('DisplayName') ?? name,
      type: p.switch('RoomList') ? 'RoomList' : /^security$/i.test(typeText) ? 'Security' : 'Distribution',
      members: [...new Set(members)],
      managedBy,
      memberJoinRestriction: p.string('MemberJoinRestriction') ?? 'Closed',
      memberDepartRestriction: p.string('MemberDepartRestriction') ?? (/^security$/i.test(typeText) ? 'Closed' : 'Open'),
      requireSenderAuthenticationEnabled: p.bool('RequireSenderAuthenticationEnabled') ?? true,
      hiddenFromAddressListsEnabled: false,
      notes: p.string('Notes') ?? p.string('Description') ?? null,
      whenCreated: ctx.now,
      whenChanged: ctx.now,
    };
    t.commit({ op: 'dg.put', group });
    return distributionGroupObject(t, group);
  },
};

export const removeDistributionGroup: ServerCmdlet = {
  name: 'Remove-DistributionGroup',
  write: true,
  target,
  run(ctx) {
    const t = ctx.tenant;
    const group = resolveGroup(t, ctx.params.required('Identity'));
    t.commit({ op: 'dg.remove', id: group.id });
  },
};
