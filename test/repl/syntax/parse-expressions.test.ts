import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../src/repl/syntax/index.js';
import { expression, tree } from './sexpr.js';

describe('operator precedence (about_Operator_Precedence)', () => {
  it('multiplies before adding, left to right', () => {
    expect(tree('2 + 3 * 4 - 1')).toBe('(- (+ 2 (* 3 4)) 1)');
    expect(tree('8 / 4 % 3')).toBe('(% (/ 8 4) 3)');
  });

  it('binds the comma tighter than arithmetic and comparison', () => {
    expect(tree('1, 2 + 3')).toBe('(+ (array 1 2) 3)');
    expect(tree('$x -in 1, 2, 3')).toBe('(in $x (array 1 2 3))');
  });

  it('binds -f tighter than + and .. tighter than -f', () => {
    expect(tree("'{0}' -f 1 + 2")).toBe('(+ (f "{0}" 1) 2)');
    expect(tree('1..3 + 4')).toBe('(+ (.. 1 3) 4)');
  });

  it('puts comparison above bitwise above logical', () => {
    expect(tree('$a -eq 1 -and $b -ne 2 -or $c')).toBe('(or (and (eq $a 1) (ne $b 2)) $c)');
    expect(tree('$x -band 1 -eq 1')).toBe('(band $x (eq 1 1))');
  });

  it('applies unary -not before comparison', () => {
    expect(tree('-not $a -eq $b')).toBe('(eq (not $a) $b)');
    expect(tree('!$a -and -not $b')).toBe('(and (! $a) (not $b))');
  });

  it('allows a newline after a binary operator', () => {
    expect(tree('1 +\n 2 -and\n $true')).toBe('(and (+ 1 2) $true)');
  });
});

describe('operators', () => {
  it('keeps case-prefixed operator names distinct', () => {
    expect(tree('$a -eq 1; $a -ieq 1; $a -ceq 1; $a -CLike "x*"')).toBe('(eq $a 1); (ieq $a 1); (ceq $a 1); (clike $a "x*")');
  });

  it('parses string operators', () => {
    expect(tree("$s -replace 'a', 'b'")).toBe('(replace $s (array "a" "b"))');
    expect(tree("$s -split ','")).toBe('(split $s ",")');
    expect(tree("$list -join ', '")).toBe('(join $list ", ")');
    expect(tree("$s -match '^a(.)'; $s -notmatch 'x'")).toBe('(match $s "^a(.)"); (notmatch $s "x")');
    expect(tree("$s -like '*.csv'; $s -notlike 'a*'")).toBe('(like $s "*.csv"); (notlike $s "a*")');
  });

  it('parses type operators with a type literal operand', () => {
    expect(tree('$a -is [string]; $a -isnot [int]; $a -as [datetime]')).toBe('(is $a [string]); (isnot $a [int]); (as $a [datetime])');
  });

  it('parses containment and bitwise operators', () => {
    expect(tree('$a -contains 1; $a -notcontains 2; 1 -in $a; 1 -notin $a')).toBe('(contains $a 1); (notcontains $a 2); (in 1 $a); (notin 1 $a)');
    expect(tree('1 -bor 2 -bxor 3; 1 -shl 2; 8 -shr 1')).toBe('(bxor (bor 1 2) 3); (shl 1 2); (shr 8 1)');
    expect(tree('$a -xor $b')).toBe('(xor $a $b)');
  });

  it('parses null-coalescing (PowerShell 7) looser than every other binary operator', () => {
    expect(tree("$a ?? 'default'")).toBe('(?? $a "default")');
    expect(tree('$a ?? $b -or $c ?? 1 + 2')).toBe('(?? (?? $a (or $b $c)) (+ 1 2))');
    expect(tree('$x ??= 100')).toBe('(??= $x 100)');
  });

  it('parses the ternary operator (PowerShell 7) looser than ??, nesting to the right', () => {
    expect(tree("$x -gt 3 ? 'big' : 'small'")).toBe('(? (gt $x 3) "big" "small")');
    expect(tree('$a ?? $b ? 1 : 2')).toBe('(? (?? $a $b) 1 2)');
    expect(tree('$a ? 1 : $b ? 2 : 3')).toBe('(? $a 1 (? $b 2 3))');
    expect(tree('$a ?\n  1 :\n  2')).toBe('(? $a 1 2)');
    expect(tree('Write-Output ($ok ? "y" : "n")')).toBe('(cmd Write-Output (paren (? $ok "y" "n")))');
    expect(parseScript('$a ? 1').diagnostics.map((d) => d.message)).toEqual(["Missing ':' in the ternary expression."]);
  });

  it('parses unary operators', () => {
    expect(tree('-bnot 5; -split "a b"; -join $x; ,1; +$x; -$x')).toBe('(bnot 5); (split "a b"); (join $x); (, 1); (+ $x); (- $x)');
  });

  it('parses prefix and postfix increment and decrement', () => {
    expect(tree('$i++; $i--; ++$i; --$i')).toBe('($i ++); ($i --); (++ $i); (-- $i)');
  });

  it('folds a sign written against a number into the constant', () => {
    const e = expression('-5');
    expect(e).toMatchObject({ kind: 'ConstantExpression', value: -5, numberType: 'int', text: '-5' });
    expect(tree('5 - -3')).toBe('(- 5 -3)');
    expect(tree('-2147483648')).toBe('-2147483648');
  });
});

