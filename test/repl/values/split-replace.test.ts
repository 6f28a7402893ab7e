import { describe, expect, it } from 'vitest';
import { binaryOperator as op, type OperatorContext } from '../../../src/repl/values/operators.js';
import { getMember } from '../../../src/repl/values/members.js';
import { valueEquals } from '../../../src/repl/values/comparison.js';

// Cases from PowerShell's SplitOperator.Tests.ps1 and ReplaceOperator.Tests.ps1.

/** Stands in for the engine's ScriptBlock: the evaluator supplies scriptBlockFunction. */
class FakeBlock { constructor(readonly fn: (dollarUnder: unknown) => unknown) {} }
const ctx: OperatorContext = { scriptBlockFunction: (v) => (v instanceof FakeBlock ? v.fn : undefined) };

describe('-split (PowerShell tests)', () => {
  it('limits', () => {
    expect(op('-split', 'a b c d', [' ', 2])).toEqual(['a', 'b c d']);
    expect(op('-split', 'a b c d', [' ', 0])).toEqual(['a', 'b', 'c', 'd']);
    expect(op('-split', 'a b c d', [' ', -3])).toEqual(['a b', 'c', 'd']);
    expect(op('-split', 'a b c d', [' ', -1])).toEqual(['a b c d']);
  });
  it('preserves captured delimiters', () => {
    expect(op('-split', 'a1:b1:c1:d', '(1:)')).toEqual(['a', '1:', 'b', '1:', 'c', '1:', 'd']);
    expect(op('-split', 'a1:b1:c1:d', '1(:)')).toEqual(['a', ':', 'b', ':', 'c', ':', 'd']);
  });
  it('case options', () => {
    expect(op('-split', 'abcBd', 'B')).toEqual(['a', 'c', 'd']);
    expect(op('-isplit', 'abcBd', 'B')).toEqual(['a', 'c', 'd']);
    expect(op('-csplit', 'abcBd', 'B')).toEqual(['abc', 'd']);
    expect(op('-csplit', 'abcBd', ['B', 0, 'IgnoreCase'])).toEqual(['a', 'c', 'd']);
  });
  it.each([['`n', '\n'], ['`r`n', '\r\n']])('Singleline / Multiline with %s', (_name, nl) => {
    const text = `a12a${nl}b34b${nl}c56c${nl}d78d`;
    const text2 = `a12a${nl}%b34b${nl}c56c${nl}d78d`;
    expect(op('-split', text, '^b')).toEqual([text]);
    expect(op('-split', text, 'b.+c')).toEqual([text]);
    expect(op('-split', text, ['b.+c', 0, 'Singleline'])).toEqual([`a12a${nl}`, `${nl}d78d`]);
    expect(op('-split', text2, ['b.+c', 0, 'Singleline'])).toEqual([`a12a${nl}%`, `${nl}d78d`]);
    expect(op('-split', text, ['^b', 0, 'Multiline'])).toEqual([`a12a${nl}`, `34b${nl}c56c${nl}d78d`]);
    expect(op('-split', text, ['^b.+c', 0, 'Singleline,Multiline'])).toEqual([`a12a${nl}`, `${nl}d78d`]);
    expect((op('-split', text2, ['^b.+c', 0, 'Singleline,Multiline']) as unknown[]).length).toBe(1);
  });
  it('IgnorePatternWhitespace, ExplicitCapture, SimpleMatch, RegexMatch', () => {
    expect(op('-split', 'a: b:c', ': ')).toEqual(['a', 'b:c']);
    expect(op('-split', 'a: b:c', [': ', 0, 'IgnorePatternWhitespace'])).toEqual(['a', ' b', 'c']);
    expect(op('-split', 'a:b', ['(:)', 0, 'ExplicitCapture'])).toEqual(['a', 'b']);
    expect(op('-split', 'abc', ['B', 0, 'SimpleMatch,IgnoreCase'])).toEqual(['a', 'c']);
    expect(op('-split', 'abc', ['B', 0, 'RegexMatch,Singleline'])).toEqual(['a', 'c']);
    expect(() => op('-split', 'abc', ['B', 0, 'RegexMatch,SimpleMatch'])).toThrow(expect.objectContaining({ errorId: 'InvalidSplitOptionCombination' }));
  });
  it('script block delimiters', () => {
    const bc = new FakeBlock((c) => valueEquals(c, 'b') || valueEquals(c, 'C'));
    expect(op('-split', 'a::b::c::d', bc, ctx)).toEqual(['a::', '::', '::d']);
    expect(op('-split', 'a::b::c::d', [bc, 2], ctx)).toEqual(['a::', '::c::d']);
    expect(op('-split', 'a::b::c::d', [bc, -2], ctx)).toEqual(['a::b::', '::d']);
  });
});

describe('-replace (PowerShell tests)', () => {
  it('substitutions', () => {
    expect(op('-replace', 'Get-Process', ['Get', 'Stop'])).toBe('Stop-Process');
    expect(op('-replace', 'image.gif', ['\\.gif$', '.jpg'])).toBe('image.jpg');
    expect(op('-replace', 'PowerPoint', 'Point')).toBe('Power');
    expect(op('-replace', 'domain.example', ['.*\\.(\\w+)$', "Tld of '$0' is - '$1'"])).toBe("Tld of 'domain.example' is - 'example'");
    expect(op('-replace', 'domain.example', ['.*\\.(?<tld>\\w+)$', '${tld}'])).toBe('example');
  });
  it('script block replacement gets the Match as $_', () => {
    const block = new FakeBlock((m) => 'X'.repeat(getMember(m, 'Value') as string === '' ? 0 : (getMember(getMember(m, 'Value'), 'Length') as number)));
    expect(op('-replace', 'ID ABC123', ['\\b[A-C]+', block], ctx)).toBe('ID XXX123');
  });
});
