import { alreadyExists, badArgument } from '../errors.js';
import { findMailboxes, findRecipients } from '../model/directory.js';
import type { MailboxKind } from '../model/seed-table.js';
import type { Params, ServerCmdlet } from './types.js';

export const newMailbox: ServerCmdlet = {
  name: 'New-Mailbox',
  write: true,
  target: (p: Params) => p.string('Name') ?? '',
  run(ctx) {
    const t = ctx.tenant;
    const p = ctx.params;
    const name = p.required('Name');
    if (name.length > 64) throw badArgument(`The length of the property is too long. The maximum length is 64 and the length of the value provided is ${name.length}.`);
    const kinds: Array<[string, MailboxKind]> = [['Shared', 'shared'], ['Room', 'room'], ['Equipment', 'equipment']];
    const chosen = kinds.filter(([sw]) => p.switch(sw));
    if (chosen.length > 1) throw badArgument('Parameter set cannot be resolved using the specified named parameters.');
    const kind: MailboxKind = chosen[0]?.[1] ?? 'user';
    const msoId = p.string('MicrosoftOnlineServicesID');
    if (kind === 'user' && !msoId) throw badArgument("Cannot process command because of one or more missing mandatory parameters: MicrosoftOnlineServicesID Password.");
    const alias = p.string('Alias') ?? (msoId ? msoId.split('@')[0]! : name.replace(/[^A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]/g, ''));
    const primary = p.string('PrimarySmtpAddress') ?? msoId ?? `${alias}@${t.ctx.domain}`;
    if (findMailboxes(t, name).some((i) => (t.mailbox(i).obj.Name as string).toLowerCase() === name.toLowerCase()))
      throw alreadyExists(`The name "${name}" is already being used. Please try another name.`);
    if (findRecipients(t, primary).length > 0 || findMailboxes(t, alias).length > 0)
      throw alreadyExists(`The proxy address "SMTP:${primary}" is already being used by the proxy addresses or LegacyExchangeDN. Please choose another proxy address.`);
    const index = t.allocateIndex();
    t.commit({ op: 'mbx.new', index, kind, alias, displayName: p.string('DisplayName') ?? name, firstName: p.string('FirstName') ?? null, lastName: p.string('LastName') ?? null, at: ctx.now });
    const patch: Record<string, unknown> = {};
    if (name !== alias) Object.assign(patch, { Name: name, Identity: name, Id: name });
    if (primary.toLowerCase() !== `${alias}@${t.ctx.domain}`.toLowerCase()) {
      const emails = (t.mailbox(index).obj.EmailAddresses as string[]).map((e) => (e.startsWith('SMTP:') ? `smtp:${e.slice(5)}` : e));
      Object.assign(patch, { PrimarySmtpAddress: primary, WindowsEmailAddress: primary, UserPrincipalName: msoId ?? primary, EmailAddresses: [...emails, `SMTP:${primary}`] });
    }
    if (kind === 'room' && p.has('ResourceCapacity')) patch.ResourceCapacity = p.int('ResourceCapacity');
    if (p.has('Office')) patch.Office = p.string('Office');
    if (Object.keys(patch).length > 0) t.commit({ op: 'mbx.patch', index, patch });
    return t.mailbox(index).obj;
  },
};
