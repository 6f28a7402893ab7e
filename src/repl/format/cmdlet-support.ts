/**
 * What the Format-* cmdlets share: reading -Property / -GroupBy (names,
 * wildcards, script blocks and `@{Name=..; Expression=..}` calculated
 * properties), evaluating script blocks per object, and driving a
 * FormatGenerator whose packets become the cmdlet's FormatOutput objects.
 */
import type { CmdletContext, CmdletInstance, ParameterDefinition, PipelineInput } from '../cmdlets/types.js';
import { toText } from './display.js';
import { dictionaryEntries, isDictionary } from './dictionary.js';
import { FormatGenerator } from './generator.js';
import type { FormatParams, PropertySpec } from './generator.js';
import { FormatOutput } from './packets.js';
import { toJsNumber } from '../values/numbers.js';
import { getProperty, hasWildcard } from './properties.js';
import type { Alignment } from './table-writer.js';

export type CalcKey = 'name' | 'label' | 'expression' | 'width' | 'alignment' | 'formatstring';

const KEY_NAMES: Record<CalcKey, string> = {
  name: 'Name', label: 'Label', expression: 'Expression', width: 'Width', alignment: 'Alignment', formatstring: 'FormatString',
};

/** A property spec plus the script block (if any) to run for each object. */
export interface ParsedSpec {
  spec: PropertySpec;
  block?: unknown;
}

export class SpecError extends Error {
  constructor(message: string, readonly errorId: string) {
    super(message);
  }
}

/** -Property items: names and wildcards, script blocks, and calculated-property hashtables. */
export function parseSpecs(raw: unknown, allowed: readonly CalcKey[]): ParsedSpec[] {
  const items = raw === null || raw === undefined ? [] : Array.isArray(raw) ? raw : [raw];
  const parsed: ParsedSpec[] = [];
  items.forEach((item) => {
    const index = parsed.length;
    if (item === null || item === undefined) return;
    if (typeof item === 'string') {
      parsed.push({ spec: { name: item } });
    } else if (isDictionary(item)) {
      parsed.push(parseCalculated(item, allowed, index));
    } else {
      // Anything else is a script block: its text (spaces included) labels the column.
      parsed.push({ spec: { label: toText(item), expression: (_o, computed) => computed[index] }, block: item });
    }
  });
  return parsed;
}

function parseCalculated(table: unknown, allowed: readonly CalcKey[], index: number): ParsedSpec {
  const entries = new Map<CalcKey, unknown>();
  for (const [rawKey, value] of dictionaryEntries(table)) {
    const key = String(rawKey).toLowerCase();
    const matches = allowed.filter((k) => k.startsWith(key) && key.length > 0);
    // Name and Label are one entry under two spellings.
    const distinct = matches.filter((k) => !(k === 'label' && matches.includes('name')));
    if (distinct.length === 0) throw new SpecError(`The ${String(rawKey)} key is not valid.`, 'DictionaryKeyIllegal');
    if (distinct.length > 1) {
      throw new SpecError(`The ${String(rawKey)} key is ambiguous; ${KEY_NAMES[distinct[0]]} and ${KEY_NAMES[distinct[1]]} conflict.`, 'DictionaryKeyAmbiguous');
    }
    const canonical = distinct[0] === 'label' ? 'name' : distinct[0];
    entries.set(canonical, value);
  }
  const expression = entries.get('expression');
  if (expression === undefined || expression === null) {
    throw new SpecError('A mandatory entry for Expression is missing.', 'DictionaryKeyMandatoryEntry');
  }
  const spec: PropertySpec = {};
  const name = entries.get('name');
  if (name !== undefined && name !== null) spec.label = toText(name);
  const width = entries.get('width');
  if (width !== undefined && width !== null) {
    const w = Number(width);
    if (!(w > 0)) throw new SpecError(`The value "${toText(width)}" for key "Width" should be greater than 0.`, 'DictionaryKeyOutOfRange');
    spec.width = Math.trunc(w);
  }
  const formatString = entries.get('formatstring');
  if (formatString !== undefined && formatString !== null) {
    if (toText(formatString) === '') throw new SpecError('Cannot have an empty formatting string for key "FormatString".', 'DictionaryKeyEmptyFormatString');
    spec.formatString = toText(formatString);
  }
  const alignment = entries.get('alignment');
  if (alignment !== undefined && alignment !== null) spec.align = parseAlignment(toText(alignment));
  let block: unknown;
  if (typeof expression === 'string') {
    if (hasWildcard(expression)) {
      throw new SpecError(`The "Expression" key cannot have wildcard characters in value "${expression}".`, 'DictionaryKeyGlobbing');
    }
    spec.label ??= expression;
    spec.expression = (obj) => getProperty(obj, expression);
  } else {
    block = expression;
    spec.label ??= toText(expression);
    spec.expression = (_o, computed) => computed[index];
  }
  return { spec, block };
}

