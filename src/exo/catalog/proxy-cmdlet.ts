import type { BoundParameters, CmdletContext, CmdletDefinition } from '../../repl/cmdlets/types.js';
import type { ExoClient } from '../client/exo-client.js';
import type { CatalogCmdlet } from './metadata.js';
import { defaultSetOf, parametersOf } from './parameters.js';
import { toExchangeObject, typeNamesFor } from '../types/exchange-object.js';
import { confirmWithService } from './two-phase.js';
import { CmdletActivity } from './cmdlet-activity.js';
import { batchesPipelineInput, PipelineBatch } from './pipeline-batch.js';
import { PSObject } from '../../repl/values/psobject.js';
import { toPSString } from '../../repl/values/to-string.js';

/** What a proxy needs from its connection: the client it sends through. */
export interface ProxyTarget {
  readonly client: ExoClient;
}

/** `Verb-Noun` with the connection's prefix put in front of the noun, as Import-Module -Prefix does. */
export function prefixedName(cmdlet: string, prefix: string | undefined): string {
  if (!prefix) return cmdlet;
  const dash = cmdlet.indexOf('-');
  return dash < 0 ? `${prefix}${cmdlet}` : `${cmdlet.slice(0, dash + 1)}${prefix}${cmdlet.slice(dash + 1)}`;
}

/** The service's records as Exchange objects, one by one as they arrive. */
export async function* exchangeObjects(records: AsyncIterable<Record<string, unknown>>, typeNames: string[]): AsyncGenerator<unknown, void, undefined> {
  for await (const record of records) yield toExchangeObject(record, typeNames);
}

/** -WhatIf/-Confirm in effect: each call goes through the service's two-phase confirm, never into a batch. */
function confirming(ctx: CmdletContext): boolean {
  return ctx.params['WhatIf'] === true || ctx.params['Confirm'] === true || (!ctx.boundNames.has('WhatIf') && ctx.getVariable('WhatIfPreference') === true);
}

/**
 * A cmdlet the service runs: bound and validated locally by the engine's
 * binder from the catalog metadata (so an unknown parameter or a missing
 * mandatory value never reaches the wire), then sent through InvokeCommand
 * under its real name, whatever prefix it is shown with. Pipeline input is
 * batched as the module batches it.
 */
export function proxyCmdlet(cmdlet: string, meta: CatalogCmdlet, target: ProxyTarget, o: { prefix?: string; module?: string } = {}): CmdletDefinition {
  const parameters = parametersOf(meta);
  const known = new Map(parameters.map((p) => [p.name.toLowerCase(), p.name]));
  const fromPipeline = new Set(parameters.filter((p) => p.valueFromPipeline || p.valueFromPipelineByPropertyName).map((p) => p.name));
  const typeNames = typeNamesFor(cmdlet);
  const batching = batchesPipelineInput(meta);
  return {
    name: prefixedName(cmdlet, o.prefix),
    synopsis: `${cmdlet} (Exchange Online, run by the service)`,
    parameters,
    defaultParameterSet: defaultSetOf(meta),
    supportsShouldProcess: meta.supportsShouldProcess,
    module: o.module ?? 'tmpEXO',
    outputType: [typeNames[0]!],
    create(ctx) {
      const activity = new CmdletActivity(ctx, ctx.invocationName);
      const batch = batching && !(meta.supportsShouldProcess && confirming(ctx)) ? new PipelineBatch(ctx, target.client, cmdlet, typeNames, activity.sinks) : undefined;

      async function* runOne(sent: Record<string, unknown>): AsyncGenerator<unknown, void, undefined> {
        if (meta.supportsShouldProcess) {
          if (!(await confirmWithService(ctx, target.client, cmdlet, sent))) return;
          if (ctx.params['Confirm'] === true) sent['Confirm'] = false;
        }
        yield* exchangeObjects(target.client.invokeCommand(cmdlet, sent, { signal: ctx.signal, ...activity.sinks }), typeNames);
      }

      return {
        process(params: BoundParameters, input) {
          const sent = serviceParameters(params, known, fromPipeline);
          if (!batch || !input.present) return activity.run(runOne(sent));
          return batch.add(sent) ? activity.run(batch.send()) : undefined;
        },
        async *end() {
          if (batch) yield* activity.run(batch.send());
          activity.done();
        },
      };
    },
  };
}

/** Only the cmdlet's own parameters go to the service; WhatIf/Confirm and the common parameters stay local. */
function serviceParameters(params: BoundParameters, known: Map<string, string>, fromPipeline: Set<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) {
    const name = known.get(k.toLowerCase());
    if (name !== undefined && v !== undefined) out[name] = fromPipeline.has(name) ? propertyNamed(name, v) : v;
  }
  return out;
}

/**
 * An object bound to a pipeline parameter (a piped mailbox or CSV row taken
 * by value into -Identity) is sent as its property of that name, as the
 * module's Transform-Parameters does (exo-protocol.md §2.4).
 */
function propertyNamed(name: string, v: unknown): unknown {
  return v instanceof PSObject && v.has(name) ? toPSString(v.get(name)) : v;
}
