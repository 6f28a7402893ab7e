import { badArgument } from '../errors.js';
import { findRecipients, resolveRecipient, type RecipientRef } from '../model/directory.js';
import { recipientObject } from '../model/recipients.js';
import { unifiedGroupCount } from '../model/unified-groups.js';
import type { Obj } from '../model/mailbox.js';
import { anrMatcher, filterPredicate, recipientTypeDetails, sorted } from './listing.js';
import { arrayResults, type ServerCmdlet } from './types.js';

const GROUP_BASE = 1_000_000_000;
const UNIFIED_BASE = 2_000_000_000;
const RECIPIENT_TYPES = ['DynamicDistributionGroup', 'MailContact', 'MailNonUniversalGroup', 'MailUniversalDistributionGroup', 'MailUniversalSecurityGroup', 'MailUser', 'PublicFolder', 'UserMailbox'];

export const getRecipient: ServerCmdlet = {
  name: 'Get-Recipient',
  write: false,
  run(ctx) {
    const t = ctx.tenant;
    const types = recipientTypeDetails(ctx);
    const rtypes = ctx.params.list('RecipientType')?.map((v) => {
      const c = RECIPIENT_TYPES.find((r) => r.toLowerCase() === v.toLowerCase());
      if (!c) throw badArgument(`Cannot process argument transformation on parameter 'RecipientType'. Cannot convert value "${v}" to type "Microsoft.Exchange.Data.Directory.Recipient.RecipientType".`);
      return c;
    });
    if (types && rtypes) {
      const compatible = [...types].some((d) => rtypes.some((r) => compatibleTypes(r, d)));
      if (!compatible) throw badArgument('None of the specified RecipientTypeDetails are included in any specified recipient type.');
    }
    const predicate = filterPredicate(ctx, Object.keys(recipientObject(t, { kind: 'mailbox', index: 0 })));
    const anr = ctx.params.string('Anr');
    const anrMatch = anr !== undefined ? anrMatcher(anr) : undefined;
    const keep = (o: Obj) =>
      (!types || types.has(o.RecipientTypeDetails as string)) &&
      (!rtypes || rtypes.includes(o.RecipientType as string)) &&
      (!predicate || predicate(o)) &&
      (!anrMatch || anrMatch(o, o.FirstName as string | null, o.LastName as string | null));
    const identity = ctx.params.string('Identity');
    if (identity !== undefined) {
      const refs: RecipientRef[] = identity.includes('*') ? findRecipients(t, identity) : [resolveRecipient(t, identity)];
      return sorted(ctx, arrayResults(refs.map((r) => recipientObject(t, r)).filter(keep)));
    }
    const groups = [...t.groups.values()];
    return sorted(ctx, {
      *from(position) {
        if (position < GROUP_BASE) {
          for (const index of t.mailboxIndexes(position)) {
            const o = recipientObject(t, { kind: 'mailbox', index });
            if (keep(o)) yield [index, o];
          }
        }
        for (let k = Math.max(0, position - GROUP_BASE); k < groups.length && position < UNIFIED_BASE; k++) {
          const o = recipientObject(t, { kind: 'group', group: groups[k]! });
          if (keep(o)) yield [GROUP_BASE + k, o];
        }
        for (let j = Math.max(0, position - UNIFIED_BASE); j < unifiedGroupCount(t); j++) {
          const o = recipientObject(t, { kind: 'unified', index: j });
          if (keep(o)) yield [UNIFIED_BASE + j, o];
        }
      },
    });
  },
};

function compatibleTypes(recipientType: string, details: string): boolean {
  if (recipientType === 'UserMailbox') return /Mailbox$/.test(details) && details !== 'GroupMailbox';
  if (recipientType === 'MailUniversalDistributionGroup') return ['MailUniversalDistributionGroup', 'GroupMailbox', 'RoomList'].includes(details);
  if (recipientType === 'MailUser') return ['MailUser', 'GuestMailUser'].includes(details);
  return recipientType === details;
}
