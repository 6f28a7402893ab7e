import type { ParameterDefinition } from '../../repl/cmdlets/types.js';
import type { CatalogCmdlet, CatalogParameter } from './metadata.js';
import { parameterType } from './parameter-types.js';

/** Added by the engine itself (-WhatIf/-Confirm with SupportsShouldProcess, and the common parameters). */
const ENGINE_PARAMETERS = new Set(['whatif', 'confirm', 'verbose', 'debug', 'erroraction', 'warningaction', 'informationaction', 'errorvariable', 'warningvariable', 'informationvariable', 'outvariable', 'outbuffer', 'pipelinevariable', 'progressaction']);

const ALL_SETS = new Set(['(All)', '(single)', '__AllParameterSets']);

function toParameter(p: CatalogParameter): ParameterDefinition {
  const everywhere = p.bindings.some((b) => b.sets.some((s) => ALL_SETS.has(s))) || p.bindings.length === 0;
  const sets = everywhere ? undefined : [...new Set(p.bindings.flatMap((b) => b.sets))];
  const mandatorySets = p.bindings.filter((b) => b.required).flatMap((b) => b.sets);
  const mandatory = mandatorySets.some((s) => ALL_SETS.has(s)) || (everywhere && mandatorySets.length > 0) ? true : mandatorySets.length ? [...new Set(mandatorySets)] : undefined;
  const position = p.bindings.find((b) => b.position !== null)?.position ?? undefined;
  const pipeline = p.bindings.map((b) => b.pipeline).join(' ');
  const byValue = /ByValue/i.test(pipeline) || p.bindings.some((b) => /^true$/i.test(b.pipeline.trim()));
  const byName = /true/i.test(pipeline);
  const def: ParameterDefinition = { name: p.name, type: parameterType(p.name, p.type) };
  if (p.aliases.length) def.aliases = [...p.aliases];
  if (mandatory) def.mandatory = mandatory;
  if (position !== undefined) def.position = position;
  if (byValue) def.valueFromPipeline = true;
  if (byName) def.valueFromPipelineByPropertyName = true;
  if (sets) def.parameterSets = sets;
  return def;
}

/** The binder's parameter list for a catalog entry, leaving out what the engine adds on its own. */
export function parametersOf(meta: CatalogCmdlet): ParameterDefinition[] {
  return meta.parameters.filter((p) => !ENGINE_PARAMETERS.has(p.name.toLowerCase())).map(toParameter);
}

/** The default set as the binder wants it: the declared one, else the first named set. */
export function defaultSetOf(meta: CatalogCmdlet): string | undefined {
  if (meta.defaultSet) return meta.defaultSet;
  return meta.parameterSets.find((s) => !ALL_SETS.has(s));
}
