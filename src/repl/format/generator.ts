/**
 * Turns objects into format packets, as pwsh's format-default and Format-*
 * do: the first object picks the view (a registered one, else a table for up
 * to 4 properties and a list for more); later objects the view does not
 * apply to, and scalars, go "out of band" (printed on their own).
 */
import { PSList } from '../values/list.js';
import { PSObject } from '../values/psobject.js';
import { compositeFormat, formatArgument } from '../values/composite-format.js';
import { cellText, isRightAligned, isScalar, toText, typeNamesOf } from './display.js';
import type { CellOptions } from './display.js';
import { dictionaryEntries, isDictionary } from './dictionary.js';
import { FormatOutput } from './packets.js';
import type { EntryBody, FormatPacket, Shape, TableColumnInfo } from './packets.js';
import { expandPropertyPattern, getProperty, hasProperty, propertyNames, wildcardRegex } from './properties.js';
import type { Alignment } from './table-writer.js';
import { columnLabel, findView, sameView } from './views.js';
import type { ViewDefinition } from './views.js';

/** A -Property / -GroupBy item: a name (wildcards allowed) or a calculated property. */
export interface PropertySpec {
  name?: string;
  /** The name is an actual property name, not a wildcard pattern (`[0]` in a name is literal). */
  literal?: boolean;
  label?: string;
  /** Calculated value; `computed` holds values the caller evaluated beforehand for this object. */
  expression?: (obj: unknown, computed: readonly unknown[]) => unknown;
  width?: number;
  align?: Alignment;
  /** A .NET format (`N2`, `yyyy-MM-dd`) or composite format (`{0:N2} KB`) for the value. */
  formatString?: string;
}

export interface FormatParams {
  /** Undefined: Out-Default chooses from the view registry and the property count. */
  shape?: Shape;
  properties?: PropertySpec[];
  groupBy?: PropertySpec;
  autosize?: boolean;
  wrap?: boolean;
  hideHeader?: boolean;
  wideColumns?: number;
  enumerationLimit?: number;
  /** -ExcludeProperty: property names (wildcards allowed) to leave out; alone it implies `-Property *`. */
  exclude?: string[];
  /** -Force: format scalars too instead of printing them on their own. */
  force?: boolean;
}

interface Column {
  label: string;
  get: (obj: unknown, computed: readonly unknown[]) => unknown;
  width: number;
  align?: Alignment;
  format?: string;
  /** The property a name spec resolved to (what -ExcludeProperty matches). */
  property?: string;
  /** A view column whose label was given explicitly. */
  customLabel?: boolean;
}

/** Most columns an ad-hoc table shows, as pwsh. */
const MAX_TABLE_COLUMNS = 10;
const DISPLAY_NAME_PATTERNS = ['name', 'id', 'key', '*key', '*name', '*id'];

export class FormatGenerator {
  private started = false;
  private inGroup = false;
  private shape: Shape = 'table';
  private view?: ViewDefinition;
  private columns: Column[] = [];
  private groupKey?: string;

  private readonly excluded: RegExp[];

  constructor(private readonly params: FormatParams, private readonly emit: (packet: FormatPacket) => void) {
    this.excluded = (params.exclude ?? []).map(wildcardRegex);
    if (this.excluded.length > 0 && !params.properties?.length) this.params = { ...params, properties: [{ name: '*' }] };
  }

  push(value: unknown, computed: readonly unknown[] = []): void {
    if (value === null || value === undefined) return;
    if (value instanceof FormatOutput) {
      this.emit(value.packet);
      return;
    }
    // Collections are shown element by element; a dictionary as its entries.
    if (Array.isArray(value) || value instanceof PSList) {
      for (const item of Array.isArray(value) ? value : value.items) this.push(item, computed);
      return;
    }
    if (isDictionary(value)) {
      for (const [key, val] of dictionaryEntries(value)) this.push(dictionaryEntry(key, val), computed);
      return;
    }
    const force = this.params.force ?? false;
    const kind = typeof value;
    if (!force && (kind === 'string' || kind === 'number' || kind === 'boolean')) {
      // The common case, kept cheap: a scalar always prints on its own.
      this.emit({ type: 'entry', body: { kind: 'text', text: toText(value) }, outOfBand: true });
      return;
    }
    if (!force && this.pushOutOfBand(value, false)) return;
    if (!this.started) this.start(value, computed);
    if (!force && this.view && !sameView(findView(typeNamesOf(value), this.view.kind), this.view) && this.pushOutOfBand(value, true)) return;
    this.group(value, computed);
    this.emit({ type: 'entry', body: this.body(value, computed), outOfBand: false });
  }

