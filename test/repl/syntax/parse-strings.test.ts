import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../src/repl/syntax/index.js';
import { expression, tree } from './sexpr.js';

describe('single-quoted strings', () => {
  it('are constants with doubled quotes decoded and nothing expanded', () => {
    expect(expression("'It''s $x `n'")).toMatchObject({ kind: 'StringConstantExpression', value: "It's $x `n", stringKind: 'singleQuoted' });
  });
});

describe('double-quoted strings', () => {
  it('without expansions are constants', () => {
    expect(expression('"plain text"')).toMatchObject({ kind: 'StringConstantExpression', value: 'plain text', stringKind: 'doubleQuoted' });
  });

  it('decode every backtick escape and doubled quotes', () => {
    expect(expression('"`0`a`b`e`f`n`r`t`v`"`$`` ""q"" `u{263A}"')).toMatchObject({
      kind: 'StringConstantExpression',
      value: '\0\x07\b\x1b\f\n\r\t\v"$` "q" \u263a',
    });
  });

  it('expand $var, ${name}, scoped variables and $(...)', () => {
    expect(tree('"Hi $name, ${full name}: $env:USERNAME $($a + 1)!"')).toBe(
      '(expand "Hi " $name ", " ${full name} ": " $env:USERNAME " " ($ (+ $a 1)) "!")',
    );
  });

  it('expand only the variable before a dot or bracket, as PowerShell does', () => {
    expect(tree('"$a.b $c[0]"')).toBe('(expand $a ".b " $c "[0]")');
  });

  it('leave a $ that starts no variable as text', () => {
    expect(expression('"cost: $ 5 $"')).toMatchObject({ kind: 'StringConstantExpression', value: 'cost: $ 5 $' });
  });

  it('parse sub-expressions with the full parser, nested strings included', () => {
    expect(tree('"Found $($x.Count) of $(Get-X -Name "a b" | Measure-Object) at $(Get-Date -Format \'HH:mm\')"')).toBe(
      '(expand "Found " ($ (. $x Count)) " of " ($ (pipe (cmd Get-X -Name "a b") (cmd Measure-Object))) " at " ($ (cmd Get-Date -Format "HH:mm")))',
    );
  });

  it('give sub-expression nodes positions in the original text', () => {
    const e = expression('"a $($b) c"');
    expect(e.kind === 'ExpandableStringExpression' && e.parts[1]).toMatchObject({ kind: 'SubExpression', pos: 3, end: 8 });
  });
});

describe('here-strings', () => {
  it('keep single-quoted here-string content verbatim', () => {
    expect(expression("@'\n$x \"q\" 'q'\n  `n\n'@")).toMatchObject({
      kind: 'StringConstantExpression', value: "$x \"q\" 'q'\n  `n", stringKind: 'singleQuotedHereString',
    });
  });

  it('expand double-quoted here-strings but do not treat "" as an escape', () => {
    expect(tree('@"\nName: $name\n""quoted"" `t\n"@')).toBe('(expand "Name: " $name "\\n\\"\\"quoted\\"\\" \\t")');
  });

  it('handle CRLF line ends', () => {
    expect(expression("@'\r\nline\r\n'@")).toMatchObject({ value: 'line' });
  });

  it('report text after the header', () => {
    const { diagnostics } = parseScript('@" x\nbody\n"@');
    expect(diagnostics.map((d) => d.message)).toEqual([
      'No characters are allowed after a here-string header but before the end of the line.',
    ]);
  });
});
