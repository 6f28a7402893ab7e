import type { CallerIdentity, SandboxRequest, SandboxResponse } from '../../http/types.js';
import { findCmdlet } from '../cmdlets/registry.js';
import { arrayResults, Params, type Results } from '../cmdlets/types.js';
import { ExchangeError } from '../errors.js';
import type { Obj } from '../model/mailbox.js';
import type { Tenant } from '../model/tenant.js';
import { parseODataFilter } from '../odata/filter.js';
import { compileFilter } from '../opath/evaluate.js';
import { decodeToken, encodeToken, preferredPageSize, takePage } from './paging.js';
import { PROPERTY_SETS } from './property-sets.js';
import { errorResponse, requestIdOf, serviceHeaders, toExchangeError } from './responses.js';
import { envelopeJson, memberSet, project, wireJson, wireObjects } from './wire.js';

/** A request on the Get-EXO* OData surface, mapped to the server cmdlet that answers it. */
interface Plan {
  cmdlet: string;
  params: Record<string, unknown>;
  entitySet: keyof typeof PROPERTY_SETS | 'MailboxPermission' | 'MailboxFolderPermission' | 'MailboxFolderStatistics' | 'MobileDeviceStatistics' | 'RecipientPermission';
  single: boolean;
}

const SEGMENT = /^([A-Za-z][A-Za-z0-9.]*)(?:\((.*)\))?$/s;

/** Parses `Name('key')` or `Name(arg='x',arg2=Type'y')`. */
function segment(text: string): { name: string; args?: string } {
  const m = SEGMENT.exec(text);
  if (!m) throw badRequest(`Resource not found for the segment '${text}'.`, 404);
  return { name: m[1]!, args: m[2] };
}

function keyOf(args: string | undefined, encoded: boolean): string | undefined {
  if (args === undefined || args === '') return undefined;
  const m = /^'(.*)'$/s.exec(args.trim());
  const raw = m ? m[1]!.replace(/''/g, "'") : args.trim();
  return encoded ? Buffer.from(raw, 'base64').toString('utf8') : raw;
}

function namedArgs(args: string | undefined, encoded: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of (args ?? '').matchAll(/(\w+)\s*=\s*(?:[\w.]+)?'((?:[^']|'')*)'|(\w+)\s*=\s*([^,]+)/g)) {
    if (m[1]) out[m[1].toLowerCase()] = m[2]!.replace(/''/g, "'");
    else if (m[4]!.trim() !== 'null') out[m[3]!.toLowerCase()] = m[4]!.trim();
  }
  if (encoded) for (const k of ['identity', 'trustee']) if (out[k]) out[k] = Buffer.from(out[k], 'base64').toString('utf8');
  return out;
}