  end(): void {
    if (!this.started) return;
    if (this.inGroup) this.emit({ type: 'group-end' });
    this.emit({ type: 'end' });
    this.started = false;
    this.inGroup = false;
  }

  /** Scalars, out-of-band views, and (with `fallback`) anything a list can show, printed on their own. */
  private pushOutOfBand(value: unknown, fallback: boolean): boolean {
    const names = typeNamesOf(value);
    const view = findView(names);
    let body: EntryBody | undefined;
    if (view?.outOfBand) body = view.kind === 'custom' ? { kind: 'custom', lines: view.render?.(value) ?? [] } : this.viewListBody(view, value);
    else if (isScalar(value) || propertyNames(value).length === 0) body = { kind: 'text', text: toText(value) };
    else if (fallback) body = this.propertyListBody(value, literalSpecs(value), []);
    if (!body) return false;
    this.emit({ type: 'entry', body, outOfBand: true });
    return true;
  }

  private start(first: unknown, computed: readonly unknown[]): void {
    const p = this.params;
    const names = typeNamesOf(first);
    this.view = p.properties?.length ? undefined : findView(names, p.shape);
    if (this.view?.kind === 'custom' && !this.view.render) this.view = undefined;
    this.shape = this.view?.kind ?? p.shape ?? (propertyNames(first).length <= 4 ? 'table' : 'list');
    this.started = true;
    if (this.shape === 'table') {
      this.columns = this.view ? viewColumns(this.view) : this.tableColumns(first);
      const columns: TableColumnInfo[] = this.columns.map((c) => ({
        label: c.label,
        width: c.width,
        // A view's columns are left-aligned unless it says otherwise; ad-hoc ones follow the first value.
        alignment: c.align ?? (!this.view && isRightAligned(c.get(first, computed)) ? 'right' : 'left'),
        headerMatchesProperty: !c.customLabel || hasProperty(first, c.label),
      }));
      this.emit({
        type: 'start', shape: 'table', columns,
        hideHeader: p.hideHeader ?? this.view?.hideHeader ?? false,
        autosize: p.autosize ?? this.view?.autosize ?? false,
      });
      return;
    }
    if (this.shape === 'wide') {
      this.columns = [this.wideColumn(first)];
      this.emit({ type: 'start', shape: 'wide', autosize: p.autosize ?? false, wideColumns: p.wideColumns ?? 0 });
      return;
    }
    this.emit({ type: 'start', shape: this.shape });
  }

  private tableColumns(first: unknown): Column[] {
    const specs = this.params.properties?.length ? this.params.properties : literalSpecs(first);
    const columns = this.resolve(specs, first);
    return this.params.properties?.length ? columns : columns.slice(0, MAX_TABLE_COLUMNS);
  }

  /** Specs to columns for this object, less the -ExcludeProperty ones. */
  private resolve(specs: readonly PropertySpec[], obj: unknown, keepMissing = true): Column[] {
    const columns = resolveSpecs(specs, obj, keepMissing);
    if (this.excluded.length === 0) return columns;
    return columns.filter((c) => c.property === undefined || !this.excluded.some((re) => re.test(c.property!)));
  }

  private wideColumn(first: unknown): Column {
    const specs = this.params.properties;
    if (specs?.length) return this.resolve(specs, first)[0] ?? { label: '', get: () => '', width: 0 };
    const viewColumn = this.view?.columns[0];
    if (viewColumn) return viewColumns(this.view!)[0];
    const name = displayNameProperty(first);
    return { label: name ?? '', get: (obj) => (name ? getProperty(obj, name) : obj), width: 0 };
  }

  private group(value: unknown, computed: readonly unknown[]): void {
    const spec = this.params.groupBy ?? (this.view?.groupBy ? { name: this.view.groupBy.property, label: this.view.groupBy.label } : undefined);
    if (!spec) {
      if (!this.inGroup) {
        this.emit({ type: 'group-start' });
        this.inGroup = true;
      }
      return;
    }
    const column = resolveSpecs([spec], value)[0];
    const key = cellText(column.get(value, computed), { enumerationLimit: this.params.enumerationLimit });
    if (this.inGroup && key === this.groupKey) return;
    if (this.inGroup) {
      this.emit({ type: 'entry', body: { kind: 'custom', lines: [''] }, outOfBand: true });
      this.emit({ type: 'group-end' });
    }
    this.groupKey = key;
    this.inGroup = true;
    this.emit({ type: 'group-start', label: `   ${column.label}: ${key}` });
  }

