// Property: whatever strings an object holds, ConvertTo-Csv (pwsh's default: every field quoted)
// followed by ConvertFrom-Csv gives them back unchanged.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertFromCsv } from '../../../src/repl/cmdlets/convertfrom-csv.js';
import { convertToCsv } from '../../../src/repl/cmdlets/convertto-csv.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { runCmdlet } from './helpers.js';

const field = fc.string({ unit: fc.constantFrom('a', 'B', ' ', ',', '"', '\n', '\r', '\t', ';', 'é', '#') });

describe('CSV round trip', () => {
  it('ConvertTo-Csv | ConvertFrom-Csv preserves every value', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(field, field), { minLength: 1, maxLength: 5 }), fc.constantFrom(',', ';', '\t'), async (rows, delimiter) => {
      const input = rows.map(([a, b]) => new PSObject({ First: a, Second: b }));
      const text = (await runCmdlet(convertToCsv, { input, params: { Delimiter: delimiter } })).output as string[];
      const back = (await runCmdlet(convertFromCsv, { input: [text.join('\n')], params: { Delimiter: delimiter } })).output as PSObject[];
      expect(back.map((o) => [o.get('First'), o.get('Second')])).toEqual(rows);
    }), { numRuns: 200 });
  });
});
