import { hash32 } from '../util/prng.js';
import { deterministicGuid } from '../util/guid.js';

/** Constants of one tenant, derived from its seed and domain. */
export interface TenantContext {
  tenantId: string;
  /** The domain the tenant was created with (primary SMTP domain). */
  domain: string;
  /** `<label>.onmicrosoft.com`. */
  initialDomain: string;
  label: string;
  seed: number;
  /** Prefix of every seeded key, so two tenants never share data. */
  key: string;
  /** Time the tenant was first created; seeded dates are relative to it. */
  epoch: number;
  mask: number;
  /** Directory server named in not-found errors. */
  dc: string;
  forest: string;
  organizationId: string;
  exchangeOrgGuid: string;
}

export function tenantContext(tenantId: string, domain: string, seed: number, epoch: number): TenantContext {
  const lower = domain.toLowerCase();
  const label = lower.split('.')[0]!;
  const key = `${seed}|${lower}`;
  const h = hash32(key);
  const region = ['NAMPR', 'EURPR', 'APCPR', 'CANPR'][h % 4]!;
  const forest = `${region}${String(10 + (h % 80)).padStart(2, '0')}A${String(1 + (h % 9)).padStart(3, '0')}`;
  return {
    tenantId,
    domain: lower,
    initialDomain: lower.endsWith('.onmicrosoft.com') ? lower : `${label}.onmicrosoft.com`,
    label,
    seed,
    key,
    epoch,
    mask: h & 0x7fffffff,
    dc: `${forest.slice(0, 7)}${forest.slice(7)}DC0${(h >>> 8) % 10}.${forest}.PROD.OUTLOOK.COM`,
    forest,
    organizationId: `${forest}.PROD.OUTLOOK.COM/Microsoft Exchange Hosted Organizations/${lower.endsWith('.onmicrosoft.com') ? lower : `${label}.onmicrosoft.com`} - ${forest}.PROD.OUTLOOK.COM/ConfigurationUnits/${lower}/Configuration`,
    exchangeOrgGuid: deterministicGuid(`${key}|org`),
  };
}

export function distinguishedName(ctx: TenantContext, name: string): string {
  return `CN=${name},OU=${ctx.initialDomain},OU=Microsoft Exchange Hosted Organizations,DC=${ctx.forest},DC=PROD,DC=OUTLOOK,DC=COM`;
}
