import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { highlight, type HighlightKind } from '../../../src/repl/highlight/index.js';

/** The input cut into `kind:text` pieces, plain text trimmed and blank text left out, for readable assertions. */
function pieces(input: string): string[] {
  return highlight(input)
    .map((s) => `${s.kind}:${s.kind === 'text' ? input.slice(s.start, s.end).trim() : input.slice(s.start, s.end)}`)
    .filter((p) => p !== 'text:');
}

function kindOf(input: string, fragment: string, occurrence = 0): HighlightKind[] {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = input.indexOf(fragment, at + 1);
  return highlight(input).filter((s) => s.start < at + fragment.length && s.end > at).map((s) => s.kind);
}

describe('highlight', () => {
  it('colours a pipeline: commands, parameters, strings with their variables, operators, numbers, members, comments', () => {
    expect(pieces('Get-Mailbox -Identity "a $x b" | Where-Object { $_.Size -gt 10MB } # big')).toEqual([
      'command:Get-Mailbox', 'parameter:-Identity', 'string:"a ', 'variable:$x', 'string: b"', 'operator:|',
      'command:Where-Object', 'text:{', 'variable:$_', 'operator:.', 'member:Size', 'operator:-gt', 'number:10MB', 'text:}', 'comment:# big',
    ]);
  });

  it('treats the word after & and . as the command, and arguments as plain text', () => {
    expect(kindOf('& Get-Thing arg', 'Get-Thing')).toEqual(['command']);
    expect(kindOf('. ./lib.ps1', './lib.ps1')).toEqual(['command']);
    expect(kindOf('Get-Item readme.md', 'readme.md')).toEqual(['text']);
    expect(kindOf('& $sb 1', '$sb')).toEqual(['variable']);
  });

  it('marks keywords where statements start, but not when they are arguments', () => {
    const input = 'if ($a -eq 1) { Write-Output if } else { foreach ($x in $y) { } }';
    expect(kindOf(input, 'if')).toEqual(['keyword']);
    expect(kindOf(input, 'if', 1)).toEqual(['text']);
    expect(kindOf(input, 'else')).toEqual(['keyword']);
    expect(kindOf(input, 'foreach')).toEqual(['keyword']);
    expect(kindOf(input, ' in ')).toContain('keyword');
  });

  it('colours type literals, casts, static members and hashtable keys', () => {
    const input = '[math]::Round([int]"3", 1); $h = @{ Name = [datetime]::Now }';
    expect(kindOf(input, '[math]')).toEqual(['type']);
    expect(kindOf(input, 'Round')).toEqual(['member']);
    expect(kindOf(input, '[int]')).toEqual(['type']);
    expect(kindOf(input, 'Name')).toEqual(['member']);
    expect(kindOf(input, '=', 0)).toEqual(['operator']);
  });

  it('colours a function definition: keyword, name, parameter types and variables, nested sub-expression variables', () => {
    const input = 'function Get-Greeting { param([string]$Name) "Hi $($Name.ToUpper())" }';
    expect(pieces(input).slice(0, 4)).toEqual(['keyword:function', 'command:Get-Greeting', 'text:{', 'keyword:param']);
    expect(kindOf(input, '[string]')).toEqual(['type']);
    expect(kindOf(input, '$Name', 1)).toEqual(['variable']);
    expect(kindOf(input, 'ToUpper')).toEqual(['member']);
    expect(pieces('function global:Get-Thing($a) { }').slice(0, 2)).toEqual(['keyword:function', 'command:global:Get-Thing']);
    expect(pieces('filter Only-Big { }').slice(0, 2)).toEqual(['keyword:filter', 'command:Only-Big']);
    expect(kindOf('function { x }', 'x')).not.toContain('command');
  });

  it('colours comments, block comments and redirections', () => {
    expect(kindOf('Get-X <# note #> -A', '<# note #>')).toEqual(['comment']);
    expect(kindOf('Get-X 2>&1', '2>&1')).toEqual(['operator']);
    expect(kindOf('Get-X > out.txt', '>')).toEqual(['operator']);
  });

  it('colours parse errors red, at the parser diagnostic positions', () => {
    expect(kindOf('Get-X ) }', ')')).toEqual(['error']);
    expect(kindOf('$a = 1 +* 2', '*')).toContain('error');
  });

  it('does not call input that is merely unfinished an error', () => {
    for (const input of ['Get-Mailbox |', 'if ($x) {', '"unterminated', 'Get-X `', '@{ a = 1', '$x = (1 +', "Write-Output @'\nline"]) {
      expect(highlight(input).map((s) => s.kind), input).not.toContain('error');
    }
    expect(kindOf('"unterminated', '"unterminated')).toEqual(['string']);
  });

  it('gives nothing for empty input and one span per run of a kind', () => {
    expect(highlight('')).toEqual([]);
    expect(highlight('Get-Date')).toEqual([{ start: 0, end: 8, kind: 'command' }]);
  });

  it('is total: spans cover any input in order without gaps or overlaps, and it never throws', () => {
    const alphabet = fc.constantFrom(...'ab$-_ {}()[]@"\'`#<>|&;,.:=+*/%!?0123456789\n\tifelse'.split(''), 'Get-X', ' -eq ', '$(', '@{', '@(', '<#', '#>', "@'\n", "\n'@", '@"\n', '\n"@', '[int]', '::', 'function ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')), (input) => {
        const spans = highlight(input);
        let at = 0;
        for (const s of spans) {
          expect(s.start).toBe(at);
          expect(s.end).toBeGreaterThan(s.start);
          at = s.end;
        }
        expect(at).toBe(input.length);
      }),
      { numRuns: 400 },
    );
  });

  it('is fast enough for every keystroke: a 200-character line well under a millisecond on average', () => {
    const line = 'Get-EXOMailbox -ResultSize 5000 -Properties DisplayName | Where-Object { $_.DisplayName -like "*smith*" -and $_.Size -gt 10MB } | Sort-Object DisplayName | Select-Object -First 10 # x';
    expect(line.length).toBeGreaterThanOrEqual(180);
    for (let i = 0; i < 50; i++) highlight(line);
    const runs = 500;
    const started = performance.now();
    for (let i = 0; i < runs; i++) highlight(line.slice(0, 100 + (i % 100)));
    const perCall = (performance.now() - started) / runs;
    // The target is < 1 ms; the bound is generous for a shared 2-core machine under test load.
    expect(perCall).toBeLessThan(5);
  });
});

describe('highlight on the seed scripts', () => {
  const SEED_DIR = '/work/shared/seed/scripts';
  const scripts = readdirSync(SEED_DIR).filter((f) => f.endsWith('.ps1')).sort();

  it.each(scripts)('%s: no error spans, every command named in it coloured as a command', (file) => {
    const text = readFileSync(join(SEED_DIR, file), 'utf8');
    const spans = highlight(text);
    expect(spans.filter((s) => s.kind === 'error')).toEqual([]);
    const commands = new Set(spans.filter((s) => s.kind === 'command').map((s) => text.slice(s.start, s.end)));
    for (const name of text.match(/^\s*(?:\$\w+\s*=\s*)?([A-Z][a-z]+-[A-Za-z]+)\b/gm) ?? []) {
      const command = /([A-Z][a-z]+-[A-Za-z]+)$/.exec(name.trim())![1]!;
      expect(commands, `${file}: ${command}`).toContain(command);
    }
    expect(spans.some((s) => s.kind === 'comment')).toBe(true);
  });
});