function plan(segments: string[], query: URLSearchParams): Plan {
  const encoded = /^true$/i.test(query.get('isEncoded') ?? query.get('IsEncoded') ?? '');
  const [first, second, third] = segments.map(segment);
  const lookup = (name: string) => [...query.keys()].find((k) => k.toLowerCase() === name.toLowerCase());
  const option = (name: string) => {
    const k = lookup(name);
    return k ? query.get(k)! : undefined;
  };
  const key = keyOf(first?.args, encoded);
  const listParams = (): Record<string, unknown> => {
    const p: Record<string, unknown> = {};
    if (option('Anr')) p.Anr = option('Anr');
    if (option('RecipientTypeDetails')) p.RecipientTypeDetails = option('RecipientTypeDetails')!.split(',');
    if (option('RecipientType')) p.RecipientType = option('RecipientType')!.split(',');
    if (/^true$/i.test(option('SoftDeletedMailbox') ?? '')) p.SoftDeletedMailbox = true;
    // A client may also pass the OPATH filter untranslated, as `Filter=`.
    if (option('Filter')) p.Filter = option('Filter');
    if (key !== undefined) p.Identity = key;
    return p;
  };
  switch (first?.name.toLowerCase()) {
    case 'mailbox': {
      if (!second) return { cmdlet: 'Get-Mailbox', params: listParams(), entitySet: 'Mailbox', single: key !== undefined };
      if (key === undefined && second.name.toLowerCase() === 'exchange.getmailboxstatisticsv2') {
        const guid = namedArgs(second.args, false).mailboxguid;
        if (!guid) throw badRequest("The parameter 'mailboxGuid' is required.");
        return { cmdlet: 'Get-MailboxStatistics', params: { Identity: guid }, entitySet: 'MailboxStatistics', single: false };
      }
      if (key === undefined) throw badRequest('A mailbox key is required for this navigation.');
      const nav = second.name.toLowerCase();
      if (nav === 'exchange.getmailboxstatistics') return { cmdlet: 'Get-MailboxStatistics', params: { Identity: key, Archive: /^true$/i.test(option('Archive') ?? '') }, entitySet: 'MailboxStatistics', single: false };
      if (nav === 'mailboxpermission') return { cmdlet: 'Get-MailboxPermission', params: { Identity: key, ...(option('User') ? { User: option('User') } : {}) }, entitySet: 'MailboxPermission', single: false };
      if (nav === 'mailboxfolder' && third?.name.toLowerCase() === 'mailboxfolderpermission') {
        const folder = keyOf(second.args, encoded) ?? '';
        return { cmdlet: 'Get-MailboxFolderPermission', params: { Identity: `${key}:${folder.startsWith('\\') ? folder : `\\${folder}`}` }, entitySet: 'MailboxFolderPermission', single: false };
      }
      if (nav === 'mailboxfolder' && third?.name.toLowerCase() === 'exchange.getmailboxfolderstatistics') {
        const scope = namedArgs(third.args, false).folderscope ?? 'All';
        return { cmdlet: 'Get-MailboxFolderStatistics', params: { Identity: key, FolderScope: scope }, entitySet: 'MailboxFolderStatistics', single: false };
      }
      if (nav === 'mobiledevice') return { cmdlet: 'Get-MobileDevice', params: { Mailbox: key }, entitySet: 'MobileDeviceStatistics', single: false };
      break;
    }
    case 'recipient': {
      if (second?.name.toLowerCase() === 'exchange.bysmtpaddress') return { cmdlet: 'Get-Recipient', params: { Identity: namedArgs(second.args, false).smtpaddress }, entitySet: 'Recipient', single: false };
      if (second?.name.toLowerCase() === 'exchange.getrecipientpermissionbyfilters') {
        const a = namedArgs(second.args, encoded);
        const p: Record<string, unknown> = {};
        if (a.identity) p.Identity = a.identity;
        if (a.trustee) p.Trustee = a.trustee;
        if (a.accessrights) p.AccessRights = a.accessrights;
        return { cmdlet: 'Get-RecipientPermission', params: p, entitySet: 'RecipientPermission', single: false };
      }
      if (!second) return { cmdlet: 'Get-Recipient', params: listParams(), entitySet: 'Recipient', single: key !== undefined };
      break;
    }
    case 'casmailbox': {
      if (second?.name.toLowerCase() === 'exchange.bysmtpaddress') return { cmdlet: 'Get-CASMailbox', params: { Identity: namedArgs(second.args, false).smtpaddress }, entitySet: 'CasMailbox', single: false };
      if (!second) return { cmdlet: 'Get-CASMailbox', params: listParams(), entitySet: 'CasMailbox', single: key !== undefined };
      break;
    }
  }
  throw badRequest(`Resource not found for the segment '${segments.join('/')}'.`, 404);
}

function badRequest(message: string, status = 400): ExchangeError {
  return new ExchangeError(status, 'Microsoft.OData.ODataException', message, '', status === 404 ? 'NotFound' : 'BadRequest');
}

