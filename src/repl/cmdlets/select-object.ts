/**
 * Select-Object: picks objects by position (-First/-Last/-Skip/-SkipLast/-Index),
 * builds new objects from chosen or calculated properties, expands one
 * property, and drops duplicates (-Unique). -First stops upstream once it has
 * what it needs, so `inf | select -First 3` ends.
 */
import type { CmdletContext, CmdletDefinition } from './types.js';
import { compareValues } from './pipeline-common/compare.js';
import { evaluateExpression, isWildcardExpression, parsePropertyExpressions, resolveNames, type PropertyExpression, type PropertyValue } from './pipeline-common/property-expression.js';
import { PositionQueue } from './pipeline-common/position-queue.js';
import { typeNameOf } from './pipeline-common/type-name.js';
import { memberValue, PSObject } from './pipeline-common/values.js';
import { hasWildcard, wildcardMatch } from './pipeline-common/wildcard.js';

const SELECT_SETS = ['DefaultParameter', 'SkipLastParameter', 'IndexParameter'];

export const selectObject: CmdletDefinition = {
  name: 'Select-Object',
  aliases: ['select'],
  synopsis: 'Selects objects or object properties.',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'DefaultParameter',
  parameters: [
    { name: 'InputObject', type: 'object', valueFromPipeline: true },
    { name: 'Property', type: 'object[]', position: 0, parameterSets: SELECT_SETS },
    { name: 'ExcludeProperty', type: 'string[]', parameterSets: SELECT_SETS },
    { name: 'ExpandProperty', type: 'string', parameterSets: SELECT_SETS },
    { name: 'Unique', type: 'switch' },
    { name: 'CaseInsensitive', type: 'switch' },
    { name: 'Last', type: 'int', parameterSets: ['DefaultParameter'] },
    { name: 'First', type: 'int', parameterSets: ['DefaultParameter'] },
    { name: 'Skip', type: 'int', parameterSets: ['DefaultParameter'] },
    { name: 'SkipLast', type: 'int', parameterSets: ['SkipLastParameter'] },
    { name: 'Index', type: 'int[]', parameterSets: ['IndexParameter'] },
    { name: 'SkipIndex', type: 'int[]', parameterSets: ['IndexParameter'] },
  ],
  create(ctx) {
    const p = ctx.params;
    const exclude = ctx.boundNames.has('ExcludeProperty') ? toList(p.ExcludeProperty).map(String) : [];
    const hasProperty = ctx.boundNames.has('Property') && p.Property !== null && toList(p.Property).length > 0;
    // -ExcludeProperty alone implies -Property *, as in pwsh.
    const propertyArg = hasProperty ? p.Property : exclude.length > 0 ? ['*'] : undefined;
    const props = propertyArg === undefined ? [] : parsePropertyExpressions(ctx, propertyArg, ['Name', 'Label', 'Expression']);
    const expand = ctx.boundNames.has('ExpandProperty') ? String(p.ExpandProperty) : undefined;
    const shaper = new Shaper(ctx, props, exclude, expand, p.Unique === true, p.CaseInsensitive === true);
    const selector = ctx.boundNames.has('Index') || ctx.boundNames.has('SkipIndex')
      ? new IndexSelector(toList(ctx.boundNames.has('Index') ? p.Index : p.SkipIndex).map(Number), ctx.boundNames.has('Index'))
      : new PositionQueue({
        first: ctx.boundNames.has('First') ? Number(p.First) : undefined,
        last: ctx.boundNames.has('Last') ? Number(p.Last) : undefined,
        skip: Number(p.Skip ?? 0),
        skipLast: Number(p.SkipLast ?? 0),
      });

    return {
      process(params, input) {
        const item = input.present ? input.value : params.InputObject;
        if (item === null || item === undefined) return;
        const ready = selector.push(item);
        if (selector.done) ctx.stopUpstream?.();
        if (ready.length === 0) return;
        // Only selecting by position: objects pass through unchanged, synchronously.
        return shaper.passThrough ? ready : shaper.shapeAll(ready);
      },
      end() {
        const rest = selector.flush();
        return shaper.passThrough ? rest : shaper.shapeAll(rest, true);
      },
    };
  },
};

function toList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

/** -Index / -SkipIndex: positions counted from 0 over the input stream. */
class IndexSelector {
  private position = 0;
  private readonly wanted: Set<number>;
  private readonly highest: number;
  constructor(indexes: number[], private readonly include: boolean) {
    this.wanted = new Set(indexes);
    this.highest = Math.max(-1, ...indexes);
  }

  get done(): boolean {
    return this.include && this.position > this.highest;
  }

  push(item: unknown): unknown[] {
    const keep = this.wanted.has(this.position) === this.include;
    this.position++;
    return keep ? [item] : [];
  }

  flush(): unknown[] {
    return [];
  }
}