describe('primary expressions', () => {
  it('parses arrays, sub-expressions and parentheses', () => {
    expect(tree('@(1; 2)')).toBe('(@ 1 2)');
    expect(tree('@()')).toBe('(@)');
    expect(tree('$(Get-Date)')).toBe('($ (cmd Get-Date))');
    expect(tree('(Get-EXOMailbox -ResultSize Unlimited | Measure-Object).Count')).toBe(
      '(. (paren (pipe (cmd Get-EXOMailbox -ResultSize Unlimited) (cmd Measure-Object))) Count)',
    );
  });

  it('parses ranges', () => {
    expect(tree('1..5')).toBe('(.. 1 5)');
    expect(tree('$a..$b')).toBe('(.. $a $b)');
    expect(tree('-1..-5')).toBe('(.. -1 -5)');
  });

  it('parses hashtables with bareword, quoted and expression keys', () => {
    expect(tree("@{ Name = 'x'; 'Display Name' = 1\n Count = 1 + 2 }")).toBe('(hash (Name "x") ("Display Name" 1) (Count (+ 1 2)))');
    expect(tree('@{ Content-Type = "a"; 1 = 2; $k = 3 }')).toBe('(hash (Content-Type "a") (1 2) ($k 3))');
    expect(tree('@{}')).toBe('(hash)');
  });

  it('allows statements as hashtable values', () => {
    expect(tree('@{ e = { $_.Name }; d = Get-Date; c = if ($x) { 1 } }')).toBe(
      '(hash (e {(. $_ Name)}) (d (cmd Get-Date)) (c (if ($x {1}))))',
    );
  });

  it('marks [ordered] hashtables and keeps other casts', () => {
    const ordered = expression('[ordered]@{ a = 1 }');
    expect(ordered).toMatchObject({ kind: 'HashtableLiteral', ordered: true, pos: 0 });
    expect(tree("[pscustomobject]@{ n = 'x' }")).toBe('([pscustomobject] (hash (n "x")))');
  });

  it('parses script block literals and keeps their text', () => {
    const e = expression('{ param($x) $x * 2 }');
    expect(e).toMatchObject({ kind: 'ScriptBlockExpression', text: '{ param($x) $x * 2 }' });
    expect(tree('{ param($x) $x * 2 }')).toBe('{(param $x) (* $x 2)}');
  });

  it('parses variables with scopes, braces and the automatic ones', () => {
    expect(expression('$global:x')).toMatchObject({ kind: 'VariableExpression', name: 'x', scope: 'global' });
    expect(expression('${my var}')).toMatchObject({ name: 'my var', braced: true });
    expect(tree('$_; $PSItem; $args; $?; $true; $null')).toBe('$_; $PSItem; $args; $?; $true; $null');
    for (const scope of ['global', 'script', 'local', 'private', 'env', 'variable', 'using']) {
      expect(expression(`$${scope}:x`)).toMatchObject({ name: 'x', scope, fullName: `${scope}:x` });
    }
    expect(expression('$function:prompt')).toMatchObject({ name: 'function:prompt', scope: undefined });
  });
});