  private body(value: unknown, computed: readonly unknown[]): EntryBody {
    const limit = this.params.enumerationLimit;
    switch (this.shape) {
      case 'table':
        return {
          kind: 'row',
          values: this.columns.map((c) => columnText(c, c.get(value, computed), { table: true, enumerationLimit: limit })),
          alignments: this.view ? this.columns.map((c) => c.align) : undefined,
          multiLine: this.params.wrap ?? false,
        };
      case 'wide':
        return { kind: 'wide', value: columnText(this.columns[0], this.columns[0].get(value, computed), { enumerationLimit: limit }) };
      case 'custom':
        return { kind: 'custom', lines: this.view?.render?.(value) ?? [toText(value)] };
      default:
        if (this.view) return this.viewListBody(this.view, value);
        return this.propertyListBody(value, this.params.properties?.length ? this.params.properties : literalSpecs(value), computed);
    }
  }

  private viewListBody(view: ViewDefinition, value: unknown): EntryBody {
    const columns = viewColumns(view);
    return {
      kind: 'list',
      labels: columns.map((c) => c.label),
      values: columns.map((c) => cellText(c.get(value, []), { enumerationLimit: this.params.enumerationLimit })),
    };
  }

  private propertyListBody(value: unknown, specs: PropertySpec[], computed: readonly unknown[]): EntryBody {
    const columns = this.resolve(specs, value, false);
    return {
      kind: 'list',
      labels: columns.map((c) => c.label),
      values: columns.map((c) => columnText(c, c.get(value, computed), { enumerationLimit: this.params.enumerationLimit })),
    };
  }
}

/** A column's text: its FormatString applied when it has one (a failing format shows nothing, as in pwsh). */
function columnText(column: Column, value: unknown, options: CellOptions): string {
  if (!column.format || value === null || value === undefined) return cellText(value, options);
  try {
    return column.format.includes('{0') || column.format.includes('}')
      ? compositeFormat(column.format, [value])
      : formatArgument(value, column.format);
  } catch {
    return '';
  }
}

function viewColumns(view: ViewDefinition): Column[] {
  return view.columns.map((c) => ({
    label: columnLabel(c),
    customLabel: c.label !== undefined,
    get: (obj: unknown) => (c.expression ? c.expression(obj) : c.property ? getProperty(obj, c.property) : undefined),
    width: c.width ?? 0,
    align: c.align,
  }));
}

/** Specs to columns against one object: wildcards expand to its matching property names. */
export function resolveSpecs(specs: readonly PropertySpec[], obj: unknown, keepMissing = true): Column[] {
  const columns: Column[] = [];
  for (const spec of specs) {
    if (spec.expression) {
      const expression = spec.expression;
      columns.push({ label: spec.label ?? spec.name ?? '', get: expression, width: spec.width ?? 0, align: spec.align, format: spec.formatString });
      continue;
    }
    const names = spec.literal ? [spec.name ?? ''] : expandPropertyPattern(obj, spec.name ?? '', keepMissing);
    for (const name of names) {
      columns.push({ label: spec.label ?? name, get: (o) => getProperty(o, name), width: spec.width ?? 0, align: spec.align, format: spec.formatString, property: name });
    }
  }
  return columns;
}

/** Every property of an object, by its exact name. */
function literalSpecs(obj: unknown): PropertySpec[] {
  return propertyNames(obj).map((name) => ({ name, literal: true }));
}

/** The property Format-Wide shows when none is given: Name, Id, Key, *Key, *Name, *Id. */
function displayNameProperty(obj: unknown): string | undefined {
  for (const pattern of DISPLAY_NAME_PATTERNS) {
    const match = expandPropertyPattern(obj, pattern).find((n) => propertyNames(obj).includes(n));
    if (match) return match;
  }
  return undefined;
}

/** System.Collections.DictionaryEntry, as enumerating a hashtable yields it. */
export function dictionaryEntry(key: unknown, value: unknown): PSObject {
  return new PSObject([['Name', key], ['Key', key], ['Value', value]], ['System.Collections.DictionaryEntry', 'System.ValueType', 'System.Object']);
}

