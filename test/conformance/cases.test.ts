import { describe, expect, it } from 'vitest';
import { CaseFormatError, loadAllCases, loadKnownGaps, normalizeOutput, parseCaseFile } from './case-file.js';

describe('conformance case files', () => {
  const cases = loadAllCases();

  it('parse, and hold at least 400 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(400);
  });

  it('cover every area with at least 10 cases', () => {
    const perArea = new Map<string, number>();
    for (const c of cases) perArea.set(c.area, (perArea.get(c.area) ?? 0) + 1);
    const thin = [...perArea].filter(([, count]) => count < 10);
    expect(thin).toEqual([]);
  });

  it('name a source for every case', () => {
    const unsourced = cases.filter((c) => !c.sources.some((s) => /^(PowerShell\/PowerShell:|MicrosoftDocs\/PowerShell-Docs:|https:\/\/)/.test(s)));
    expect(unsourced.map((c) => `${c.file}:${c.line}`)).toEqual([]);
  });

  it('use unique names within an area', () => {
    const seen = new Set<string>();
    const duplicates = cases.filter((c) => {
      const key = `${c.area}: ${c.name}`;
      if (seen.has(key)) return true;
      seen.add(key);
      return false;
    });
    expect(duplicates.map((c) => `${c.file}:${c.line} ${c.name}`)).toEqual([]);
  });

  it('list as known gaps only cases that exist, and few of them', () => {
    const titles = new Set(cases.map((c) => `${c.area}: ${c.name}`));
    const gaps = [...loadKnownGaps()];
    expect(gaps.filter((g) => !titles.has(g))).toEqual([]);
    expect(gaps.length).toBeLessThanOrEqual(cases.length * 0.05);
  });
});

describe('case file format', () => {
  it('splits script, stdout and optional stderr', () => {
    const [c] = parseCaseFile(
      ['=== one', '# source: https://example.test/a', '"a"', '--- stdout', '', 'a', '--- stderr', 'e', ''].join('\n'),
      'area',
    );
    expect(c).toMatchObject({ area: 'area', name: 'one', sources: ['https://example.test/a'], script: '"a"', stdout: '\na', stderr: 'e\n' });
  });

  it('leaves stderr undefined when the case does not give it', () => {
    const [c] = parseCaseFile(['=== one', '# source: x', '1', '--- stdout', '1'].join('\n'), 'area');
    expect(c.stderr).toBeUndefined();
  });

  it('rejects a case without a stdout section or a source', () => {
    expect(() => parseCaseFile(['=== one', '# source: x', '1'].join('\n'), 'a')).toThrow(CaseFormatError);
    expect(() => parseCaseFile(['=== one', '1', '--- stdout', '1'].join('\n'), 'a')).toThrow(CaseFormatError);
  });

  it('compares ignoring trailing whitespace and trailing blank lines only', () => {
    expect(normalizeOutput('\nName  \n----\nx\n\n\n')).toBe('\nName\n----\nx');
    expect(normalizeOutput('a\r\nb')).toBe('a\nb');
  });
});
