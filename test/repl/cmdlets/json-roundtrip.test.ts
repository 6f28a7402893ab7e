// Property: ConvertTo-Json output read back by ConvertFrom-Json gives the same values
// (within -Depth, for strings, numbers, booleans, $null, arrays and custom objects).
import { unboxNumber } from '../../../src/repl/values/numbers.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertFromJson } from '../../../src/repl/cmdlets/convertfrom-json.js';
import { convertToJson } from '../../../src/repl/cmdlets/convertto-json.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { runCmdlet } from './helpers.js';

type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain };

const key = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '_', 'x'), minLength: 1, maxLength: 4 });
const tree = fc.letrec<{ value: Plain }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null), fc.boolean(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ unit: fc.constantFrom('a', ' ', '"', '\\', '\n', '\u0001', 'é', '<', '/') }),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(key, tie('value'), { maxKeys: 3 }),
  ),
})).value;

function toPS(v: Plain): unknown {
  if (Array.isArray(v)) return v.map(toPS);
  if (v !== null && typeof v === 'object') return new PSObject(Object.entries(v).map(([k, x]) => [k, toPS(x)] as const));
  return v;
}

function fromPS(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(fromPS);
  if (v instanceof PSObject) return Object.fromEntries(v.properties().map((p) => [p.name, fromPS(p.value)]));
  return unboxNumber(v);
}

describe('JSON round trip', () => {
  it('ConvertTo-Json | ConvertFrom-Json preserves values', async () => {
    await fc.assert(fc.asyncProperty(tree, fc.boolean(), async (value, compress) => {
      const json = (await runCmdlet(convertToJson, { params: { InputObject: toPS(value), Depth: 100, Compress: compress } })).output as string[];
      const back = (await runCmdlet(convertFromJson, { input: json, params: { NoEnumerate: true } })).output;
      // -0 has no JSON spelling of its own.
      expect(fromPS(back[0])).toEqual(JSON.parse(JSON.stringify(value)));
    }), { numRuns: 200 });
  });
});