describe('types and casts', () => {
  it('parses casts, including nested and generic type names', () => {
    expect(tree("[int]'5'")).toBe('([int] "5")');
    expect(tree("[int][string]'5'")).toBe('([int] ([string] "5"))');
    expect(tree('[string[]]$a')).toBe('([string[]] $a)');
    expect(tree('[System.Collections.Generic.List[string]]::new()')).toBe(
      '(call:: [System.Collections.Generic.List[string]] new)',
    );
    expect(tree('[System.Collections.Generic.Dictionary[string,int]]$d')).toBe(
      '([System.Collections.Generic.Dictionary[string,int]] $d)',
    );
  });

  it('records type name parts', () => {
    const e = expression('[System.Collections.Generic.List[string][]]$x');
    expect(e.kind === 'ConvertExpression' && e.typeName).toMatchObject({
      name: 'System.Collections.Generic.List[string][]',
      baseName: 'System.Collections.Generic.List',
      arrayRank: 1,
      genericArguments: [{ name: 'string' }],
    });
  });

  it('applies a cast to the whole postfix expression', () => {
    expect(tree('[string]$a.Length')).toBe('([string] (. $a Length))');
    expect(tree('[void]$list.Add(1)')).toBe('([void] (call $list Add 1))');
  });

  it('parses type literals with static members', () => {
    expect(tree('[math]')).toBe('[math]');
    expect(tree('[math]::PI')).toBe('(:: [math] PI)');
    expect(tree('[math]::Round(2.567, 2)')).toBe('(call:: [math] Round 2.567:double 2)');
    expect(tree("[System.IO.Path]::Combine('a', 'b')")).toBe('(call:: [System.IO.Path] Combine "a" "b")');
    expect(tree('[datetime]::Now.AddDays(-90)')).toBe('(call (:: [datetime] Now) AddDays -90)');
  });
});

describe('member access, invocation and indexing', () => {
  it('parses member chains and method calls', () => {
    expect(tree("$s.Trim().ToUpper().Split(',')")).toBe('(call (call (call $s Trim) ToUpper) Split ",")');
    expect(tree('$stats.TotalItemSize.Value.ToMB()')).toBe('(call (. (. $stats TotalItemSize) Value) ToMB)');
  });

  it('takes a numeric member name as a number, so $hash.1 finds the key 1', () => {
    const e = expression('$hash.1');
    expect(e.kind === 'MemberExpression' && e.member).toMatchObject({ kind: 'ConstantExpression', value: 1, numberType: 'int' });
  });

  it('accepts dynamic member names', () => {
    expect(tree("$a.$name; $a.'odd name'; $a.(\"x\" + 1)")).toBe('(. $a $name); (. $a "odd name"); (. $a (paren (+ "x" 1)))');
  });

  it('allows newlines between method arguments and keeps commas as separators', () => {
    expect(tree('$o.M(1,\n  (2, 3),\n  $x)')).toBe('(call $o M 1 (paren (array 2 3)) $x)');
  });

  it('parses .Where{ } and .ForEach{ } with a bare script block argument', () => {
    expect(tree('(0..9).Where{ $_ % 2 }')).toBe('(call (paren (.. 0 9)) Where {(% $_ 2)})');
    expect(tree("$list.ForEach{ $_ * 2 }.Count")).toBe('(. (call $list ForEach {(* $_ 2)}) Count)');
  });

  it('parses indexes: negative, slices, lists and keys', () => {
    expect(tree("$a[0]; $a[-1]; $a[1..3]; $a[0, 2]; $h['k']; $a[0][1].Name")).toBe(
      '(idx $a 0); (idx $a -1); (idx $a (.. 1 3)); (idx $a (array 0 2)); (idx $h "k"); (. (idx (idx $a 0) 1) Name)',
    );
  });

  it('requires the member operator against its target', () => {
    const { diagnostics } = parseScript('$a .b');
    expect(diagnostics.map((d) => d.code)).toEqual(['UnexpectedToken']);
  });
});
