import { badArgument, notFound } from '../errors.js';
import { findMailboxes, resolveMailbox } from '../model/directory.js';
import type { Obj } from '../model/mailbox.js';
import { opathPredicate, type Predicate } from '../opath/index.js';
import { arrayResults, type CmdletContext, type Results } from './types.js';

const TYPE_DETAILS = new Set([
  'DiscoveryMailbox', 'DynamicDistributionGroup', 'EquipmentMailbox', 'GroupMailbox', 'GuestMailUser', 'LegacyMailbox', 'LinkedMailbox', 'LinkedRoomMailbox',
  'MailContact', 'MailForestContact', 'MailNonUniversalGroup', 'MailUniversalDistributionGroup', 'MailUniversalSecurityGroup', 'MailUser', 'PublicFolder',
  'PublicFolderMailbox', 'RemoteEquipmentMailbox', 'RemoteRoomMailbox', 'RemoteSharedMailbox', 'RemoteTeamMailbox', 'RemoteUserMailbox', 'RoomList',
  'RoomMailbox', 'SchedulingMailbox', 'SharedMailbox', 'SharedWithMailUser', 'TeamMailbox', 'UserMailbox',
]);

/** `-RecipientTypeDetails` values, checked against the enum (case-insensitive, canonical case returned). */
export function recipientTypeDetails(ctx: CmdletContext): Set<string> | undefined {
  const values = ctx.params.list('RecipientTypeDetails');
  if (!values) return undefined;
  const canonical = new Map([...TYPE_DETAILS].map((v) => [v.toLowerCase(), v]));
  return new Set(
    values.map((v) => {
      const c = canonical.get(v.toLowerCase());
      if (!c) throw badArgument(`Cannot process argument transformation on parameter 'RecipientTypeDetails'. Cannot convert value "${v}" to type "Microsoft.Exchange.Data.Directory.Recipient.RecipientTypeDetails". Error: "Unable to match the identifier name ${v} to a valid enumerator name. Specify one of the following enumerator names and try again: ${[...TYPE_DETAILS].join(', ')}"`);
      return c;
    }),
  );
}

/** ANR: a case-insensitive prefix of Name, DisplayName, FirstName, LastName or Alias, or of "First Last". */
export function anrMatcher(text: string): (o: Obj, first?: string | null, last?: string | null) => boolean {
  const p = text.trim().toLowerCase();
  return (o, first, last) =>
    [o.Name, o.DisplayName, o.Alias, first, last, first && last ? `${first} ${last}` : null, first && last ? `${last} ${first}` : null, o.PrimarySmtpAddress].some(
      (v) => typeof v === 'string' && v.toLowerCase().startsWith(p),
    );
}

export function filterPredicate(ctx: CmdletContext, filterable: readonly string[]): Predicate | undefined {
  const f = ctx.params.string('Filter');
  return f && f.trim() ? opathPredicate(f, filterable) : undefined;
}

/**
 * The mailbox-listing cmdlets (Get-Mailbox, Get-CASMailbox, …): -Identity
 * (unique, or a wildcard pattern), -Anr, -RecipientTypeDetails, -Filter,
 * -SoftDeletedMailbox, -Archive and -InactiveMailboxOnly over `toObject(index)`.
 */
export function listMailboxObjects(ctx: CmdletContext, toObject: (index: number) => Obj, filterable: readonly string[]): Results {
  const t = ctx.tenant;
  const softDeleted = ctx.params.switch('SoftDeletedMailbox');
  // The sandbox has no inactive (held, deleted) mailboxes, so -InactiveMailboxOnly finds none.
  if (ctx.params.switch('InactiveMailboxOnly')) return arrayResults([]);
  const archiveOnly = ctx.params.switch('Archive');
  const identity = ctx.params.string('Identity');
  const types = recipientTypeDetails(ctx);
  const predicate = filterPredicate(ctx, filterable);
  const anr = ctx.params.string('Anr');
  const anrMatch = anr !== undefined ? anrMatcher(anr) : undefined;
  const keep = (i: number): Obj | undefined => {
    if (softDeleted && !t.removed.has(i)) return undefined;
    if (archiveOnly && !t.facts(i).archive) return undefined;
    // Building a mailbox is the dominant cost of listing: only -Anr needs it before toObject does.
    if (anrMatch) {
      const { base, obj } = t.mailbox(i);
      if (!anrMatch(obj, base.firstName, base.lastName)) return undefined;
    }
    const o = toObject(i);
    if (types && !types.has(o.RecipientTypeDetails as string)) return undefined;
    if (predicate && !predicate(o)) return undefined;
    return o;
  };
  if (identity !== undefined) {
    const indexes = identity.includes('*') ? findMailboxes(t, identity, softDeleted) : [resolveMailbox(t, identity, softDeleted)];
    if (identity.includes('*') && indexes.length === 0) throw notFound(identity, t.ctx.dc);
    return sorted(ctx, arrayResults(indexes.map(keep).filter((o): o is Obj => o !== undefined)));
  }
  return sorted(ctx, {
    *from(position) {
      for (const i of t.mailboxIndexes(position, softDeleted)) {
        const o = keep(i);
        if (o) yield [i, o];
      }
    },
  });
}

const SORTABLE = ['Name', 'DisplayName', 'Alias', 'Office', 'ServerLegacyDN'];

/** `-SortBy` (ascending, on the properties the service allows): the results are gathered and ordered first. */
export function sorted(ctx: CmdletContext, results: Results): Results {
  const by = ctx.params.string('SortBy');
  if (!by) return results;
  const prop = SORTABLE.find((p) => p.toLowerCase() === by.replace(/^[+-]/, '').toLowerCase());
  if (!prop) throw badArgument(`The SortBy parameter value "${by}" isn't valid. Valid values are: ${SORTABLE.join(', ')}.`);
  const all = [...results.from(0)].map(([, o]) => o);
  const text = (o: Obj) => String(o[prop] ?? '').toLowerCase();
  all.sort((a, b) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0));
  return arrayResults(all);
}
