/**
 * LanguagePrimitives.TryConvertTo<double>, as Measure-Object uses it: the
 * number, or undefined when the value does not convert.
 */
import { tryConvertTo } from '../../values/convert.js';
import { PSNumber } from '../../values/numbers.js';

export function tryToDouble(value: unknown): number | undefined {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  const n = tryConvertTo('double', value);
  if (n instanceof PSNumber) return n.value;
  return typeof n === 'number' ? n : undefined;
}
