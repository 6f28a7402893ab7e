import { describe, expect, it } from 'vitest';
import { parseScript } from '../../../src/repl/syntax/index.js';
import { tree } from './sexpr.js';

describe('command mode vs expression mode', () => {
  it('starts a command with a bareword and an expression with a value', () => {
    expect(tree('Get-Mailbox -Identity foo.bar@x.com -ResultSize 10')).toBe(
      '(cmd Get-Mailbox -Identity foo.bar@x.com -ResultSize 10)',
    );
    expect(tree('1 -eq 1')).toBe('(eq 1 1)');
    expect(tree('"a" -like "a*"')).toBe('(like "a" "a*")');
  });

  it('treats operators as barewords and parameters inside a command', () => {
    expect(tree('Write-Output 1 -eq 1 + 2')).toBe('(cmd Write-Output 1 -eq 1 + 2)');
  });

  it('treats a number-like bareword at statement start as an expression', () => {
    expect(tree('1..3 | ForEach-Object { $_ }')).toBe('(pipe (.. 1 3) (cmd ForEach-Object {$_}))');
    expect(tree('[int]$x = 5')).toBe('(= ([int] $x) 5)');
    expect(tree('-not $x')).toBe('(not $x)');
    expect(tree('!$x')).toBe('(! $x)');
    expect(tree('$a/2')).toBe('(/ $a 2)');
  });

  it('takes a dash word that is not an operator as a command name', () => {
    expect(tree('-foo bar')).toBe('(cmd -foo bar)');
  });

  it('passes keywords as plain arguments outside statement position', () => {
    expect(tree('Write-Output if else foreach')).toBe('(cmd Write-Output if else foreach)');
    expect(tree('Get-Item x | foreach { $_ }')).toBe('(pipe (cmd Get-Item x) (cmd foreach {$_}))');
  });
});

describe('command elements', () => {
  it('parses -Name:value parameters', () => {
    expect(tree('Disconnect-ExchangeOnline -Confirm:$false -ErrorAction SilentlyContinue')).toBe(
      '(cmd Disconnect-ExchangeOnline -Confirm:$false -ErrorAction SilentlyContinue)',
    );
  });

  it('collects comma-separated arguments into one array, across newlines', () => {
    expect(tree('Select-Object -First 3 DisplayName, UserPrincipalName,\n  ProhibitSendQuota')).toBe(
      '(cmd Select-Object -First 3 (array DisplayName UserPrincipalName ProhibitSendQuota))',
    );
  });

  it('parses expression arguments with member access and method calls', () => {
    expect(tree('Get-X -Identity $Mailbox.UserPrincipalName -Date (Get-Date).AddDays(-1) -Sb { $_ }')).toBe(
      '(cmd Get-X -Identity (. $Mailbox UserPrincipalName) -Date (call (paren (cmd Get-Date)) AddDays -1) -Sb {$_})',
    );
  });

  it('expands barewords containing variables', () => {
    expect(tree('Get-Content $dir/file.txt')).toBe('(cmd Get-Content (expand $dir /file.txt))');
    expect(tree('echo pre$($x)post')).toBe('(cmd echo (expand pre ($ $x) post))');
  });

  it('joins quoted parts into a bareword argument (about_Parsing)', () => {
    expect(tree('Write-Output a\'$a\' a"$a" a"b""c"d x\'it\'\'s\'y')).toBe(
      '(cmd Write-Output a$a (expand a $a) ab"cd xit\'sy)',
    );
  });

  it('accepts the unary comma in argument mode', () => {
    expect(tree('Write-Output ,$list -NoEnumerate')).toBe('(cmd Write-Output (, $list) -NoEnumerate)');
  });

  it('splats with @name', () => {
    expect(tree('Connect-ExchangeOnline @params -ShowBanner:$false')).toBe(
      '(cmd Connect-ExchangeOnline @params -ShowBanner:$false)',
    );
  });

  it('passes hashtables and arrays as arguments', () => {
    expect(tree("Select-Object @{ n = 'a'; e = { $_.b } }, c")).toBe('(cmd Select-Object (array (hash (n "a") (e {(. $_ b)})) c))');
    expect(tree('Write-Output @(1, 2)')).toBe('(cmd Write-Output (@ (array 1 2)))');
  });

  it('uses the simplified Where-Object syntax as barewords and parameters', () => {
    expect(tree("Where-Object Name -eq 'x'")).toBe('(cmd Where-Object Name -eq "x")');
  });

  it('takes a lone dot argument as the current directory', () => {
    expect(tree('Get-ChildItem . -Recurse')).toBe('(cmd Get-ChildItem . -Recurse)');
  });
});