/** Turns each selected input object into what Select-Object writes. */
class Shaper {
  private readonly uniques: { obj: unknown; added: PropertyValue[] }[] = [];

  constructor(
    private readonly ctx: CmdletContext,
    private readonly props: PropertyExpression[],
    private readonly exclude: string[],
    private readonly expand: string | undefined,
    private readonly unique: boolean,
    private readonly caseInsensitive: boolean,
  ) {}

  get passThrough(): boolean {
    return this.props.length === 0 && this.expand === undefined && !this.unique;
  }

  async *shapeAll(items: unknown[], final = false): AsyncGenerator<unknown> {
    for (const item of items) yield* this.shape(item);
    if (final && this.unique) for (const u of this.uniques) yield u.obj;
  }

  private async *shape(item: unknown): AsyncGenerator<unknown> {
    if (this.props.length === 0 && this.expand === undefined) {
      yield* this.write(item, []);
      return;
    }
    const matched: PropertyValue[] = [];
    for (const expr of this.props) matched.push(...await this.evaluate(expr, item));
    if (this.expand === undefined) {
      const result = new PSObject(undefined, ['Selected.' + typeNameOf(item), 'System.Management.Automation.PSCustomObject', 'System.Object']);
      for (const m of matched) {
        if (result.has(m.name)) this.alreadyExists(m.name, item, 'AlreadyExistingUserSpecifiedPropertyNoExpand');
        else result.set(m.name, m.value);
      }
      yield* this.write(result, matched);
      return;
    }
    yield* this.expandOne(item, matched);
  }

  private async evaluate(expr: PropertyExpression, item: unknown): Promise<PropertyValue[]> {
    let results = (await evaluateExpression(this.ctx, expr, item)).filter((r) => !this.excluded(r.name));
    if (expr.block === undefined && results.length === 0 && !isWildcardExpression(expr)) {
      // `select NoSuchName` still gives the new object that property, as $null.
      results = this.excluded(expr.name!) ? [] : [{ name: expr.label ?? expr.name!, value: null }];
    }
    if (expr.label !== undefined && results.length > 1) {
      this.ctx.writeError('Cannot rename multiple results.', { errorId: 'RenamingMultipleResults,Microsoft.PowerShell.Commands.SelectObjectCommand', category: 'InvalidOperation', targetObject: item });
      return [];
    }
    return results;
  }

  private excluded(name: string): boolean {
    return this.exclude.some((pattern) => (hasWildcard(pattern) ? wildcardMatch(pattern, name) : pattern.toLowerCase() === name.toLowerCase()));
  }

  private *expandOne(item: unknown, matched: PropertyValue[]): Generator<unknown> {
    const names = resolveNames({ name: this.expand, entries: {} }, item);
    if (names.length !== 1) {
      const message = names.length === 0 ? `Property "${this.expand}" cannot be found.` : 'Multiple properties cannot be expanded.';
      const errorId = names.length === 0 ? 'ExpandPropertyNotFound' : 'MutlipleExpandProperties';
      this.ctx.writeError(message, { errorId: `${errorId},Microsoft.PowerShell.Commands.SelectObjectCommand`, category: 'InvalidArgument', targetObject: item });
      return;
    }
    const value = memberValue(item, names[0]!);
    if (value === null || value === undefined) return;
    for (const element of Array.isArray(value) ? value : [value]) {
      if (element === null || element === undefined) continue;
      yield* this.write(this.withNotes(element, item, matched), matched);
    }
  }

  /** -Property alongside -ExpandProperty adds those properties to each expanded PSObject. */
  private withNotes(element: unknown, item: unknown, matched: PropertyValue[]): unknown {
    if (matched.length === 0 || !(element instanceof PSObject)) return element;
    for (const m of matched) {
      if (element.has(m.name)) this.alreadyExists(m.name, item, 'AlreadyExistingUserSpecifiedPropertyExpand');
      else element.set(m.name, m.value);
    }
    return element;
  }

  private alreadyExists(name: string, item: unknown, errorId: string): void {
    this.ctx.writeError(`The property cannot be processed because the property "${name}" already exists.`,
      { errorId: `${errorId},Microsoft.PowerShell.Commands.SelectObjectCommand`, category: 'InvalidOperation', targetObject: item });
  }

  private *write(obj: unknown, added: PropertyValue[]): Generator<unknown> {
    if (!this.unique) {
      yield obj;
      return;
    }
    const caseSensitive = !this.caseInsensitive;
    const duplicate = this.uniques.some((u) => compareValues(u.obj, obj, caseSensitive) === 0
      && u.added.length === added.length
      && added.every((a) => {
        const other = u.added.find((b) => b.name.toLowerCase() === a.name.toLowerCase());
        return other !== undefined && compareValues(other.value, a.value, caseSensitive) === 0;
      }));
    if (!duplicate) this.uniques.push({ obj, added });
  }
}
