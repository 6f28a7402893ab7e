import { ambiguous, notFound } from '../errors.js';
import { indexFromGuid, isGuid } from '../util/guid.js';
import { likeToRegExp } from '../util/wildcard.js';
import { GUID_KINDS, guidMask, mailboxGuid } from './mailbox.js';
import type { Tenant } from './tenant.js';
import type { GroupRecord } from './records.js';
import { unifiedGroupCount, unifiedGroupKeys } from './unified-groups.js';

/**
 * Identity resolution: every form the service accepts for a recipient
 * (name, alias, display name, UPN, any SMTP address, GUID /
 * ExternalDirectoryObjectId / ExchangeGuid, DN, LegacyExchangeDN,
 * domain\alias, SamAccountName), with the service's not-found and
 * ambiguous errors.
 */
export function findMailboxes(t: Tenant, input: string, includeRemoved = false): number[] {
  const raw = input.trim();
  if (raw.includes('*')) {
    const re = likeToRegExp(raw);
    const out: number[] = [];
    for (const i of t.mailboxIndexes(0, includeRemoved)) {
      const o = t.mailbox(i).obj;
      if ([o.Name, o.Alias, o.DisplayName, o.PrimarySmtpAddress].some((v) => typeof v === 'string' && re.test(v))) out.push(i);
    }
    return out;
  }
  const key = raw.toLowerCase();
  const candidates = new Set<number>();
  const add = (i: number | undefined) => {
    if (i !== undefined && t.exists(i, includeRemoved)) candidates.add(i);
  };
  if (isGuid(key)) {
    for (const kind of GUID_KINDS) {
      const i = indexFromGuid(key, guidMask(t.ctx, kind));
      if (i !== undefined && t.exists(i, includeRemoved) && mailboxGuid(t.ctx, kind, i) === key) candidates.add(i);
    }
    return [...candidates];
  }
  let nameKey = key;
  if (key.startsWith('cn=')) nameKey = /^cn=([^,]+)/.exec(key)![1]!;
  else if (key.startsWith('/o=')) nameKey = key.slice(key.lastIndexOf('-') + 1);
  else if (key.includes('\\')) nameKey = key.slice(key.lastIndexOf('\\') + 1);
  else if (key.includes('@')) nameKey = key.slice(0, key.indexOf('@'));
  else if (key.startsWith('$')) add((parseInt(key.slice(1, 8), 36) ^ t.ctx.mask) >>> 0);
  add(t.table.byAlias.get(nameKey));
  const byName = t.table.byDisplayName.get(nameKey);
  if (typeof byName === 'number') add(byName);
  else if (byName) byName.forEach(add);
  for (const i of t.overrideCandidates(key)) add(i);
  for (const i of t.overrideCandidates(nameKey)) add(i);
  return [...candidates].filter((i) => mailboxMatches(t, i, key));
}

function mailboxMatches(t: Tenant, index: number, key: string): boolean {
  const o = t.mailbox(index).obj;
  const eq = (v: unknown) => typeof v === 'string' && v.toLowerCase() === key;
  if ([o.Name, o.Alias, o.DisplayName, o.UserPrincipalName, o.DistinguishedName, o.LegacyExchangeDN, o.SamAccountName, o.PrimarySmtpAddress].some(eq)) return true;
  if ((o.EmailAddresses as string[]).some((e) => e.slice(e.indexOf(':') + 1).toLowerCase() === key)) return true;
  if (key.includes('\\')) {
    const [domain, alias] = [key.slice(0, key.lastIndexOf('\\')), key.slice(key.lastIndexOf('\\') + 1)];
    const domains = [t.ctx.label, t.ctx.forest.toLowerCase(), t.ctx.domain, t.ctx.initialDomain];
    return domains.includes(domain) && String(o.Alias).toLowerCase() === alias;
  }
  return false;
}

export function resolveMailbox(t: Tenant, input: string, includeRemoved = false): number {
  const found = findMailboxes(t, input, includeRemoved);
  if (found.length === 0) throw notFound(input, t.ctx.dc);
  if (found.length > 1) throw ambiguous(input);
  return found[0]!;
}

function groupMatches(t: Tenant, g: GroupRecord, key: string, re?: RegExp): boolean {
  const smtp = `${g.alias}@${t.ctx.domain}`;
  const values = [g.name, g.alias, g.displayName, smtp, g.id, `${g.alias}@${t.ctx.initialDomain}`, `cn=${g.name},ou=${t.ctx.initialDomain}`];
  if (re) return values.slice(0, 4).some((v) => re.test(v));
  return values.some((v) => v.toLowerCase() === key) || key.startsWith(`cn=${g.name.toLowerCase()},`);
}

export function findGroups(t: Tenant, input: string): GroupRecord[] {
  const key = input.trim().toLowerCase();
  const re = key.includes('*') ? likeToRegExp(input.trim()) : undefined;
  return [...t.groups.values()].filter((g) => groupMatches(t, g, key, re));
}

export function resolveGroup(t: Tenant, input: string): GroupRecord {
  const found = findGroups(t, input);
  if (found.length === 0) throw notFound(input, t.ctx.dc);
  if (found.length > 1) throw ambiguous(input);
  return found[0]!;
}

export function findUnifiedGroups(t: Tenant, input: string): number[] {
  const key = input.trim().toLowerCase();
  const re = key.includes('*') ? likeToRegExp(input.trim()) : undefined;
  const out: number[] = [];
  for (let j = 0; j < unifiedGroupCount(t); j++) {
    const keys = unifiedGroupKeys(t, j);
    if (re ? keys.slice(0, 3).some((k) => re.test(k)) : keys.some((k) => k.toLowerCase() === key)) out.push(j);
  }
  return out;
}

export type RecipientRef = { kind: 'mailbox'; index: number } | { kind: 'group'; group: GroupRecord } | { kind: 'unified'; index: number };

export function findRecipients(t: Tenant, input: string): RecipientRef[] {
  return [
    ...findMailboxes(t, input).map((index) => ({ kind: 'mailbox' as const, index })),
    ...findGroups(t, input).map((group) => ({ kind: 'group' as const, group })),
    ...findUnifiedGroups(t, input).map((index) => ({ kind: 'unified' as const, index })),
  ];
}

export function resolveRecipient(t: Tenant, input: string): RecipientRef {
  const found = findRecipients(t, input);
  if (found.length === 0) throw notFound(input, t.ctx.dc);
  if (found.length > 1) throw ambiguous(input);
  return found[0]!;
}

/** A folder identity `mailbox:\Folder\Sub` split into its mailbox and folder path. */
export function splitFolderIdentity(input: string): { mailbox: string; folder: string } {
  const at = input.indexOf(':\\');
  if (at < 0) return { mailbox: input, folder: '' };
  return { mailbox: input.slice(0, at), folder: input.slice(at + 2) };
}
