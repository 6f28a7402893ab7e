import { Rng } from '../util/prng.js';
import { deterministicGuid } from '../util/guid.js';
import { DAY_MS } from '../util/dates.js';
import { DEPARTMENTS } from './names.js';
import { distinguishedName } from './context.js';
import type { Obj } from './mailbox.js';
import type { Tenant } from './tenant.js';

const TOPICS = ['Project', 'Planning', 'Launch', 'Community', 'Leadership', 'Events', 'Hiring', 'Onboarding'] as const;

/** Microsoft 365 groups: about one per 40 mailboxes (2 to 1,000), derived from their index. */
export function unifiedGroupCount(t: Tenant): number {
  return Math.min(1000, Math.max(2, Math.round(t.seededCount / 40)));
}

interface UnifiedFacts {
  displayName: string;
  alias: string;
  id: string;
  edoid: string;
  members: number[];
  owners: number[];
  team: boolean;
  accessType: 'Public' | 'Private';
  created: Date;
}

function facts(t: Tenant, j: number): UnifiedFacts {
  const rng = new Rng(`${t.ctx.key}|ug|${j}`);
  const displayName = `${rng.pick(DEPARTMENTS)} ${rng.pick(TOPICS)} ${j + 1}`;
  const members: number[] = [];
  const want = rng.int(2, 25);
  for (let k = 0; k < want * 3 && members.length < want; k++) {
    const i = rng.int(0, t.seededCount - 1);
    if (t.table.base(i).kind === 'user' && !members.includes(i)) members.push(i);
  }
  if (members.length === 0) members.push(0);
  return {
    displayName,
    alias: displayName.replace(/[^A-Za-z0-9]/g, ''),
    id: deterministicGuid(`${t.ctx.key}|ug|${j}`),
    edoid: deterministicGuid(`${t.ctx.key}|ug-edoid|${j}`),
    members: members.sort((a, b) => a - b),
    owners: members.slice(0, 1),
    team: rng.chance(0.5),
    accessType: rng.chance(0.7) ? 'Private' : 'Public',
    created: new Date(t.ctx.epoch - rng.int(20, 1200) * DAY_MS),
  };
}

export function unifiedGroupKeys(t: Tenant, j: number): string[] {
  const f = facts(t, j);
  return [f.displayName, f.alias, `${f.alias}@${t.ctx.domain}`, f.id, f.edoid];
}

export function unifiedGroupMembers(t: Tenant, j: number): number[] {
  return facts(t, j).members;
}

export function unifiedGroupObject(t: Tenant, j: number): Obj {
  const f = facts(t, j);
  const name = `${f.alias}_${f.id.slice(0, 10).replace(/-/g, '')}`;
  const owner = (i: number) => t.mailbox(i).obj.Name as string;
  return {
    Name: name,
    DisplayName: f.displayName,
    Alias: f.alias,
    PrimarySmtpAddress: `${f.alias}@${t.ctx.domain}`,
    EmailAddresses: [`SMTP:${f.alias}@${t.ctx.domain}`, `SPO:SPO_${deterministicGuid(`${t.ctx.key}|ugspo|${j}`)}@SPO_${t.ctx.tenantId}`],
    Notes: `Group for ${f.displayName}`,
    AccessType: f.accessType,
    ManagedBy: f.owners.map(owner),
    ResourceProvisioningOptions: f.team ? ['Team'] : [],
    ResourceBehaviorOptions: [],
    GroupMemberCount: f.members.length,
    GroupExternalMemberCount: 0,
    HiddenGroupMembershipEnabled: false,
    HiddenFromAddressListsEnabled: !f.team ? false : true,
    SharePointSiteUrl: `https://${t.ctx.label}.sharepoint.com/sites/${f.alias}`,
    ExternalDirectoryObjectId: f.edoid,
    RecipientType: 'MailUniversalDistributionGroup',
    RecipientTypeDetails: 'GroupMailbox',
    Identity: name,
    Id: name,
    DistinguishedName: distinguishedName(t.ctx, name),
    Guid: f.id,
    ExchangeObjectId: f.id,
    WhenCreated: f.created,
    WhenChanged: f.created,
    WhenCreatedUTC: f.created,
    WhenChangedUTC: f.created,
    IsValid: true,
  };
}
