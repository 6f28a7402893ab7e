import { randomUUID } from 'node:crypto';
import type { SandboxResponse } from '../../http/types.js';
import { ExchangeError } from '../errors.js';
import type { TenantContext } from '../model/context.js';
import { JSON_CONTENT_TYPE } from './wire.js';

/** Headers every admin API response carries (exo-protocol.md §2.7). */
export function serviceHeaders(ctx: TenantContext | undefined, requestId: string): Record<string, string> {
  return {
    'content-type': JSON_CONTENT_TYPE,
    'odata-version': '4.0',
    'request-id': requestId,
    'x-calculatedbetarget': ctx ? `${ctx.forest.slice(0, 4)}01MB${(ctx.mask % 9000) + 1000}.${ctx.forest.slice(0, 4).toLowerCase()}01.prod.exchangelabs.com` : 'unknown',
    'x-feserver': 'SANDBOX01',
    'x-exchangeversion': '15.20.8857.020',
  };
}

export function requestIdOf(headers: Record<string, string>): string {
  return headers['client-request-id'] || randomUUID();
}

/** The service's error body: `error.code/message/details`, with `x-ExceptionType`. */
export function errorResponse(err: ExchangeError, ctx: TenantContext | undefined, requestId: string, warnings: string[] = []): SandboxResponse {
  const shortType = err.exceptionType.slice(err.exceptionType.lastIndexOf('.') + 1);
  return {
    status: err.status,
    headers: { ...serviceHeaders(ctx, requestId), 'x-exceptiontype': shortType },
    body: {
      error: {
        code: err.odataCode,
        message: 'Error executing cmdlet',
        details: [{ code: 'Context', target: '', message: err.detail }],
        innererror: {
          message: 'Error executing cmdlet',
          type: 'Microsoft.Exchange.Admin.OData.Core.ODataServiceException',
          stacktrace: '',
          internalexception: { message: err.detail, type: 'Microsoft.Exchange.Management.PSDirectInvoke.DirectInvokeCmdletExecutionException', stacktrace: '' },
        },
      },
      'adminapi.warnings@odata.type': '#Collection(String)',
      '@adminapi.warnings': warnings,
    },
  };
}

/** Unexpected faults become the generic server error, never a stack trace. */
export function toExchangeError(e: unknown): ExchangeError {
  if (e instanceof ExchangeError) return e;
  return new ExchangeError(500, 'System.InvalidOperationException', 'A server side error has occurred because of which the operation could not be completed. Please try again after some time. If the problem still persists, please reach out to MS support.', '', 'InternalServerError');
}
