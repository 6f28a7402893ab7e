import { Rng } from '../util/prng.js';
import { deterministicGuid } from '../util/guid.js';
import { DAY_MS } from '../util/dates.js';
import { DEPARTMENTS, OFFICES } from './names.js';
import type { TenantContext } from './context.js';
import type { SeedTable } from './seed-table.js';
import type { GroupRecord, MemberRef, TransportRuleRecord } from './records.js';

/** Distribution groups of a tenant: about one per 20 mailboxes (3 to 2,000), with members. */
export function seedGroups(ctx: TenantContext, table: SeedTable): GroupRecord[] {
  const count = Math.min(2000, Math.max(3, Math.round(table.count / 20)));
  const groups: GroupRecord[] = [];
  const used = new Map<string, number>();
  for (let j = 0; j < count; j++) {
    const rng = new Rng(`${ctx.key}|dg|${j}`);
    const dept = rng.pick(DEPARTMENTS);
    const style = j === 0 ? 0 : rng.int(0, 3);
    const base = style === 0 ? (j === 0 ? 'All Staff' : `All ${dept}`) : style === 1 ? `${dept} Team` : style === 2 ? `${dept} ${rng.pick(OFFICES)}` : `${dept} Managers`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    const displayName = n > 1 ? `${base} ${n}` : base;
    const members = pickMembers(rng, table, rng.int(3, 40));
    const created = ctx.epoch - rng.int(30, 1500) * DAY_MS;
    groups.push({
      id: deterministicGuid(`${ctx.key}|dg|${j}`),
      name: displayName,
      alias: displayName.replace(/[^A-Za-z0-9]/g, ''),
      displayName,
      type: style === 3 ? 'Security' : 'Distribution',
      members,
      managedBy: [0],
      memberJoinRestriction: 'Closed',
      memberDepartRestriction: 'Closed',
      requireSenderAuthenticationEnabled: true,
      hiddenFromAddressListsEnabled: false,
      notes: null,
      whenCreated: new Date(created),
      whenChanged: new Date(Math.min(ctx.epoch, created + rng.int(0, 400) * DAY_MS)),
    });
  }
  return groups;
}

function pickMembers(rng: Rng, table: SeedTable, want: number): MemberRef[] {
  const out = new Set<number>();
  const n = table.count;
  for (let tries = 0; out.size < Math.min(want, n) && tries < want * 4; tries++) {
    const i = rng.int(0, n - 1);
    if (table.base(i).kind === 'user') out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

export function seedTransportRules(ctx: TenantContext): TransportRuleRecord[] {
  const at = new Date(ctx.epoch - 200 * DAY_MS);
  const rule = (n: number, name: string, settings: Record<string, unknown>, state: 'Enabled' | 'Disabled' = 'Enabled', comments: string | null = null): TransportRuleRecord => ({
    id: deterministicGuid(`${ctx.key}|tr|${n}`),
    name,
    priority: n,
    state,
    mode: 'Enforce',
    comments,
    stopRuleProcessing: false,
    settings,
    whenChanged: at,
    createdBy: 'MOD Administrator',
  });
  return [
    rule(0, 'External email disclaimer', { FromScope: 'InOrganization', SentToScope: 'NotInOrganization', ApplyHtmlDisclaimerText: 'This message was sent from outside the organization.', ApplyHtmlDisclaimerLocation: 'Append' }),
    rule(1, 'Block executable attachments', { AttachmentExtensionMatchesWords: ['exe', 'bat', 'cmd'], RejectMessageReasonText: 'Executable attachments are not allowed.' }),
    rule(2, 'Copy legal mail to archive', { SentTo: [`legal@${ctx.domain}`], BlindCopyTo: [`admin@${ctx.domain}`] }, 'Disabled', 'Retained for audit'),
  ];
}
