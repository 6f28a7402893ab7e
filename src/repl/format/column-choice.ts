/**
 * The column choice Out-Default makes, for renderers other than the text
 * formatter (the interactive table explorer): which shape an object gets,
 * and each column's label, alignment and cell text.
 */
import { cellText, isRightAligned, typeNamesOf } from './display.js';
import { getProperty, propertyNames } from './properties.js';
import type { Alignment } from './table-writer.js';
import { columnLabel, findView } from './views.js';
import './builtin-views.js';

export interface ChosenColumn {
  label: string;
  align: Alignment;
  /** The value this column shows for an object. */
  value(obj: unknown): unknown;
  /** The value as a table cell shows it. */
  text(obj: unknown): string;
}

export interface ColumnChoice {
  shape: 'table' | 'list';
  columns: ChosenColumn[];
}

/** pwsh shows at most this many columns of an object without a view. */
const MAX_AD_HOC_COLUMNS = 10;

/**
 * The columns Out-Default shows for objects like `first`: its registered
 * table or list view, else its properties (a table up to 4, a list from 5).
 * Undefined for scalars and objects without properties, which print as text.
 */
export function chooseColumns(first: unknown): ColumnChoice | undefined {
  const view = findView(typeNamesOf(first));
  if (view && (view.kind === 'table' || view.kind === 'list')) {
    return {
      shape: view.kind,
      columns: view.columns.map((c) => {
        const value = (obj: unknown) => (c.expression ? c.expression(obj) : c.property ? getProperty(obj, c.property) : undefined);
        return { label: columnLabel(c), align: c.align ?? 'left', value, text: (obj) => cellText(value(obj), { table: true }) };
      }),
    };
  }
  const names = propertyNames(first);
  if (names.length === 0 || typeof first !== 'object' || first === null) return undefined;
  const shape = names.length <= 4 ? 'table' : 'list';
  return {
    shape,
    columns: (shape === 'table' ? names.slice(0, MAX_AD_HOC_COLUMNS) : names).map((name) => {
      const value = (obj: unknown) => getProperty(obj, name);
      return {
        label: name,
        align: isRightAligned(value(first)) ? 'right' : 'left',
        value,
        text: (obj) => cellText(value(obj), { table: shape === 'table' }),
      };
    }),
  };
}