describe('invocation operators and redirections', () => {
  it('parses & and dot-sourcing', () => {
    expect(tree('& $sb 1 2')).toBe('(& $sb 1 2)');
    expect(tree("& '/opt/my tools/x' -v")).toBe('(& "/opt/my tools/x" -v)');
    expect(tree('& { param($a) $a } 5')).toBe('(& {(param $a) $a} 5)');
    expect(tree('. ./lib.ps1')).toBe('(. ./lib.ps1)');
    expect(tree('. $PSScriptRoot/common.ps1')).toBe('(. (expand $PSScriptRoot /common.ps1))');
  });

  it('parses redirections on commands and expressions', () => {
    expect(tree('Get-X 2>&1 > out.txt')).toBe('(cmd Get-X (error>&output) (output> out.txt))');
    expect(tree('Get-X *>$null; Get-X 2>> err.log')).toBe('(cmd Get-X (all> $null)); (cmd Get-X (error>> err.log))');
    expect(tree('$x > file.txt')).toBe('(redir $x (output> file.txt))');
  });
});

describe('pipelines and assignments', () => {
  it('chains pipeline elements across newlines after |', () => {
    expect(tree('Get-X |\n  Where-Object { $_.A } |\n  Select-Object A')).toBe(
      '(pipe (cmd Get-X) (cmd Where-Object {(. $_ A)}) (cmd Select-Object A))',
    );
  });

  it('parses every assignment operator', () => {
    expect(tree('$a = 1; $a += 1; $a -= 1; $a *= 2; $a /= 2; $a %= 2')).toBe(
      '(= $a 1); (+= $a 1); (-= $a 1); (*= $a 2); (/= $a 2); (%= $a 2)',
    );
  });

  it('assigns to members, indexes, typed variables and multiple targets', () => {
    expect(tree("$o.Name = 'x'; $h['k'] = 1; [int]$n = '5'; $a, $b = 1, 2")).toBe(
      '(= (. $o Name) "x"); (= (idx $h "k") 1); (= ([int] $n) "5"); (= (array $a $b) (array 1 2))',
    );
  });

  it('assigns pipelines, statements and chained assignments', () => {
    expect(tree('$m = Get-X | Sort-Object')).toBe('(= $m (pipe (cmd Get-X) (cmd Sort-Object)))');
    expect(tree('$r = foreach ($i in 1..3) { $i }')).toBe('(= $r (foreach $i (.. 1 3) {$i}))');
    expect(tree('$a = $b = 0')).toBe('(= $a (= $b 0))');
    expect(tree('$x =\n  5')).toBe('(= $x 5)');
  });

  it('rejects assigning to a constant', () => {
    const { diagnostics } = parseScript('1 = 2');
    expect(diagnostics.map((d) => d.code)).toEqual(['InvalidLeftHandSide']);
  });

  it('parses pipeline chains (PowerShell 7) left to right', () => {
    expect(tree("Write-Output 'first' && Write-Output 'second'")).toBe('(&& (cmd Write-Output "first") (cmd Write-Output "second"))');
    expect(tree('a && b || c')).toBe('(|| (&& (cmd a) (cmd b)) (cmd c))');
    expect(tree('Get-X | Sort-Object &&\n  $ok')).toBe('(&& (pipe (cmd Get-X) (cmd Sort-Object)) $ok)');
    expect(tree('$r = Get-X || Get-Y')).toBe('(= $r (|| (cmd Get-X) (cmd Get-Y)))');
    const { diagnostics } = parseScript('Get-X &&');
    expect(diagnostics.map((d) => [d.message, d.incompleteInput])).toEqual([['A pipeline chain operator must be followed by a pipeline.', true]]);
  });

  it('allows expressions only first in a pipeline', () => {
    const { diagnostics } = parseScript('Get-X | $_');
    expect(diagnostics.map((d) => d.message)).toEqual(['Expressions are only allowed as the first element of a pipeline.']);
  });
});
