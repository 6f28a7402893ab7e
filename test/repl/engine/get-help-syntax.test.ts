import { describe, expect, it } from 'vitest';
import { syntaxLines } from '../../../src/repl/engine/cmdlets/get-help.js';
import type { CmdletDefinition } from '../../../src/repl/cmdlets/types.js';

describe('Get-Help syntax types', () => {
  it('shows a generic parameter type as pwsh does (Unlimited[uint]), the others by their short names', () => {
    const def: CmdletDefinition = {
      name: 'Get-EXOThing',
      synopsis: '',
      parameters: [
        { name: 'Identity', type: 'string', position: 0 },
        { name: 'ResultSize', type: 'unlimited-int' },
        { name: 'Count', type: 'int' },
      ],
      create: () => ({}),
    };
    expect(syntaxLines(def, 'Get-EXOThing')).toEqual(['Get-EXOThing [[-Identity] <string>] [-ResultSize <Unlimited[uint]>] [-Count <int>] [<CommonParameters>]']);
  });
});
