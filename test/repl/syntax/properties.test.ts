/**
 * Property-based tests: whatever the input, parseScript returns a tree and diagnostics,
 * never throws, finishes quickly, and produces positions that lie inside the text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../src/repl/syntax/index.js';

const SEED_DIR = '/work/shared/seed/scripts';
const seeds = readdirSync(SEED_DIR)
  .filter((f) => f.endsWith('.ps1'))
  .map((f) => readFileSync(join(SEED_DIR, f), 'utf8'));

/** Per-parse time bound: generous for CI machines, far below what a runaway loop would take. */
const MAX_PARSE_MS = 500;

function checkParse(text: string): void {
  const started = performance.now();
  const { ast, diagnostics } = parseScript(text);
  const elapsed = performance.now() - started;
  expect(elapsed).toBeLessThan(MAX_PARSE_MS);
  expect(ast.kind).toBe('ScriptBlock');
  for (const d of diagnostics) {
    expect(d.offset).toBeGreaterThanOrEqual(0);
    expect(d.offset + d.length).toBeLessThanOrEqual(text.length);
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(typeof d.message).toBe('string');
  }
  checkPositions(ast, text.length);
}

/** Every node's pos/end lies within the text, and leaf nodes carry their values. */
function checkPositions(root: object, length: number): void {
  const stack: { node: Record<string, unknown>; lo: number; hi: number }[] = [{ node: root as Record<string, unknown>, lo: 0, hi: length }];
  while (stack.length) {
    const { node, lo, hi } = stack.pop()!;
    const pos = node['pos'] as number;
    const end = node['end'] as number;
    if (!(pos >= lo && pos <= end && end <= hi)) {
      throw new Error(`bad span ${String(node['kind'])} ${pos}..${end} outside ${lo}..${hi}`);
    }
    const kind = node['kind'];
    if (kind === 'StringConstantExpression' && typeof node['value'] !== 'string') throw new Error('string constant without a value');
    if (kind === 'VariableExpression' && typeof node['name'] !== 'string') throw new Error('variable without a name');
    if (kind === 'CommandParameter' && typeof node['parameterName'] !== 'string') throw new Error('parameter without a name');
    for (const value of Object.values(node)) {
      const children = Array.isArray(value) ? value : [value];
      for (const child of children) {
        if (child && typeof child === 'object' && 'kind' in child) {
          stack.push({ node: child as Record<string, unknown>, lo: 0, hi: length });
        }
      }
    }
  }
}

const POWERSHELL_CHARS = [...'abcxyzGetMailbox-0123456789 \t\n\r;,.:$@&|(){}[]<>#`\'"=+-*/%!?_\\'];

const TOKENS = [
  'if', 'elseif', 'else', 'while', 'do', 'until', 'for', 'foreach', 'in', 'switch', 'default', 'try', 'catch',
  'finally', 'throw', 'return', 'exit', 'break', 'continue', 'function', 'filter', 'param', 'begin', 'process',
  'end', 'trap', 'class', 'Get-Mailbox', 'Where-Object', '%', '?', '-Identity', '-Name:', '-eq', '-ceq', '-not',
  '-and', '-or', '-f', '-split', '-join', '-replace', '-like', '-is', '-as', '$x', '$_', '${a b}', '$env:PATH',
  '@params', '$(', '@(', '@{', '(', ')', '{', '}', '[', ']', '[int]', '[string[]]', '[ordered]', '[Parameter(',
  '1', '-5', '0x1F', '10MB', '1.5', '1..5', "'s'", '"d $x $(1)"', "@'\nh\n'@", '@"\nh $x\n"@', '"', "'", '#c',
  '<#', '#>', '`', '`\n', ',', ';', '\n', '|', '&', '.', '::', '=', '+=', '++', '--', '+', '-', '*', '/', '!',
  '2>&1', '>', '>>', '<', 'x.ps1', './a', 'a@b.com:\\c',
];

describe('parseScript never throws and always terminates', () => {
  it('on random strings of PowerShell-significant characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...POWERSHELL_CHARS), maxLength: 120 }), (text) => checkParse(text)),
      { numRuns: 3000 },
    );
  });

  it('on random Unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => checkParse(text)), { numRuns: 500 });
  });

  it('on random token soups', () => {
    const soup = fc
      .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom('', ' ', '  ', '\n')), { maxLength: 60 })
      .map((parts) => parts.map(([token, sep]) => token + sep).join(''));
    fc.assert(fc.property(soup, (text) => checkParse(text)), { numRuns: 3000 });
  });

  it('on mutated seed scripts', () => {
    const mutation = fc.oneof(
      fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...TOKENS) }),
      fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
      fc.record({ op: fc.constant('replace' as const), at: fc.nat(), text: fc.constantFrom(...POWERSHELL_CHARS) }),
    );
    const mutated = fc
      .tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 }))
      .map(([seed, mutations]) => {
        let text = seed;
        for (const m of mutations) {
          const at = m.at % (text.length + 1);
          if (m.op === 'insert') text = text.slice(0, at) + m.text + text.slice(at);
          else if (m.op === 'delete') text = text.slice(0, at) + text.slice(at + m.length);
          else text = text.slice(0, at) + m.text + text.slice(at + 1);
        }
        return text;
      });
    fc.assert(fc.property(mutated, (text) => checkParse(text)), { numRuns: 600 });
  });

  it('on every prefix of a seed script', () => {
    const seed = seeds.reduce((a, b) => (a.length > b.length ? a : b));
    for (let cut = 0; cut <= seed.length; cut += 7) checkParse(seed.slice(0, cut));
  });
});

describe('deep nesting', () => {
  it.each(['(', '{', '@(', '$(', '@{a=', '[', '-not ', 'if ($x) {', '"$(', '&{'])('is reported, not a crash, for 5000 x %j', (opener) => {
    const text = opener.repeat(5000);
    const { diagnostics } = parseScript(text);
    expect(diagnostics.length).toBeGreaterThan(0);
  });

  it('counts nesting through sub-expressions inside strings', () => {
    const { diagnostics } = parseScript('"$('.repeat(3000));
    expect(diagnostics.map((d) => d.code)).toContain('ScriptTooComplicated');
  });

  it('still parses reasonable nesting without complaint', () => {
    const text = `${'('.repeat(100)}1${')'.repeat(100)}`;
    expect(parseScript(text).diagnostics).toEqual([]);
  });
});
