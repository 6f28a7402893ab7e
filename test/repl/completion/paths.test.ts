import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { complete } from '../../../src/repl/completion/index.js';
import type { Session } from '../../../src/repl/engine/session.js';
import { at, sessionWith } from './helpers.js';

let s: Session;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'exosh-complete-'));
  mkdirSync(join(dir, 'My Folder'));
  mkdirSync(join(dir, 'reports'));
  writeFileSync(join(dir, 'My Folder', 'inner.csv'), '');
  writeFileSync(join(dir, 'report.csv'), '');
  writeFileSync(join(dir, '.hidden'), '');
  s = await sessionWith('', dir);
});

describe('complete: paths', () => {
  it('completes files and directories in the current directory, directories with a trailing /', async () => {
    const r = await at(s, 'Get-Content rep');
    expect(r.texts).toEqual(['./report.csv', './reports/']);
    expect(r.candidates.map((c) => c.display)).toEqual(['report.csv', 'reports/']);
    expect(r.candidates.map((c) => c.kind)).toEqual(['path', 'path']);
  });

  it('quotes names with spaces and keeps the quote the user opened', async () => {
    expect((await at(s, 'Get-Content M')).texts).toEqual(["'./My Folder/'"]);
    expect((await at(s, "Get-Content './My Folder/i")).texts).toEqual(["'./My Folder/inner.csv'"]);
    expect((await at(s, 'Get-Content "My Folder/')).texts).toEqual(['"./My Folder/inner.csv"']);
    expect((await at(s, "Get-Content 'rep")).texts).toEqual(["'./report.csv'", "'./reports/'"]);
  });

  it('hides dot files unless the word starts with a dot, and completes absolute paths', async () => {
    expect((await at(s, 'Get-Content ')).texts).not.toContain('.hidden');
    expect((await at(s, 'Get-Content .h')).texts).toEqual(['.hidden']);
    expect((await at(s, `Get-Content ${dir}/rep`)).texts).toEqual([`${dir}/report.csv`, `${dir}/reports/`]);
  });

  it('completes paths for arguments of unknown commands and script paths in command position', async () => {
    expect((await at(s, 'Invoke-Nothing rep')).texts).toEqual(['./report.csv', './reports/']);
    expect((await at(s, 'Get-Content ../')).texts.every((t) => t.startsWith('../'))).toBe(true);
    expect((await at(s, './rep')).texts).toEqual(['./report.csv', './reports/']);
  });
});

describe('complete: robustness', () => {
  it('never throws and always replaces a range that ends at the cursor', async () => {
    const chars = fc.constantFrom(...'ab$-_ {}()[]@"\'`#|&;,.:=+'.split(''), 'Get-', 'Sort-Object ', ' -', '$s.', '[str', 'rep');
    await fc.assert(
      fc.asyncProperty(fc.array(chars, { maxLength: 25 }).map((a) => a.join('')), fc.nat(), async (input, n) => {
        const cursor = n % (input.length + 1);
        const r = await complete(s, input, cursor);
        expect(r.replaceEnd).toBe(cursor);
        expect(r.replaceStart).toBeGreaterThanOrEqual(0);
        expect(r.replaceStart).toBeLessThanOrEqual(cursor);
      }),
      { numRuns: 150 },
    );
  });
});
