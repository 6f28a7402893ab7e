import type { CmdletContext } from '../../repl/cmdlets/types.js';
import { ExoServiceError } from '../client/service-error.js';
import { EntitySetRequestError } from '../client/odata-query.js';
import { FilterConversionError } from '../client/opath-to-odata.js';

/**
 * Service errors are non-terminating, as in the module (-ErrorAction Stop
 * makes them terminating); a stopped pipeline and engine errors pass through.
 */
export function reportExchangeError(ctx: CmdletContext, e: unknown): void {
  if (e instanceof ExoServiceError) {
    ctx.writeError(e, { category: e.category, errorId: e.fullyQualifiedErrorId, exceptionType: e.exceptionType || undefined, targetObject: e.targetName || undefined });
    return;
  }
  if (e instanceof EntitySetRequestError || e instanceof FilterConversionError || e instanceof RangeError) {
    ctx.writeError(e, { category: 'InvalidArgument', errorId: `${e.constructor.name},${ctx.invocationName}`, exceptionType: 'System.ArgumentException' });
    return;
  }
  throw e;
}
