import { Rng } from '../util/prng.js';
import { deterministicGuid } from '../util/guid.js';
import { DAY_MS } from '../util/dates.js';
import type { Obj } from './mailbox.js';
import type { TransportRuleRecord } from './records.js';
import type { Tenant } from './tenant.js';

export function organizationConfigObject(t: Tenant): Obj {
  const c = t.ctx;
  return {
    Name: c.initialDomain,
    DisplayName: c.label.charAt(0).toUpperCase() + c.label.slice(1),
    Identity: c.initialDomain,
    Guid: c.exchangeOrgGuid,
    OrganizationId: c.organizationId,
    IsDehydrated: false,
    AuditDisabled: false,
    OAuth2ClientProfileEnabled: true,
    AutoExpandingArchiveEnabled: false,
    ActivityBasedAuthenticationTimeoutEnabled: true,
    ActivityBasedAuthenticationTimeoutInterval: '06:00:00',
    MailTipsAllTipsEnabled: true,
    MailTipsExternalRecipientsTipsEnabled: false,
    MailTipsGroupMetricsEnabled: true,
    MailTipsLargeAudienceThreshold: 25,
    MailTipsMailboxSourcedTipsEnabled: true,
    EwsApplicationAccessPolicy: null,
    EwsAllowList: null,
    EwsBlockList: null,
    EwsEnabled: null,
    DefaultGroupAccessType: 'Private',
    DistributionGroupNamingPolicy: '',
    DistributionGroupNameBlockedWordsList: [],
    DistributionGroupDefaultOU: null,
    BookingsEnabled: true,
    ConnectorsEnabled: true,
    CustomerLockboxEnabled: false,
    FocusedInboxOn: true,
    PublicFoldersEnabled: 'Local',
    SendFromAliasEnabled: false,
    SmtpActiveSyncEnabled: false,
    InPlaceHolds: [],
    AdminDisplayVersion: '0.20 (15.20.8857.020)',
    ExchangeVersion: '0.20 (15.0.0.0)',
    WhenCreated: new Date(c.epoch - 2500 * DAY_MS),
    WhenChanged: new Date(c.epoch - 40 * DAY_MS),
    IsValid: true,
  };
}

export function acceptedDomainObjects(t: Tenant): Obj[] {
  const c = t.ctx;
  const names = [c.initialDomain, ...(c.domain !== c.initialDomain ? [c.domain] : []), `${c.label}.mail.onmicrosoft.com`];
  return names.map((domain) => ({
    Name: domain,
    DomainName: domain,
    DomainType: 'Authoritative',
    Default: domain === c.domain,
    InitialDomain: domain === c.initialDomain,
    MatchSubDomains: false,
    AddressBookEnabled: true,
    SendingFromDomainDisabled: false,
    OutboundOnly: false,
    IsCoexistenceDomain: domain.endsWith('.mail.onmicrosoft.com'),
    AuthenticationType: 'Managed',
    Identity: domain,
    Guid: deterministicGuid(`${c.key}|domain|${domain}`),
    WhenCreated: new Date(c.epoch - 2500 * DAY_MS),
    IsValid: true,
  }));
}

export function transportRuleObject(r: TransportRuleRecord): Obj {
  const lines: string[] = ['If the message:'];
  const actions: string[] = ['Take the following actions:'];
  for (const [k, v] of Object.entries(r.settings)) {
    const text = Array.isArray(v) ? v.map((x) => `'${String(x)}'`).join(' or ') : `'${String(v)}'`;
    (/^(From|SentTo|Subject|Attachment|Header|Recipient|Sender|ExceptIf|Has|Message)/.test(k) ? lines : actions).push(`\t${k} ${text}`);
  }
  return {
    Name: r.name,
    State: r.state,
    Mode: r.mode,
    Priority: r.priority,
    Comments: r.comments,
    Description: [...lines, ...actions].join('\r\n'),
    StopRuleProcessing: r.stopRuleProcessing,
    ...r.settings,
    RuleVersion: '15.0.5.2',
    CreatedBy: r.createdBy,
    LastModifiedBy: r.createdBy,
    WhenChanged: r.whenChanged,
    Identity: r.name,
    Guid: r.id,
    ImmutableId: r.id,
    IsValid: true,
  };
}

const SUBJECTS = ['Quarterly report', 'Team lunch', 'Re: Project update', 'Invoice', 'Meeting notes', 'Welcome aboard', 'Fw: Contract draft', 'Weekly sync', 'Travel plans', 'Password expiry notice'];
const EXTERNAL = ['fabrikam.com', 'northwindtraders.com', 'adatum.com', 'tailspintoys.com', 'litwareinc.com'];
const STATUS: Array<[string, number]> = [['Delivered', 0.86], ['FilteredAsSpam', 0.05], ['Failed', 0.03], ['Quarantined', 0.02], ['Expanded', 0.02], ['Pending', 0.02]];

/**
 * Get-MessageTraceV2 traffic: each hour bucket is generated from its own key
 * (so results are stable and need no storage), newest first.
 */
export function* messageTraces(t: Tenant, start: Date, end: Date): Generator<Obj> {
  const HOUR = 3_600_000;
  const perHour = Math.max(1, Math.min(40, Math.round(t.seededCount / 10)));
  for (let h = Math.floor(end.getTime() / HOUR); h >= Math.floor(start.getTime() / HOUR); h--) {
    const rng = new Rng(`${t.ctx.key}|trace|${h}`);
    const rows: Obj[] = [];
    const n = rng.int(0, perHour);
    for (let k = 0; k < n; k++) {
      const at = new Date(h * HOUR + rng.int(0, HOUR - 1));
      const inbound = rng.chance(0.5);
      const local = t.mailbox(rng.int(0, t.seededCount - 1)).obj.PrimarySmtpAddress as string;
      const ext = `${rng.pick(['john', 'maria', 'sales', 'info', 'billing'])}@${rng.pick(EXTERNAL)}`;
      let roll = rng.next();
      let status = 'Delivered';
      for (const [s, p] of STATUS) {
        if (roll < p) {
          status = s;
          break;
        }
        roll -= p;
      }
      rows.push({
        Received: at,
        SenderAddress: inbound ? ext : local,
        RecipientAddress: inbound ? local : ext,
        Subject: rng.pick(SUBJECTS),
        Status: status,
        ToIP: inbound ? null : `40.107.${rng.int(0, 255)}.${rng.int(1, 254)}`,
        FromIP: inbound ? `52.100.${rng.int(0, 255)}.${rng.int(1, 254)}` : `2a01:111:f403:${rng.hex(4)}::${rng.int(100, 999)}`,
        Size: rng.int(2_000, 4_000_000),
        MessageId: `<${rng.hex(24).toUpperCase()}@${inbound ? ext.split('@')[1] : t.ctx.domain}>`,
        MessageTraceId: deterministicGuid(`${t.ctx.key}|trace|${h}|${k}`),
        Organization: t.ctx.initialDomain,
      });
    }
    rows.sort((a, b) => (b.Received as Date).getTime() - (a.Received as Date).getTime());
    for (const r of rows) if ((r.Received as Date) >= start && (r.Received as Date) <= end) yield r;
  }
}
