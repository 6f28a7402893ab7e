/**
 * Measure-Object: counts input objects and computes sum, average, minimum,
 * maximum and standard deviation of them or of their properties, or counts
 * lines, words and characters of text. Output matches pwsh's
 * GenericMeasureInfo / TextMeasureInfo, with $null for what was not asked.
 */
import type { CmdletContext, CmdletDefinition } from './types.js';
import { compareValues } from './pipeline-common/compare.js';
import { evaluateExpression, parsePropertyExpressions, type PropertyExpression } from './pipeline-common/property-expression.js';
import { countCharacters, countLines, countWords } from './pipeline-common/text-count.js';
import { tryToDouble } from './pipeline-common/numbers.js';
import { makeDouble } from '../values/numbers.js';
import { PSObject, toDotNetString } from './pipeline-common/values.js';
import { hasWildcard } from './pipeline-common/wildcard.js';

interface Statistics {
  count: number; sum: number; sumPrevious: number; variance: number;
  min: unknown; max: unknown; lines: number; words: number; characters: number;
}

const GENERIC = ['Sum', 'Average', 'Maximum', 'Minimum', 'StandardDeviation', 'AllStats'];
const TEXT = ['Line', 'Word', 'Character', 'IgnoreWhiteSpace'];
const THIS_OBJECT = '$_';

export const measureObject: CmdletDefinition = {
  name: 'Measure-Object',
  aliases: ['measure'],
  synopsis: 'Calculates the numeric properties of objects, and the characters, words, and lines in string objects.',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'GenericMeasure',
  parameters: [
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
    { name: 'Property', type: 'object[]', position: 0 },
    ...GENERIC.map((name) => ({ name, type: 'switch' as const, parameterSets: ['GenericMeasure'] })),
    ...TEXT.map((name) => ({ name, type: 'switch' as const, parameterSets: ['TextMeasure'] })),
  ],
  create(ctx) {
    const on = (name: string) => ctx.params[name] === true;
    const all = on('AllStats');
    const want = {
      sum: on('Sum') || all, average: on('Average') || all, max: on('Maximum') || all,
      min: on('Minimum') || all, stdDev: on('StandardDeviation') || all,
      lines: on('Line'), words: on('Word'), characters: on('Character'),
    };
    const ignoreWhiteSpace = on('IgnoreWhiteSpace');
    const measuringText = want.lines || want.words || want.characters;
    const props = ctx.boundNames.has('Property') && ctx.params.Property !== null
      ? parsePropertyExpressions(ctx, ctx.params.Property, ['Expression'])
      : undefined;
    const stats = new Map<string, { name: string; stat: Statistics }>();
    let records = 0;
    let nonNumeric = false;

    const entry = (name: string): Statistics => {
      const key = name.toLowerCase();
      let found = stats.get(key);
      if (!found) stats.set(key, found = { name, stat: { count: 0, sum: 0, sumPrevious: 0, variance: 0, min: null, max: null, lines: 0, words: 0, characters: 0 } });
      return found.stat;
    };

    const analyze = (name: string, value: unknown): void => {
      const stat = entry(name);
      stat.count++;
      if (measuringText) {
        const text = value === null || value === undefined ? '' : toDotNetString(value);
        if (want.characters) stat.characters += countCharacters(text, ignoreWhiteSpace);
        if (want.words) stat.words += countWords(text);
        if (want.lines) stat.lines += countLines(text);
      }
      if (want.sum || want.average || want.stdDev) {
        const n = tryToDouble(value);
        if (n === undefined) {
          nonNumeric = true;
          ctx.writeError(`Input object "${toDotNetString(value)}" is not numeric.`,
            { errorId: 'NonNumericInputObject,Microsoft.PowerShell.Commands.MeasureObjectCommand', category: 'InvalidType', targetObject: value });
          return;
        }
        stat.sumPrevious = stat.sum;
        stat.sum += n;
        if (want.stdDev && stat.count > 1) {
          // Welford-style running sample variance, as pwsh computes it.
          const avgPrevious = stat.sumPrevious / (stat.count - 1);
          stat.variance *= (stat.count - 2) / (stat.count - 1);
          stat.variance += ((n - avgPrevious) * (n - avgPrevious)) / stat.count;
        }
      }
      if (want.min) stat.min = pick(value, stat.min, true);
      if (want.max) stat.max = pick(value, stat.max, false);
    };

    return {
      process(params, input) {
        const item = input.present ? input.value : params.InputObject;
        if (item === null || item === undefined) return;
        records++;
        // Synchronous without -Property: this runs once per item in long pipelines.
        if (!props) analyze(THIS_OBJECT, item);
        else return analyzeProperties(ctx, props, item, entry, analyze);
      },
      end() {
        if (records === 0 && !props) entry(THIS_OBJECT);
        const out: PSObject[] = [];
        for (const { name, stat } of stats.values()) {
          if (stat.count === 0 && props) continue;
          const info = measuringText ? textInfo(stat, want) : genericInfo(stat, want, nonNumeric);
          if (props) info.set('Property', name);
          out.push(info);
        }
        return out;
      },
    };
  },
};

