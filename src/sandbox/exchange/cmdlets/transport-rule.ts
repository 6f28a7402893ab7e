import { alreadyExists, ambiguous, badArgument, notFound } from '../errors.js';
import { deterministicGuid } from '../util/guid.js';
import { transportRuleObject } from '../model/organization.js';
import type { TransportRuleRecord } from '../model/records.js';
import type { Tenant } from '../model/tenant.js';
import { filterPredicate } from './listing.js';
import { arrayResults, type CmdletContext, type Params, type ServerCmdlet } from './types.js';

const OWN = new Set(['identity', 'name', 'priority', 'enabled', 'mode', 'comments', 'stoprulesprocessing', 'stoprulprocessing', 'stopruleprocessing', 'state']);
const COMMON = new Set(['confirm', 'whatif', 'erroraction', 'warningaction', 'verbose', 'debug', 'errorvariable', 'warningvariable', 'outvariable', 'outbuffer', 'informationaction', 'informationvariable', 'pipelinevariable', 'force']);
const MODES = ['Audit', 'AuditAndNotify', 'Enforce'];

function sorted(t: Tenant): TransportRuleRecord[] {
  return [...t.transportRules.values()].sort((a, b) => a.priority - b.priority);
}

function resolveRule(t: Tenant, identity: string): TransportRuleRecord {
  const found = sorted(t).filter((r) => r.name.toLowerCase() === identity.toLowerCase() || r.id === identity.toLowerCase());
  if (found.length === 0) throw notFound(identity, t.ctx.dc);
  if (found.length > 1) throw ambiguous(identity);
  return found[0]!;
}

/** Places `rule` at its priority and renumbers the others 0..n-1, committing every change. */
function place(t: Tenant, rule: TransportRuleRecord, priority: number | undefined): void {
  const others = sorted(t).filter((r) => r.id !== rule.id);
  const at = priority === undefined ? others.length : priority;
  if (at < 0 || at > others.length) throw badArgument(`The value of parameter Priority must be between 0 and ${others.length}.`);
  others.splice(at, 0, rule);
  others.forEach((r, k) => {
    if (r === rule || r.priority !== k) t.commit({ op: 'tr.put', rule: { ...r, priority: k } });
  });
}

function settingsFrom(ctx: CmdletContext, current: Record<string, unknown>): Record<string, unknown> {
  const out = { ...current };
  for (const name of ctx.params.names()) {
    const key = name.toLowerCase();
    if (OWN.has(key) || COMMON.has(key)) continue;
    const v = ctx.params.raw(name);
    if (v === null) delete out[name];
    else out[name] = v;
  }
  return out;
}

function mode(ctx: CmdletContext, fallback: string): string {
  const m = ctx.params.string('Mode');
  if (m === undefined) return fallback;
  const c = MODES.find((x) => x.toLowerCase() === m.toLowerCase());
  if (!c) throw badArgument(`Cannot process argument transformation on parameter 'Mode'. Cannot convert value "${m}" to type "Microsoft.Exchange.MessagingPolicies.Rules.RuleMode". Error: "Unable to match the identifier name ${m} to a valid enumerator name. Specify one of the following enumerator names and try again: ${MODES.join(', ')}"`);
  return c;
}

export const getTransportRule: ServerCmdlet = {
  name: 'Get-TransportRule',
  write: false,
  run(ctx) {
    const t = ctx.tenant;
    const identity = ctx.params.string('Identity');
    let rules = identity !== undefined ? [resolveRule(t, identity)] : sorted(t);
    const state = ctx.params.string('State');
    if (state) rules = rules.filter((r) => r.state.toLowerCase() === state.toLowerCase());
    const predicate = filterPredicate(ctx, ['Description']);
    return arrayResults(rules.map(transportRuleObject).filter((o) => !predicate || predicate(o)));
  },
};

const target = (p: Params) => p.string('Identity') ?? p.string('Name') ?? '';

export const newTransportRule: ServerCmdlet = {
  name: 'New-TransportRule',
  write: true,
  target,
  run(ctx) {
    const t = ctx.tenant;
    const name = ctx.params.required('Name');
    if (sorted(t).some((r) => r.name.toLowerCase() === name.toLowerCase())) throw alreadyExists(`A rule named '${name}' already exists.`);
    const rule: TransportRuleRecord = {
      id: deterministicGuid(`${t.ctx.key}|newtr|${name}|${ctx.now.getTime()}`),
      name,
      priority: 0,
      state: ctx.params.bool('Enabled') === false ? 'Disabled' : 'Enabled',
      mode: mode(ctx, 'Enforce'),
      comments: ctx.params.string('Comments') ?? null,
      stopRuleProcessing: ctx.params.bool('StopRuleProcessing') ?? false,
      settings: settingsFrom(ctx, {}),
      whenChanged: ctx.now,
      createdBy: ctx.caller.userPrincipalName ?? ctx.caller.appId ?? 'Administrator',
    };
    place(t, rule, ctx.params.int('Priority'));
    return transportRuleObject(t.transportRules.get(rule.id)!);
  },
};

export const setTransportRule: ServerCmdlet = {
  name: 'Set-TransportRule',
  write: true,
  target,
  run(ctx) {
    const t = ctx.tenant;
    const current = resolveRule(t, ctx.params.required('Identity'));
    const newName = ctx.params.string('Name');
    if (newName && newName.toLowerCase() !== current.name.toLowerCase() && sorted(t).some((r) => r.name.toLowerCase() === newName.toLowerCase()))
      throw alreadyExists(`A rule named '${newName}' already exists.`);
    const rule: TransportRuleRecord = {
      ...current,
      name: newName ?? current.name,
      mode: mode(ctx, current.mode),
      comments: ctx.params.given('Comments') ? (ctx.params.string('Comments') ?? null) : current.comments,
      stopRuleProcessing: ctx.params.bool('StopRuleProcessing') ?? current.stopRuleProcessing,
      settings: settingsFrom(ctx, current.settings),
      whenChanged: ctx.now,
    };
    if (ctx.params.has('Priority')) place(t, rule, ctx.params.int('Priority'));
    else t.commit({ op: 'tr.put', rule });
  },
};

export const removeTransportRule: ServerCmdlet = {
  name: 'Remove-TransportRule',
  write: true,
  target,
  run(ctx) {
    const t = ctx.tenant;
    const rule = resolveRule(t, ctx.params.required('Identity'));
    t.commit({ op: 'tr.remove', id: rule.id });
    sorted(t).forEach((r, k) => {
      if (r.priority !== k) t.commit({ op: 'tr.put', rule: { ...r, priority: k } });
    });
  },
};

function setState(name: 'Enable-TransportRule' | 'Disable-TransportRule', state: 'Enabled' | 'Disabled'): ServerCmdlet {
  return {
    name,
    write: true,
    target,
    run(ctx) {
      const t = ctx.tenant;
      const rule = resolveRule(t, ctx.params.required('Identity'));
      t.commit({ op: 'tr.put', rule: { ...rule, state, mode: state === 'Enabled' ? mode(ctx, rule.mode) : rule.mode, whenChanged: ctx.now } });
    },
  };
}

export const enableTransportRule = setState('Enable-TransportRule', 'Enabled');
export const disableTransportRule = setState('Disable-TransportRule', 'Disabled');
