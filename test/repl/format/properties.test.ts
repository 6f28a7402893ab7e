/**
 * Property-based checks of Out-Default: whatever objects arrive, it never
 * throws, and table and list lines never pass the usable width.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { DateTime } from '../../../src/repl/values/datetime.js';
import { cellWidth } from '../../../src/repl/format/text.js';
import { outDefaultLines } from './helpers.js';

const text = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', 'a b c d e f g h', 'line1\nline2', '\u54c7\u6d88\u606f\u5343', 'x'.repeat(150), 'tab\there'),
);

const scalar = fc.oneof(
  text,
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.integer({ min: 0, max: 2_000_000_000_000 }).map((ms) => DateTime.fromInstant(ms, 'Utc')),
);

const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 6 }));

const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,14}$/);

const object = fc.uniqueArray(fc.tuple(name, value), { minLength: 1, maxLength: 8, selector: ([n]) => n.toLowerCase() })
  .map((props) => new PSObject(props));

describe('Out-Default properties', () => {
  it('never throws and keeps table and list lines within the width', () => {
    fc.assert(fc.property(fc.array(object, { minLength: 1, maxLength: 6 }), fc.integer({ min: 8, max: 160 }), (objects, width) => {
      const lines = outDefaultLines(objects, width);
      for (const line of lines) expect(cellWidth(line)).toBeLessThanOrEqual(width - 1);
    }), { numRuns: 300 });
  });

  it('never throws on any mix of scalars, arrays and objects', () => {
    fc.assert(fc.property(fc.array(fc.oneof(value, object), { maxLength: 10 }), fc.integer({ min: 1, max: 200 }), (values, width) => {
      expect(() => outDefaultLines(values, width)).not.toThrow();
    }), { numRuns: 300 });
  });
});