async function analyzeProperties(ctx: CmdletContext, props: PropertyExpression[], item: unknown,
  entry: (name: string) => Statistics, analyze: (name: string, value: unknown) => void): Promise<void> {
  const counted = new Set<string>();
  for (const expr of props) {
    const results = await evaluateExpression(ctx, expr, item);
    // A plain name that matches nothing still gets an (empty) entry, so order is kept.
    if (results.length === 0 && expr.name !== undefined && !hasWildcard(expr.name)) entry(expr.name);
    for (const r of results) {
      if (counted.has(r.name.toLowerCase())) continue;
      counted.add(r.name.toLowerCase());
      analyze(r.name, r.value);
    }
  }
}

/** pwsh's Measure-Object min/max: numbers compare as doubles, mixed types as strings. */
function pick(value: unknown, current: unknown, isMin: boolean): unknown {
  if (current === null || current === undefined) return value;
  let a: unknown = tryToDouble(current) ?? current;
  let b: unknown = value === null || value === undefined ? value : tryToDouble(value) ?? value;
  if (b !== null && b !== undefined && typeof a !== typeof b) {
    a = toDotNetString(a);
    b = toDotNetString(b);
  }
  const c = compareValues(a, b, true);
  return (isMin ? c : -c) > 0 ? value : current;
}

function genericInfo(stat: Statistics, want: { sum: boolean; average: boolean; max: boolean; min: boolean; stdDev: boolean }, nonNumeric: boolean): PSObject {
  const numericExtremes = (stat.min === null || tryToDouble(stat.min) !== undefined) && (stat.max === null || tryToDouble(stat.max) !== undefined);
  const extreme = (v: unknown) => (v === null ? null : numericExtremes ? tryToDouble(v)! : v);
  const typeName = numericExtremes ? 'Microsoft.PowerShell.Commands.GenericMeasureInfo' : 'Microsoft.PowerShell.Commands.GenericObjectMeasureInfo';
  return new PSObject([
    ['Count', stat.count],
    // Sum and Average are Doubles in pwsh, so 1..3 sums to a Double 6.
    ['Average', !nonNumeric && want.average && stat.count > 0 ? makeDouble(stat.sum / stat.count) : null],
    ['Sum', !nonNumeric && want.sum ? makeDouble(stat.sum) : null],
    ['Maximum', want.max ? extreme(stat.max) : null],
    ['Minimum', want.min ? extreme(stat.min) : null],
    ['StandardDeviation', !nonNumeric && want.stdDev && numericExtremes ? Math.sqrt(stat.variance) : null],
    ['Property', null],
  ], [typeName, 'Microsoft.PowerShell.Commands.MeasureInfo', 'System.Object']);
}

function textInfo(stat: Statistics, want: { lines: boolean; words: boolean; characters: boolean }): PSObject {
  return new PSObject([
    ['Lines', want.lines ? stat.lines : null],
    ['Words', want.words ? stat.words : null],
    ['Characters', want.characters ? stat.characters : null],
    ['Property', null],
  ], ['Microsoft.PowerShell.Commands.TextMeasureInfo', 'Microsoft.PowerShell.Commands.MeasureInfo', 'System.Object']);
}