function parseAlignment(text: string): Alignment {
  const lower = text.toLowerCase();
  if (lower === 'left' || lower === 'right' || lower === 'center') return lower;
  throw new SpecError(`The value "${text}" for key "Alignment" is not valid; valid values are Left, Center, Right.`, 'DictionaryKeyIllegalValue');
}

/** What -DisplayError puts in a cell whose expression failed. */
class FailedCell {
  toString(): string {
    return '#ERR';
  }
}

export interface Computed {
  values: unknown[];
  /** Text of each script block that failed for this object. */
  failed: string[];
}

/**
 * Runs each spec's script block with $_ = obj; several outputs become an
 * array. A failing block leaves its cell empty (pwsh), or `#ERR` with -DisplayError.
 */
export async function computeBlocks(ctx: CmdletContext, specs: readonly ParsedSpec[], obj: unknown, displayError = false): Promise<Computed> {
  const values: unknown[] = [];
  const failed: string[] = [];
  for (let i = 0; i < specs.length; i++) {
    const block = specs[i].block;
    if (block === undefined) continue;
    try {
      const out = await ctx.invoke(block, { dollarUnder: obj });
      values[i] = out.length === 0 ? null : out.length === 1 ? out[0] : out;
    } catch (e) {
      if (ctx.signal.aborted) throw e;
      values[i] = displayError ? new FailedCell() : null;
      failed.push(toText(block));
    }
  }
  return { values, failed };
}

/** -Width of Out-String / Out-File: at least 2, as pwsh's ValidateRange; undefined when not given. */
export function boundWidth(ctx: CmdletContext, commandClass: string): number | undefined {
  if (!ctx.boundNames.has('Width')) return undefined;
  const width = Number(ctx.params.Width);
  if (!(width >= 2)) {
    ctx.fail(new Error(`Cannot validate argument on parameter 'Width'. The ${toText(ctx.params.Width)} argument is less than the minimum allowed range of 2. Supply an argument that is greater than or equal to 2 and then try the command again.`),
      { category: 'InvalidData', errorId: `ParameterArgumentValidationError,${commandClass}` });
  }
  return width;
}

/** $FormatEnumerationLimit when the session sets it to a number. */
export function enumerationLimit(ctx: CmdletContext): number | undefined {
  const limit = ctx.getVariable('FormatEnumerationLimit');
  return toJsNumber(limit);
}

/** Fails the cmdlet with a PowerShell-style error when -Property/-GroupBy is malformed. */
export function parseOrFail(ctx: CmdletContext, raw: unknown, allowed: readonly CalcKey[]): ParsedSpec[] {
  try {
    return parseSpecs(raw, allowed);
  } catch (e) {
    if (e instanceof SpecError) ctx.fail(e, { category: 'InvalidArgument', errorId: `${e.errorId},${ctx.invocationName}` });
    throw e;
  }
}

/**
 * A Format-* cmdlet instance: each input object (or -InputObject) goes through
 * the generator; the packets come out as FormatOutput objects. -DisplayError
 * and -ShowError (pwsh's switches) surface failed expressions.
 */
export function formatInstance(ctx: CmdletContext, params: FormatParams, specs: readonly ParsedSpec[], groupBy?: ParsedSpec): CmdletInstance {
  const pending: FormatOutput[] = [];
  const generator = new FormatGenerator(params, (p) => pending.push(new FormatOutput(p)));
  const allSpecs = groupBy ? [...specs, groupBy] : specs;
  const displayError = ctx.params.DisplayError === true;
  const showError = ctx.params.ShowError === true;
  const drain = (): FormatOutput[] => pending.splice(0, pending.length);
  return {
    async *process(bound, input: PipelineInput) {
      const value = input.present ? input.value : bound.InputObject;
      if (!input.present && !ctx.boundNames.has('InputObject')) return;
      const computed = await computeBlocks(ctx, allSpecs, value, displayError);
      generator.push(value, computed.values);
      if (showError) {
        for (const text of computed.failed) {
          const lines = ['', `InvalidArgument: Failed to evaluate expression "${text}".`];
          pending.push(new FormatOutput({ type: 'entry', body: { kind: 'custom', lines }, outOfBand: true }));
        }
      }
      yield* drain();
    },
    *end() {
      generator.end();
      yield* drain();
    },
  };
}

/** -DisplayError and -ShowError, which every Format-* cmdlet takes. */
export const ERROR_SWITCHES: ParameterDefinition[] = [
  { name: 'DisplayError', type: 'switch', description: 'Shows #ERR in place of a value whose expression failed.' },
  { name: 'ShowError', type: 'switch', description: 'Prints the error of each expression that failed.' },
];

/** The GroupBy spec reads its value from the computed slot after the property specs. */
export function groupBySpec(ctx: CmdletContext, raw: unknown, propertyCount: number): ParsedSpec | undefined {
  if (raw === undefined || raw === null) return undefined;
  const [parsed] = parseOrFail(ctx, [raw], ['name', 'label', 'expression', 'formatstring']);
  if (!parsed?.block) return parsed;
  return { ...parsed, spec: { ...parsed.spec, expression: (_o, computed) => computed[propertyCount] } };
}
