import { describe, expect, it } from 'vitest';
import { isIncompleteInput, lineColumn, parseScript } from '../../../src/repl/syntax/index.js';
import { sexpr } from './sexpr.js';

function problems(source: string): string[] {
  return parseScript(source).diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`);
}

describe('error positions and messages', () => {
  it('points a missing } at its opening brace', () => {
    expect(problems('Get-X\nif ($a) {\n  1\n')).toEqual(["2:9 Missing closing '}' in statement block or type definition."]);
  });

  it('points an unterminated string at its start', () => {
    expect(problems('$x = 1\nWrite-Host "abc\n')).toEqual(['2:12 The string is missing the terminator: ".']);
    expect(problems("'abc")).toEqual(["1:1 The string is missing the terminator: '."]);
    expect(problems('@"\nabc')).toEqual(['1:1 The string is missing the terminator: "@.']);
  });

  it('reports unexpected tokens where they are', () => {
    expect(problems('$a = 1\n$a $b')).toEqual(["2:4 Unexpected token '$b' in expression or statement."]);
    expect(problems('Get-X }')).toEqual(["1:7 Unexpected token '}' in expression or statement."]);
    expect(problems('$a -foo 1')).toEqual(["1:4 Unexpected token '-foo' in expression or statement."]);
  });

  it('reports missing operands after the operator', () => {
    expect(problems('-not')).toEqual(["1:5 Missing expression after unary operator '-not'."]);
    expect(problems('$a -eq')).toEqual(["1:7 You must provide a value expression following the '-eq' operator."]);
    expect(problems('1 + )')).toEqual([
      "1:5 You must provide a value expression following the '+' operator.",
      "1:5 Unexpected token ')' in expression or statement.",
    ]);
  });

  it('reports missing closers of expressions', () => {
    expect(problems('(1 + 2')).toEqual(["1:7 Missing closing ')' in expression."]);
    expect(problems('$(1')).toEqual(["1:4 Missing closing ')' in subexpression."]);
    expect(problems('$a[0')).toEqual(["1:5 Missing ']' after array index expression."]);
    expect(problems('$s.Substring(1')).toEqual(["1:15 Missing ')' in method call."]);
    expect(problems('@{ a = 1')).toEqual(['1:1 The hash literal was incomplete.']);
    expect(problems('[int')).toEqual(['1:5 Missing ] at end of type token.']);
  });

  it('reports malformed statements with PowerShell wording, once per statement', () => {
    expect(problems('if $a { }')).toEqual(["1:4 Missing '(' after 'if' in if statement."]);
    expect(problems('if () { }')).toEqual(["1:5 Missing condition in if statement after 'if ('."]);
    expect(problems('if ($a) 1')).toEqual(['1:9 Missing statement block after if ( condition ).', ]);
    expect(problems('while ($a) ')).toEqual(['1:12 Missing statement body in while loop.']);
    expect(problems('foreach ($a) { }')).toEqual(["1:12 Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}"]);
    expect(problems('do { } 1')).toEqual(['1:8 Missing while or until keyword in do loop.']);
    expect(problems('try { } 1')).toEqual(['1:9 The Try statement is missing its Catch or Finally block.']);
    expect(problems('function { }')).toEqual(['1:10 Missing name after function keyword.']);
    expect(problems('Get-X | | Get-Y')).toEqual(['1:9 An empty pipe element is not allowed.']);
    expect(problems('"{0}" -f 1,')).toEqual(["1:12 Missing expression after ','."]);
  });

  it('carries the file name when given', () => {
    expect(parseScript('(', 'x.ps1').diagnostics[0]).toMatchObject({ fileName: 'x.ps1', offset: 1, line: 1, column: 2 });
  });
});

describe('recovery', () => {
  it('keeps parsing the statements after an error', () => {
    const { ast, diagnostics } = parseScript('$a = (1 +\nGet-X -Name a\n$b = 2');
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(sexpr(ast)).toContain('(= $b 2)');
  });

  it('resumes after a bad token inside a block', () => {
    const { ast, diagnostics } = parseScript('if ($x) { ) ; Get-Y }\nGet-Z');
    expect(diagnostics.map((d) => d.code)).toEqual(['UnexpectedToken']);
    expect(sexpr(ast)).toBe('(if ($x {(cmd Get-Y)})); (cmd Get-Z)');
  });

  it('lets an inner construct yield a closer that an outer one awaits', () => {
    const { ast, diagnostics } = parseScript('$x = @(foo { )\nGet-Z');
    expect(diagnostics.map((d) => d.code)).toEqual(['MissingEndCurlyBrace']);
    expect(sexpr(ast)).toBe('(= $x (@ (cmd foo {}))); (cmd Get-Z)');
  });

  it('reports unsupported keywords and skips their statement', () => {
    const { ast, diagnostics } = parseScript('class Foo {\n  [int]$x\n}\nGet-Z');
    expect(diagnostics.map((d) => d.message)).toEqual(["The 'class' keyword is not supported in this version of the language."]);
    expect(sexpr(ast)).toBe('<error>; (cmd Get-Z)');
  });
});

describe('isIncompleteInput', () => {
  const incomplete = (source: string): boolean => isIncompleteInput(parseScript(source).diagnostics);

  it('is true when the input merely stops early', () => {
    for (const source of [
      'if ($a) {', 'function f {', '"abc', "'abc", '@"\nabc', '<# comment', 'Get-X |', '1 +', '$x =',
      'Get-X `', 'Get-X `\n', '(1', '$(1', '@(1', '@{ a = 1', 'foreach ($a in $b)', '$a[', 'Get-X -A (Get-Y', '$s.Trim(',
      'switch ($x) {', 'try { }', 'do { }', '1,', '-not', 'if ($a) { "x',
    ]) {
      expect(incomplete(source), source).toBe(true);
    }
  });

  it('is false for complete input and for real errors', () => {
    for (const source of ['Get-X', '', 'if ($a) { 1 }', '$a $b', 'Get-X }', '1 + )', '(1))', 'if ($a) { 1 } }', 'function { }']) {
      expect(incomplete(source), source).toBe(false);
    }
  });
});

describe('lineColumn', () => {
  it('counts lines after LF, CRLF and CR', () => {
    const text = 'a\r\nb\nc\rd';
    expect(lineColumn(text, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(text, 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumn(text, 5)).toEqual({ line: 3, column: 1 });
    expect(lineColumn(text, 7)).toEqual({ line: 4, column: 1 });
    expect(lineColumn(text, 8)).toEqual({ line: 4, column: 2 });
  });
});

describe('semantic checks made while parsing', () => {
  it('allows [ordered] only on a hash literal', () => {
    expect(problems("'before'\n[ordered]$orderedHash = @{}")).toEqual(['2:1 The ordered attribute can be specified only on a hash literal node.']);
    expect(parseScript('[ordered]$h = @{}').diagnostics[0]).toMatchObject({ offset: 0, length: 11 });
    expect(problems('$h = [ordered]@{ a = 1 }')).toEqual([]);
  });
});
