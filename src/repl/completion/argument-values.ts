/**
 * Values for a parameter's argument: what the metadata says (ValidateSet, enum members,
 * $true/$false), then registered argument completers (Exchange identities), then property
 * names for the property parameters of the object cmdlets, then paths.
 */
import type { EngineParameter } from '../engine/binder.js';
import { enumNames, isKnownEnum } from '../values/enum.js';
import { typeNamesOf } from '../values/types.js';
import { findView } from '../format/views.js';
import type { CommandInfo } from './commands.js';
import { byName, matcher, quoteValue } from './matching.js';
import { pathCandidates } from './paths.js';
import type { ArgumentCompleter, CompletionCandidate } from './types.js';
import { membersOf } from './variables.js';

/** Parameters that name properties of the input objects, by command. */
const PROPERTY_PARAMETERS: Record<string, readonly string[]> = {
  'select-object': ['Property', 'ExpandProperty', 'ExcludeProperty'],
  'sort-object': ['Property'],
  'where-object': ['Property'],
  'group-object': ['Property'],
  'format-table': ['Property', 'GroupBy'],
  'format-list': ['Property', 'GroupBy'],
  'format-wide': ['Property'],
  'measure-object': ['Property'],
  'foreach-object': ['MemberName'],
  'out-consolegridview': ['Property'],
};

export interface ValueRequest {
  info: CommandInfo;
  /** What the argument may bind to, most likely first; empty when nothing takes it. */
  parameters: EngineParameter[];
  word: string;
  quote: string | undefined;
  cwd: string;
  completers: readonly ArgumentCompleter[];
  /** A sample of the objects flowing into the command: the last output's first object. */
  sample: unknown;
  /** What the upstream command declares it outputs (OutputType), when the pipeline has one. */
  inputTypes: readonly string[];
  signal: AbortSignal;
}

export async function argumentCandidates(r: ValueRequest): Promise<CompletionCandidate[]> {
  for (const p of r.parameters) {
    const found = await valuesFor(p, r);
    if (found) return found;
  }
  return pathCandidates(r.cwd, r.word, r.quote);
}

/** Candidates from what is known about this parameter, or undefined when nothing is. */
async function valuesFor(p: EngineParameter, r: ValueRequest): Promise<CompletionCandidate[] | undefined> {
  // A closed set wins over registered completers, as in pwsh (a ValidateSet or enum cannot be overridden).
  const fixed = fixedValues(p);
  if (fixed) {
    const matches = matcher(r.word);
    return fixed.filter(matches).map((v) => ({ text: v.startsWith('$') ? v : quoteValue(v, r.quote), display: v, kind: 'value' }));
  }
  for (const completer of r.completers) {
    const found = await completer.complete({ command: r.info.def, parameterName: p.name, wordToComplete: r.word, signal: r.signal });
    if (found) return found;
  }
  if (p.type === 'switch') return [];
  if (PROPERTY_PARAMETERS[r.info.def.name.toLowerCase()]?.includes(p.name)) return inputPropertyNames(r);
  // `Get-EXOMailbox -Properties` names properties of what the command itself returns: offer
  // them when the last output was of that type.
  const own = r.info.def.outputType?.[0];
  if (p.name === 'Properties' && own && typeNamesOf(r.sample).includes(own)) return propertyNames(r.sample, r);
  return undefined;
}

/**
 * Property names of what flows in. The last output's sample serves unless the upstream
 * command declares another type: then that type's default view names the properties
 * (`Get-Mailbox | Select-Object ` before any mailbox was shown).
 */
function inputPropertyNames(r: ValueRequest): CompletionCandidate[] {
  const sampleTypes = typeNamesOf(r.sample);
  const declared = r.inputTypes.filter((t) => t !== 'System.Object');
  if (declared.length && !declared.some((t) => sampleTypes.includes(t))) {
    const view = findView(declared);
    if (view) {
      const matches = matcher(r.word);
      const names = view.columns.flatMap((c) => (c.property && matches(c.property) ? [c.property] : []));
      return names.sort(byName).map((name) => ({ text: quoteValue(name, r.quote), display: name, kind: 'property' }));
    }
  }
  return propertyNames(r.sample, r);
}

function propertyNames(sample: unknown, r: ValueRequest): CompletionCandidate[] {
  if (sample === null || sample === undefined || typeof sample !== 'object') return [];
  return membersOf(sample, r.word).filter((c) => c.kind === 'property').map((c) => ({ ...c, text: quoteValue(c.display, r.quote) }));
}

/** The closed set of values the parameter accepts, in declaration order, if it has one. */
function fixedValues(p: EngineParameter): string[] | undefined {
  if (p.validateSet?.length) return p.validateSet;
  const typeName = p.typeName?.replace(/\[\]$/, '');
  if (typeName) {
    const full = isKnownEnum(typeName) ? typeName : `System.${typeName}`;
    if (isKnownEnum(full)) return enumNames(full);
  }
  if (p.type === 'bool' || /^(system\.)?bool(ean)?$/i.test(p.typeName ?? '')) return ['$true', '$false'];
  return undefined;
}
