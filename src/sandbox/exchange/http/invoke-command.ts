import type { CallerIdentity, SandboxRequest, SandboxResponse } from '../../http/types.js';
import { canonicalParameter, cmdletInfo, WRITE_VERB } from '../catalog.js';
import { findCmdlet } from '../cmdlets/registry.js';
import { arrayResults, Params, type Results, type ServerCmdlet } from '../cmdlets/types.js';
import { accessDenied, badArgument, cmdletNotFound, ExchangeError, parameterNotFound } from '../errors.js';
import type { Obj } from '../model/mailbox.js';
import type { Tenant } from '../model/tenant.js';
import { decodeToken, encodeToken, preferredPageSize, takePage } from './paging.js';
import { errorResponse, requestIdOf, serviceHeaders, toExchangeError } from './responses.js';
import { cliXml, OUTPUT_TYPES } from './clixml.js';
import { envelopeJson, memberSet, project, rawValues, wireObjects } from './wire.js';

export const MORE_RESULTS_WARNING = 'There are more results available than are currently displayed. To view them, increase the value for the ResultSize parameter.';

/** `POST /adminapi/beta/{tenant}/InvokeCommand` (exo-protocol.md §2). */
export function invokeCommand(req: SandboxRequest, tenantSegment: string, caller: CallerIdentity, tenant: Tenant): SandboxResponse {
  const requestId = requestIdOf(req.headers);
  const warnings: string[] = [];
  try {
    const { name, parameters } = parseBody(req.body);
    if (caller.exchangeRole === 'none') throw accessDenied(name, true);
    const cmdlet = findCmdlet(name);
    if (caller.exchangeRole === 'read-only' && WRITE_VERB.test(name)) throw accessDenied(cmdlet?.name ?? name, false);
    if (!cmdlet) throw cmdletNotFound(name);
    const params = new Params(parameters);
    checkParameters(cmdlet, params);
    const token = decodeToken(req.query.get('$skiptoken'));
    if (!token) throw badArgument('The $skiptoken value is not valid.');
    if (cmdlet.write && (params.bool('WhatIf') || params.bool('Confirm'))) return confirmation(cmdlet, params, tenant, requestId, req);
    if (cmdlet.write && token.sent > 0) throw badArgument('A nextLink can only continue a Get- cmdlet.');
    const limit = params.resultSize();
    const results = normalize(cmdlet.run({ tenant, params, caller, now: new Date(), warnings }));
    const page = takePage(results, token, preferredPageSize(req.headers['prefer'], 1000), limit);
    if (page.truncated) warnings.push(MORE_RESULTS_WARNING);
    const select = req.query.get('$select')?.split(',').map((s) => s.trim()).filter(Boolean);
    const want = select ? memberSet(select) : undefined;
    // The module's default format is CLIXML: the whole page in one `_clixml` string (exo-protocol.md §2.7).
    const clixml = /^clixml$/i.test(req.headers['x-responseformat'] ?? '');
    const value = clixml ? rawValues(page.items.length ? [JSON.stringify({ _clixml: cliXml(want ? page.items.map((o) => project(o, want)) : page.items, OUTPUT_TYPES[cmdlet.name] ?? 'System.Management.Automation.PSCustomObject') })] : []) : wireObjects(page.items, true, want);
    const head = {
      '@odata.context': `${req.origin}/adminapi/beta/${tenantSegment}/$metadata#Collection(Exchange.GenericHashTable)`,
      'adminapi.warnings@odata.type': '#Collection(String)',
      '@adminapi.warnings': warnings,
    };
    const body = envelopeJson(head, value, page.next ? { '@odata.nextLink': nextLink(req, tenantSegment, encodeToken(page.next)) } : {});
    return { status: 200, headers: { ...serviceHeaders(tenant.ctx, requestId), 'preference-applied': 'odata.include-annotations="*"' }, body };
  } catch (e) {
    return errorResponse(toExchangeError(e), tenant.ctx, requestId, warnings);
  }
}

function parseBody(text: string): { name: string; parameters: Record<string, unknown> } {
  let body: unknown;
  try {
    body = JSON.parse(text || '{}');
  } catch {
    throw new ExchangeError(400, 'Microsoft.OData.ODataException', 'The request body is not valid JSON.', '', 'BadRequest');
  }
  const input = (body as { CmdletInput?: { CmdletName?: unknown; Parameters?: unknown } }).CmdletInput;
  if (!input || typeof input.CmdletName !== 'string' || input.CmdletName.trim() === '')
    throw new ExchangeError(400, 'Microsoft.OData.ODataException', "The parameter 'CmdletInput' in the request payload is not a valid CmdletInvokeInputType: CmdletName is required.", '', 'BadRequest');
  const parameters = input.Parameters && typeof input.Parameters === 'object' && !Array.isArray(input.Parameters) ? (input.Parameters as Record<string, unknown>) : {};
  return { name: input.CmdletName.trim(), parameters };
}

/** Parameters must exist on the cmdlet (by documented name or alias), as the service's binder requires. */
function checkParameters(cmdlet: ServerCmdlet, params: Params): void {
  const info = cmdletInfo(cmdlet.name);
  if (!info) return;
  for (const name of params.names()) if (!canonicalParameter(info[1], name)) throw parameterNotFound(name);
}

function normalize(out: Results | Obj[] | Obj | void): Results {
  if (out === undefined) return arrayResults([]);
  if (Array.isArray(out)) return arrayResults(out);
  if (typeof (out as Results).from === 'function') return out as Results;
  return arrayResults([out as Obj]);
}

/** The validation call of the two-phase Confirm/WhatIf protocol: nothing runs, the ShouldProcess text comes back. */
function confirmation(cmdlet: ServerCmdlet, params: Params, tenant: Tenant, requestId: string, req: SandboxRequest): SandboxResponse {
  const target = cmdlet.target?.(params) ?? '';
  return {
    status: 200,
    headers: serviceHeaders(tenant.ctx, requestId),
    body: {
      '@odata.context': `${req.origin}/adminapi/beta/${tenant.ctx.tenantId}/$metadata#Collection(Exchange.GenericHashTable)`,
      '@adminapi.confirmationmessage': `Performing the operation "${cmdlet.name}" on target "${target}".`,
      'adminapi.warnings@odata.type': '#Collection(String)',
      '@adminapi.warnings': [],
      value: [],
    },
  };
}

function nextLink(req: SandboxRequest, tenantSegment: string, token: string): string {
  const q = new URLSearchParams();
  const select = req.query.get('$select');
  if (select) q.set('$select', select);
  q.set('$skiptoken', token);
  return `${req.origin}/adminapi/beta/${tenantSegment}/InvokeCommand?${q.toString()}`;
}
