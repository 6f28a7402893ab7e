/**
 * The nine Get-EXO* cmdlets: compiled into the module, never prefixed, run
 * over the OData entity sets (exo-protocol.md §3) of the connection flagged
 * ConnectionUsedForInbuiltCmdlets. Parameters come from the documented
 * syntax; identity parameters pick the identity in the module's order.
 */
import type { BoundParameters, CmdletContext, CmdletDefinition } from '../../repl/cmdlets/types.js';
import type { EntitySetRequest } from '../client/odata-query.js';
import type { CatalogCmdlet } from '../catalog/metadata.js';
import { defaultSetOf, parametersOf } from '../catalog/parameters.js';
import { typeNamesFor } from '../types/exchange-object.js';
import { exchangeObjects } from '../catalog/proxy-cmdlet.js';
import { CmdletActivity } from '../catalog/cmdlet-activity.js';
import { OrderedFanOut } from '../catalog/ordered-fan-out.js';
import { reportExchangeError } from '../catalog/report-error.js';
import type { ConnectionRegistry } from '../connections/registry.js';
import metadata from './exo-cmdlets.json' with { type: 'json' };

/**
 * Pipeline items a Get-EXO* cmdlet requests at once (`Get-EXOMailbox | Get-EXOMailboxStatistics`),
 * output kept in input order; -UseMultithreading $false makes it one at a time. The module's own
 * thread limit is not published.
 */
export const CMDLET_THREAD_LIMIT = 4;

export const NO_CONNECTION_MESSAGE = 'Create a session using Connect-ExchangeOnline or Connect-IPPSSession';

/** ExternalDirectoryObjectId > UserPrincipalName > PrimarySmtpAddress > Identity (> Mailbox), as IdentityCmdlet.ValidateIdentityParms ranks them. */
const IDENTITY_ORDER = ['ExternalDirectoryObjectId', 'UserPrincipalName', 'PrimarySmtpAddress', 'Identity', 'Mailbox'];
const QUERY_PARAMETERS = new Set(['propertysets', 'properties', 'filter', 'anr', 'resultsize', ...IDENTITY_ORDER.map((n) => n.toLowerCase())]);

const PROPERTY_SETS: Record<string, string[]> = {
  'Get-EXOMailbox': ['All', 'Minimum', 'AddressList', 'Archive', 'Audit', 'Custom', 'Delivery', 'Hold', 'Moderation', 'Move', 'Policy', 'PublicFolder', 'Quota', 'Resource', 'Retention', 'SCL', 'SoftDelete', 'StatisticsSeed'],
  'Get-EXOCasMailbox': ['Minimum', 'All', 'ProtocolSettings', 'Pop', 'Imap', 'ActiveSync', 'Mapi', 'Ews'],
  'Get-EXOMailboxStatistics': ['All', 'Minimum'],
  'Get-EXORecipient': ['All', 'Minimum', 'Custom', 'MailboxMove', 'Policy', 'Archive'],
};

function stringList(v: unknown): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  return (Array.isArray(v) ? v : [v]).map(String);
}

export function entityRequest(cmdlet: string, params: BoundParameters): EntitySetRequest {
  const get = (name: string) => {
    const k = Object.keys(params).find((x) => x.toLowerCase() === name.toLowerCase());
    return k === undefined ? undefined : params[k];
  };
  const identity = IDENTITY_ORDER.map(get).find((v) => v !== undefined && v !== null && v !== '');
  const extra: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    if (QUERY_PARAMETERS.has(k.toLowerCase()) || v === undefined || v === false) continue;
    extra[k] = Array.isArray(v) ? v.map(String).join(',') : String(v);
  }
  const resultSize = get('ResultSize') as number | 'Unlimited' | undefined;
  return {
    cmdlet,
    ...(identity !== undefined ? { identity: String(identity) } : {}),
    ...(stringList(get('PropertySets')) ? { propertySets: stringList(get('PropertySets')) } : {}),
    ...(stringList(get('Properties')) ? { properties: stringList(get('Properties')) } : {}),
    ...(get('Filter') !== undefined ? { filter: String(get('Filter')) } : {}),
    ...(get('Anr') !== undefined ? { anr: String(get('Anr')) } : {}),
    ...(resultSize !== undefined ? { resultSize } : {}),
    ...(Object.keys(extra).length ? { extra } : {}),
  };
}

function exoCmdlet(name: string, meta: CatalogCmdlet, registry: ConnectionRegistry): CmdletDefinition {
  const parameters = parametersOf(meta).map((p) => {
    // The cmdlets take their identity positionally (`Get-EXOMailboxStatistics $upn`) even where the docs omit the position.
    if (p.name === 'Identity' && p.position === undefined) return { ...p, position: 0 };
    if (p.name === 'PropertySets' && PROPERTY_SETS[name]) return { ...p, type: 'string[]' as const, validateSet: PROPERTY_SETS[name] };
    return p;
  });
  const typeNames = typeNamesFor(name);
  return {
    name,
    synopsis: `${name} (Exchange Online REST, compiled into ExchangeOnlineManagement)`,
    parameters,
    defaultParameterSet: defaultSetOf(meta),
    module: 'ExchangeOnlineManagement',
    outputType: [typeNames[0]!],
    create(ctx: CmdletContext) {
      const activity = new CmdletActivity(ctx, name);
      let fanOut: OrderedFanOut | undefined;
      return {
        process(params: BoundParameters, input) {
          const connection = registry.inbuilt();
          if (!connection) ctx.fail(new Error(NO_CONNECTION_MESSAGE), { category: 'NotSpecified', errorId: `System.Exception,Microsoft.Exchange.Management.RestApiClient.${name.replace('-', '')}`, exceptionType: 'System.Exception' });
          const records = () => exchangeObjects(connection.client.entitySet(entityRequest(name, params), { signal: ctx.signal, ...activity.sinks }), typeNames);
          if (!input.present || !connection.client.multithreading) return activity.run(records());
          fanOut ??= new OrderedFanOut(CMDLET_THREAD_LIMIT, (e) => reportExchangeError(ctx, e));
          return activity.run(fanOut.add(records));
        },
        async *end() {
          if (fanOut) yield* activity.run(fanOut.drain());
          activity.done();
        },
      };
    },
  };
}

export function getExoCmdlets(registry: ConnectionRegistry): CmdletDefinition[] {
  return Object.entries(metadata as Record<string, CatalogCmdlet>).map(([name, meta]) => exoCmdlet(name, meta, registry));
}
