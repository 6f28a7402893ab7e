/**
 * The view registry: default table/list/wide/custom views by type name, as
 * format.ps1xml provides them in pwsh. A type may register one view per
 * kind; Out-Default uses the first registered, Format-Table/List/Wide the
 * one of their kind. Exchange types register theirs (Mailbox, ...) here too.
 */
import type { Alignment } from './table-writer.js';

export type ViewKind = 'table' | 'list' | 'wide' | 'custom';

export interface ViewColumn {
  /** Header (table) or label (list); defaults to the property name. */
  label?: string;
  property?: string;
  expression?: (obj: unknown) => unknown;
  /** Table column width; 0 or absent = sized by the writer. */
  width?: number;
  align?: Alignment;
}

export interface ViewDefinition {
  kind: ViewKind;
  columns: ViewColumn[];
  /** Table: size columns over all rows, as format.ps1xml's AutoSize. */
  autosize?: boolean;
  hideHeader?: boolean;
  /** Start a new group (with a `   Label: value` line) when this property changes. */
  groupBy?: { property: string; label?: string };
  /** Custom views: the lines that show one object. */
  render?: (obj: unknown) => string[];
  /** Printed on its own wherever it appears, never as part of another table (ErrorRecord, DateTime). */
  outOfBand?: boolean;
}

const registry = new Map<string, ViewDefinition[]>();

export function registerView(typeName: string, view: ViewDefinition): void {
  const key = typeName.toLowerCase();
  const views = (registry.get(key) ?? []).filter((v) => v.kind !== view.kind);
  views.push(view);
  registry.set(key, views);
}

export function unregisterViews(typeName: string): void {
  registry.delete(typeName.toLowerCase());
}

const DESERIALIZED = 'deserialized.';

/**
 * The view for an object with these type names (most specific first); with
 * `kind`, only a view of that kind. Deserialized.X falls back to X's view.
 */
export function findView(typeNames: readonly string[], kind?: ViewKind): ViewDefinition | undefined {
  const pick = (names: readonly string[]): ViewDefinition | undefined => {
    for (const name of names) {
      const views = registry.get(name.toLowerCase());
      const view = kind ? views?.find((v) => v.kind === kind) : views?.[0];
      if (view) return view;
    }
    return undefined;
  };
  const direct = pick(typeNames);
  if (direct) return direct;
  const masked = typeNames.filter((n) => n.toLowerCase().startsWith(DESERIALIZED)).map((n) => n.slice(DESERIALIZED.length));
  return masked.length > 0 ? pick(masked) : undefined;
}

/** Label a column shows: its own label, else its property name. */
export function columnLabel(column: ViewColumn): string {
  return column.label ?? column.property ?? '';
}

/**
 * Whether two registrations are the same view: pwsh lets one view apply to
 * several types (CmdletInfo, FunctionInfo, AliasInfo share "CommandInfo"), and
 * registering identical views one type at a time means the same here.
 */
export function sameView(a: ViewDefinition | undefined, b: ViewDefinition | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.kind !== b.kind || a.columns.length !== b.columns.length || a.render !== b.render) return false;
  return a.columns.every((c, i) => {
    const d = b.columns[i];
    return c.label === d.label && c.property === d.property && c.expression === d.expression && c.width === d.width && c.align === d.align;
  });
}
