import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../src/repl/syntax/diagnostics.js';
import { Scanner } from '../../../src/repl/syntax/lexer.js';
import type { ScanMode, Token } from '../../../src/repl/syntax/tokens.js';

function scanAll(text: string, mode: ScanMode): Token[] {
  const scanner = new Scanner(text, new DiagnosticBag(text, undefined));
  const tokens: Token[] = [];
  for (;;) {
    const t = scanner.scan(mode);
    if (t.kind === 'EndOfInput') return tokens;
    tokens.push(t);
  }
}

const kinds = (text: string, mode: ScanMode): string[] => scanAll(text, mode).map((t) => `${t.kind}:${t.text}`);

describe('command mode', () => {
  it('lexes a cmdlet call as a bareword, parameters and bareword arguments', () => {
    expect(kinds('Get-Mailbox -Identity foo.bar@x.com -ResultSize 10', 'command')).toEqual([
      'Generic:Get-Mailbox', 'Parameter:-Identity', 'Generic:foo.bar@x.com', 'Parameter:-ResultSize', 'Number:10',
    ]);
  });

  it('keeps paths, wildcards and mailbox folder identities as single barewords', () => {
    expect(kinds('./file.ps1 *.csv C:\\x admin@365adviser.com:\\Calendar ..\\up', 'command')).toEqual([
      'Generic:./file.ps1', 'Generic:*.csv', 'Generic:C:\\x', 'Generic:admin@365adviser.com:\\Calendar', 'Generic:..\\up',
    ]);
  });

  it('treats a digit run that is not a whole number as a bareword', () => {
    expect(kinds('1..10 12345678-1234 10 1.5 0x10', 'command')).toEqual([
      'Generic:1..10', 'Generic:12345678-1234', 'Number:10', 'Number:1.5', 'Number:0x10',
    ]);
  });

  it('scans -Name: with its colon and the value separately', () => {
    const [param, value] = scanAll('-ShowBanner:$false', 'command');
    expect(param).toMatchObject({ kind: 'Parameter', parameterName: 'ShowBanner', parameterColon: true });
    expect(value).toMatchObject({ kind: 'Variable', variable: { name: 'false' } });
  });

  it('lexes -5 as a negative number and - alone as a bareword', () => {
    expect(kinds('-5 - --x', 'command')).toEqual(['Number:-5', 'Generic:-', 'Generic:--x']);
  });

  it('recognizes the dot-source operator only when a space or value follows the dot', () => {
    expect(kinds('. ./lib.ps1', 'command')).toEqual(['Dot:.', 'Generic:./lib.ps1']);
    expect(kinds('.\\lib.ps1', 'command')).toEqual(['Generic:.\\lib.ps1']);
  });

  it('makes `$dir/file` one expandable bareword but keeps `$a.b` a variable', () => {
    const [generic] = scanAll('$dir/file', 'command');
    expect(generic).toMatchObject({ kind: 'Generic', text: '$dir/file', expandable: true });
    expect(kinds('$a.b', 'command')[0]).toBe('Variable:$a');
  });

  it('decodes backtick escapes in barewords', () => {
    const [t] = scanAll('a`tb`$c', 'command');
    expect(t).toMatchObject({ kind: 'Generic', value: 'a\tb$c' });
  });

  it('lexes % and ? as command names (ForEach-Object and Where-Object aliases)', () => {
    expect(kinds('% { } ? { }', 'command')).toEqual(['Generic:%', 'LCurly:{', 'RCurly:}', 'Generic:?', 'LCurly:{', 'RCurly:}']);
  });

  it('lexes redirections', () => {
    const tokens = scanAll('2>&1 > out.txt 2>> err.txt *>$null', 'command');
    expect(tokens.map((t) => t.redirection)).toEqual([
      { fromStream: 'error', toStream: 'output', append: false },
      { fromStream: 'output', toStream: undefined, append: false },
      undefined,
      { fromStream: 'error', toStream: undefined, append: true },
      undefined,
      { fromStream: 'all', toStream: undefined, append: false },
      undefined,
    ]);
  });
});

describe('expression mode', () => {
  it('lexes dash words as operators', () => {
    const tokens = scanAll('1 -eq 1 -CEQ 2 -iLike -not -f', 'expression');
    expect(tokens.map((t) => t.operator ?? t.text)).toEqual(['1', 'eq', '1', 'ceq', '2', 'ilike', 'not', 'f']);
  });

  it('lexes an unknown dash word as a parameter token', () => {
    expect(kinds('-foo', 'expression')).toEqual(['Parameter:-foo']);
  });

  it('lexes arithmetic, assignment and range punctuation', () => {
    expect(kinds('+ ++ += - -- -= * *= / /= % %= = ! .. . :: ,', 'expression').map((k) => k.split(':')[0])).toEqual([
      'Plus', 'PlusPlus', 'PlusEquals', 'Minus', 'MinusMinus', 'MinusEquals', 'Star', 'StarEquals', 'Slash',
      'SlashEquals', 'Percent', 'PercentEquals', 'Equals', 'Exclaim', 'DotDot', 'Dot', 'ColonColon', 'Comma',
    ]);
  });

  it('stops a number before .. so ranges work', () => {
    expect(kinds('1..10', 'expression')).toEqual(['Number:1', 'DotDot:..', 'Number:10']);
  });

  it('accepts en and em dashes as operator dashes', () => {
    expect(scanAll('1 \u2013eq 1', 'expression')[1]).toMatchObject({ kind: 'Operator', operator: 'eq' });
  });
});

