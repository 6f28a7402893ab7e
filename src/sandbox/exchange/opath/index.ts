import { compileFilter, type Predicate } from './evaluate.js';
import { parseOpath } from './parser.js';

export type { Predicate } from './evaluate.js';

/** Parses and checks an OPATH `-Filter` for a cmdlet whose objects have `filterable` properties. */
export function opathPredicate(filter: string, filterable: readonly string[]): Predicate {
  return compileFilter(parseOpath(filter), filterable);
}