/** Which properties to return: the requested property sets (always with Minimum) plus `$select`. */
function selection(entitySet: Plan['entitySet'], query: URLSearchParams, sample: Obj | undefined): string[] | undefined {
  const sets = PROPERTY_SETS[entitySet as keyof typeof PROPERTY_SETS];
  if (!sets) return undefined;
  const requested = (query.get('PropertySet') ?? query.get('PropertySets') ?? 'Minimum').split(',').map((s) => s.trim()).filter(Boolean);
  const names = new Set<string>();
  for (const r of requested) {
    if (/^all$/i.test(r)) return undefined;
    const set = Object.keys(sets).find((s) => s.toLowerCase() === r.toLowerCase());
    if (!set) throw badRequest(`The value '${r}' is not valid for the PropertySet query option.`);
    sets[set]!.forEach((n) => names.add(n));
  }
  sets.Minimum!.forEach((n) => names.add(n));
  const select = query.get('$select');
  if (select) {
    const known = new Map(Object.keys(sample ?? {}).map((k) => [k.toLowerCase(), k]));
    for (const s of select.split(',').map((x) => x.trim()).filter(Boolean)) {
      if (sample && !known.has(s.toLowerCase())) throw badRequest(`Could not find a property named '${s}' on type 'Exchange.${entitySet}'.`);
      names.add(known.get(s.toLowerCase()) ?? s);
    }
  }
  return [...names];
}

/** `GET /adminapi/beta/{tenant}/<EntitySet>…` for the Get-EXO* cmdlets (exo-protocol.md §3.2). */
export function entityRequest(req: SandboxRequest, tenantSegment: string, segments: string[], caller: CallerIdentity, tenant: Tenant): SandboxResponse {
  const requestId = requestIdOf(req.headers);
  const warnings: string[] = [];
  try {
    if (caller.exchangeRole === 'none') throw new ExchangeError(403, 'Microsoft.Exchange.Configuration.Authorization.CmdletAccessDeniedException', "The user isn't assigned to any management roles.", '', 'Forbidden');
    const p = plan(segments, req.query);
    const cmdlet = findCmdlet(p.cmdlet)!;
    const out = cmdlet.run({ tenant, params: new Params(p.params), caller, now: new Date(), warnings });
    let results: Results = Array.isArray(out) ? arrayResults(out) : out && typeof (out as Results).from === 'function' ? (out as Results) : arrayResults(out ? [out as Obj] : []);
    const filterText = req.query.get('$filter');
    if (filterText) {
      const tree = parseODataFilter(filterText);
      const first = results.from(0)[Symbol.iterator]().next();
      const predicate = first.done ? undefined : compileFilter(tree, Object.keys(first.value[1]));
      const inner = results;
      results = { *from(position) {
        if (!predicate) return;
        for (const entry of inner.from(position)) if (predicate(entry[1])) yield entry;
      } };
    }
    const token = decodeToken(req.query.get('$skiptoken'));
    if (!token) throw badRequest('The $skiptoken value is not valid.');
    const top = req.query.get('$top');
    const limit = top !== null ? Number(top) : Infinity;
    if (!Number.isInteger(limit) && limit !== Infinity) throw badRequest(`Invalid value '${top}' for $top query option found.`);
    const page = takePage(results, token, preferredPageSize(req.headers['prefer'], 100), limit);
    const names = selection(p.entitySet, req.query, page.items[0]);
    const want = names ? memberSet(names) : undefined;
    const context = `${req.origin}/adminapi/beta/${tenantSegment}/$metadata#${p.entitySet}`;
    const headers: Record<string, string> = serviceHeaders(tenant.ctx, requestId);
    if (warnings.length) headers['x-warnings'] = warnings.join('<eow>');
    if (p.single) {
      if (page.items.length === 0) throw new ExchangeError(404, 'Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException', `The operation couldn't be performed because object '${String(p.params.Identity)}' couldn't be found on '${tenant.ctx.dc}'.`, 'Ex6F9304', 'NotFound');
      return { status: 200, headers, body: `{${JSON.stringify({ '@odata.context': `${context}/$entity` }).slice(1, -1)},${wireJson(want ? project(page.items[0]!, want) : page.items[0]!, false).slice(1)}` };
    }
    const tail: Record<string, unknown> = {};
    if (page.next) {
      const q = new URLSearchParams(req.query);
      q.set('$skiptoken', encodeToken(page.next));
      tail['@odata.nextLink'] = `${req.origin}${req.path}?${q.toString()}`;
    }
    return { status: 200, headers, body: envelopeJson({ '@odata.context': context }, wireObjects(page.items, false, want), tail) };
  } catch (e) {
    return errorResponse(toExchangeError(e), tenant.ctx, requestId, warnings);
  }
}