describe('numbers', () => {
  const number = (text: string) => scanAll(text, 'expression')[0]!.number;

  it('types integers as int, then long, then decimal, then double (about_Numeric_Literals)', () => {
    expect(number('42')).toEqual({ value: 42, bigValue: undefined, numberType: 'int' });
    expect(number('2147483648')).toMatchObject({ value: 2147483648, numberType: 'long', bigValue: 2147483648n });
    expect(number('99999999999999999999')).toMatchObject({ numberType: 'decimal' });
    expect(number('79228162514264337593543950335')).toMatchObject({ numberType: 'decimal' });
    expect(number('79228162514264337593543950336')).toMatchObject({ numberType: 'double' });
  });

  it('reads hex as a bit pattern', () => {
    expect(number('0x1F')).toMatchObject({ value: 31, numberType: 'int' });
    expect(number('0xFFFFFFFF')).toMatchObject({ value: -1, numberType: 'int' });
    expect(number('0x100000000')).toMatchObject({ value: 4294967296, numberType: 'long' });
  });

  it('reads binary literals (PowerShell 7) as bit patterns', () => {
    expect(number('0b1011011')).toMatchObject({ value: 91, numberType: 'int' });
    expect(number('0b11111111111111111111111111111111')).toMatchObject({ value: -1, numberType: 'int' });
  });

  it('applies type suffixes and multipliers', () => {
    expect(number('10l')).toMatchObject({ value: 10, numberType: 'long' });
    expect(number('2.5d')).toMatchObject({ value: 2.5, numberType: 'decimal' });
    expect(number('1KB')).toMatchObject({ value: 1024, numberType: 'int' });
    expect(number('10MB')).toMatchObject({ value: 10485760, numberType: 'int' });
    expect(number('1GB')).toMatchObject({ value: 1073741824, numberType: 'int' });
    expect(number('1TB')).toMatchObject({ value: 1099511627776, numberType: 'long' });
    expect(number('1.5kb')).toMatchObject({ value: 1536, numberType: 'double' });
    expect(number('1e3')).toMatchObject({ value: 1000, numberType: 'double' });
    expect(number('.5')).toMatchObject({ value: 0.5, numberType: 'double' });
  });
});

describe('variables', () => {
  const variable = (text: string) => scanAll(text, 'expression')[0]!.variable;

  it('splits scope qualifiers', () => {
    expect(variable('$script:count')).toEqual({ name: 'count', scope: 'script', fullName: 'script:count', braced: false });
    expect(variable('$env:PATH')).toMatchObject({ name: 'PATH', scope: 'env' });
    expect(variable('$using:x')).toMatchObject({ name: 'x', scope: 'using' });
  });

  it('reads braced names and special variables', () => {
    expect(variable('${a b}')).toMatchObject({ name: 'a b', braced: true });
    expect(variable('$_')).toMatchObject({ name: '_' });
    expect(variable('$?')).toMatchObject({ name: '?' });
    expect(variable('$$')).toMatchObject({ name: '$' });
  });

  it('does not take `::` as a scope qualifier', () => {
    expect(kinds('$a::b', 'expression')).toEqual(['Variable:$a', 'ColonColon:::', 'Identifier:b']);
  });

  it('lexes @name as a splatted variable and @( @{ as openers', () => {
    expect(kinds('@params @( @{', 'command')).toEqual(['SplattedVariable:@params', 'AtParen:@(', 'AtCurly:@{']);
  });
});

describe('strings, comments and line structure', () => {
  it('decodes doubled quotes in single-quoted strings', () => {
    expect(scanAll("'it''s'", 'expression')[0]).toMatchObject({ kind: 'StringLiteral', value: "it's" });
  });

  it('finds the end of a double-quoted string past nested $( "..." )', () => {
    const [t] = scanAll('"a $("b)" + \'c\') d" x', 'expression');
    expect(t).toMatchObject({ kind: 'StringExpandable', text: '"a $("b)" + \'c\') d"' });
  });

  it('reads here-strings without the header and footer lines', () => {
    const [t] = scanAll("@'\nline 1\n'quoted'\n'@", 'expression');
    expect(t).toMatchObject({ kind: 'HereStringLiteral', value: "line 1\n'quoted'" });
  });

  it('skips # and <# #> comments and backtick line continuations', () => {
    expect(kinds('a <# block\n comment #> b `\n c # tail', 'command')).toEqual(['Generic:a', 'Generic:b', 'Generic:c']);
  });

  it('returns newlines and semicolons as tokens', () => {
    expect(kinds('a\r\nb;c\n', 'command').map((k) => k.split(':')[0])).toEqual([
      'Generic', 'NewLine', 'Generic', 'Semicolon', 'Generic', 'NewLine',
    ]);
  });

  it('marks tokens preceded by whitespace', () => {
    const [a, dot, b] = scanAll('$a. b', 'expression');
    expect([a!.precededBySpace, dot!.precededBySpace, b!.precededBySpace]).toEqual([false, false, true]);
  });
});

describe('scanner hooks', () => {
  it('lookAhead restores the position and tryScan keeps it only on success', () => {
    const text = 'Get-X -Y';
    const scanner = new Scanner(text, new DiagnosticBag(text, undefined));
    const peeked = scanner.lookAhead(() => scanner.scan('command'));
    expect(peeked.text).toBe('Get-X');
    expect(scanner.position).toBe(0);
    expect(scanner.tryScan(() => scanner.scan('command').kind === 'Parameter')).toBe(false);
    expect(scanner.position).toBe(0);
    expect(scanner.tryScan(() => scanner.scan('command').kind === 'Generic')).toBe(true);
    expect(scanner.position).toBe(5);
  });

  it('re-scans the same text differently per mode', () => {
    const text = '-eq';
    const scanner = new Scanner(text, new DiagnosticBag(text, undefined));
    expect(scanner.scan('command').kind).toBe('Parameter');
    scanner.position = 0;
    expect(scanner.scan('expression').kind).toBe('Operator');
  });
});
