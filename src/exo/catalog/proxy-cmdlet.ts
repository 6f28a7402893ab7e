import type { BoundParameters, CmdletContext, CmdletDefinition } from '../../repl/cmdlets/types.js';
import type { ExoClient } from '../client/exo-client.js';
import type { CatalogCmdlet } from './metadata.js';
import { defaultSetOf, parametersOf } from './parameters.js';
import { toExchangeObject, typeNamesFor } from '../types/exchange-object.js';
import { reportExchangeError } from './report-error.js';
import { confirmWithService } from './two-phase.js';

/** What a proxy needs from its connection: the client, and a place to route the service's warnings for this call. */
export interface ProxyTarget {
  readonly client: ExoClient;
  /** Sets where this call's warnings and in-band errors go; returns a function that restores the previous sink. */
  attach(ctx: CmdletContext): () => void;
}

/** `Verb-Noun` with the connection's prefix put in front of the noun, as Import-Module -Prefix does. */
export function prefixedName(cmdlet: string, prefix: string | undefined): string {
  if (!prefix) return cmdlet;
  const dash = cmdlet.indexOf('-');
  return dash < 0 ? `${prefix}${cmdlet}` : `${cmdlet.slice(0, dash + 1)}${prefix}${cmdlet.slice(dash + 1)}`;
}

/**
 * A cmdlet the service runs: bound and validated locally by the engine's
 * binder from the catalog metadata (so an unknown parameter or a missing
 * mandatory value never reaches the wire), then sent through InvokeCommand
 * under its real name, whatever prefix it is shown with.
 */
export function proxyCmdlet(cmdlet: string, meta: CatalogCmdlet, target: ProxyTarget, o: { prefix?: string; module?: string } = {}): CmdletDefinition {
  const parameters = parametersOf(meta);
  const known = new Map(parameters.map((p) => [p.name.toLowerCase(), p.name]));
  const typeNames = typeNamesFor(cmdlet);
  return {
    name: prefixedName(cmdlet, o.prefix),
    synopsis: `${cmdlet} (Exchange Online, run by the service)`,
    parameters,
    defaultParameterSet: defaultSetOf(meta),
    supportsShouldProcess: meta.supportsShouldProcess,
    module: o.module ?? 'tmpEXO',
    outputType: [typeNames[0]!],
    create(ctx) {
      return {
        async *process(params: BoundParameters) {
          const sent = serviceParameters(params, known);
          const detach = target.attach(ctx);
          try {
            if (meta.supportsShouldProcess) {
              if (!(await confirmWithService(ctx, target.client, cmdlet, sent))) return;
              if (ctx.params['Confirm'] === true) sent['Confirm'] = false;
            }
            for await (const record of target.client.invokeCommand(cmdlet, sent, { signal: ctx.signal })) yield toExchangeObject(record, typeNames);
          } catch (e) {
            reportExchangeError(ctx, e);
          } finally {
            detach();
          }
        },
      };
    },
  };
}

/** Only the cmdlet's own parameters go to the service; WhatIf/Confirm and the common parameters stay local. */
function serviceParameters(params: BoundParameters, known: Map<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    const name = known.get(k.toLowerCase());
    if (name !== undefined && v !== undefined) out[name] = v;
  }
  return out;
}
