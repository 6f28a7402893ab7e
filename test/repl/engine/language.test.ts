import { describe, expect, it } from 'vitest';
import { out, run } from './run.js';

const cases: Array<[string, string, string[]]> = [
  // variables and scopes
  ['assignment and arithmetic', '$x = 5; $x * 2', ['10']],
  ['braced variable names', '${my var} = 3; ${my var} + 1', ['4']],
  ['compound assignment', '$a = 1; $a += 4; $a -= 1; $a *= 3; $a /= 2; $a', ['6']],
  ['increment as a statement prints nothing', '$i = 1; $i++; ++$i; $i', ['3']],
  ['postfix in parens yields the old value', '$i = 1; ($i++); $i', ['1', '2']],
  ['multiple assignment', '$a, $b = 1, 2; $b; $a', ['2', '1']],
  ['multiple assignment: the last takes the rest', '$a, $b = 1, 2, 3; $b.Count; $a', ['2', '1']],
  ['type-constrained variable', '[int]$n = "5"; $n + 1; $n = "7"; $n + 1', ['6', '8']],
  ['script scope from a function', '$x = 1; function f { $script:x = 2 }; f; $x', ['2']],
  ['global scope', 'function f { $global:g = 9 }; f; $g', ['9']],
  ['local assignment does not leak', '$x = 1; function f { $x = 2; $x }; f; $x', ['2', '1']],
  ['functions see the caller scope', '$x = 5; function f { $x }; f', ['5']],
  ['$local: reads only this scope', '$x = 1; function f { $null -eq $local:x }; f', ['True']],
  ['env variables', '$env:EXOSH_TEST_VAR = "hello"; $env:EXOSH_TEST_VAR; $env:EXOSH_TEST_VAR = $null; $null -eq $env:EXOSH_TEST_VAR', ['hello', 'True']],
  ['$null, $true and $false', '$null -eq $null; $true; $false', ['True', 'True', 'False']],
  ['PSVersionTable', '$PSVersionTable.PSEdition; $PSVersionTable.PSVersion.Major', ['Core', '7']],
  // output semantics
  ['arrays unroll', '$a = 1, 2, 3; $a', ['1', '2', '3']],
  ['unary comma keeps an array whole', '(Write-Output -NoEnumerate 1, 2).Count; @(,(1, 2)).Count', ['2', '1']],
  ['@() is always an array', '@(5).Count; @().Count; @(1, 2).Count', ['1', '0', '2']],
  ['$null = discards', '$null = 5; [void](6); 7 | Out-Null; 8', ['8']],
  ['sub-expressions', '"sum: $(1 + 2)"; $(4; 5)', ['sum: 3', '4', '5']],
  ['string expansion with $OFS', '$a = 1, 2, 3; "$a"; $OFS = "-"; "$a"', ['1 2 3', '1-2-3']],
  ['member access in strings needs $()', '$p = [pscustomobject]@{ N = 1 }; "$($p.N)"', ['1']],
  ['capturing a pipeline', '$r = Write-Output 1 2 3; $r.Count', ['3']],
  ['single output is a scalar', '$r = Write-Output 4; $r', ['4']],
  // if / loops
  ['if / elseif / else', '$x = 5; if ($x -gt 10) { "big" } elseif ($x -gt 3) { "medium" } else { "small" }', ['medium']],
  ['if as a value', '$v = if ($true) { "yes" } else { "no" }; $v', ['yes']],
  ['foreach', 'foreach ($i in 1..3) { $i * 10 }', ['10', '20', '30']],
  ['foreach over $null does nothing', 'foreach ($i in $null) { "x" }; "done"', ['done']],
  ['for', 'for ($i = 0; $i -lt 3; $i++) { $i }', ['0', '1', '2']],
  ['while', '$i = 0; while ($i -lt 3) { $i; $i++ }', ['0', '1', '2']],
  ['do while', '$i = 5; do { $i; $i++ } while ($i -lt 3)', ['5']],
  ['do until', '$i = 0; do { $i; $i++ } until ($i -ge 2)', ['0', '1']],
  ['break and continue', 'foreach ($i in 1..10) { if ($i -eq 2) { continue }; if ($i -eq 4) { break }; $i }', ['1', '3']],
  ['labelled break', ':outer foreach ($i in 1..3) { foreach ($j in 1..3) { if ($j -eq 2) { break outer }; "$i$j" } }', ['11']],
  ['labelled continue', ':outer foreach ($i in 1..2) { foreach ($j in 1..3) { if ($j -eq 2) { continue outer }; "$i$j" } }', ['11', '21']],
  // switch
  ['switch on a value', 'switch (2) { 1 { "one" } 2 { "two" } default { "other" } }', ['two']],
  ['switch default', 'switch (5) { 1 { "one" } default { "other" } }', ['other']],
  ['switch iterates arrays', 'switch (1, 2, 3) { 2 { "two" } default { "n$_" } }', ['n1', 'two', 'n3']],
  ['switch strings ignore case', 'switch ("ABC") { "abc" { "hit" } }', ['hit']],
  ['switch -CaseSensitive', 'switch -CaseSensitive ("ABC") { "abc" { "lower" } "ABC" { "upper" } }', ['upper']],
  ['switch -Wildcard', 'switch -Wildcard ("mailbox01") { "mail*" { "mail" } "*01" { "one" } }', ['mail', 'one']],
  ['switch -Regex sets $Matches', 'switch -Regex ("user@contoso.com") { "@(.+)$" { $Matches[1] } }', ['contoso.com']],
  ['switch -Exact', 'switch -Exact ("a*") { "a*" { "exact" } }', ['exact']],
  ['switch script-block conditions', 'switch (7) { { $_ -gt 5 } { "big" } { $_ -lt 5 } { "small" } }', ['big']],
  ['break in switch', 'switch (1, 2, 3) { 2 { "two"; break } default { $_ } }', ['1', 'two']],
  ['continue in switch', 'switch (1, 2) { { $true } { "a$_"; continue } { $true } { "b$_" } }', ['a1', 'a2']],
  // functions
  ['function with param()', 'function Add-Two { param($a, $b) $a + $b }; Add-Two 2 3; Add-Two -b 1 -a 4', ['5', '5']],
  ['function with inline parameters', 'function f($x, $y = 10) { $x + $y }; f 1', ['11']],
  ['$args without param()', 'function f { $args.Count; $args[1] }; f a b c', ['3', 'b']],
  ['defaults can use earlier parameters', 'function f { param($a = 2, $b = $a * 3) $b }; f', ['6']],
  ['switch parameters', 'function f { param([switch]$Force) if ($Force) { "forced" } else { "gentle" } }; f; f -Force; f -Force:$false', ['gentle', 'forced', 'gentle']],
  ['typed parameters convert', 'function f { param([int]$n) $n + 1 }; f "41"', ['42']],
  ['return leaves the function', 'function f { 1; return 2; 3 }; f', ['1', '2']],
  ['begin/process/end', 'function f { begin { "b" } process { "p$_" } end { "e" } }; 1, 2 | f', ['b', 'p1', 'p2', 'e']],
  ['$input in end', 'function f { $input.Count }; 1, 2, 3 | f', ['3']],
  ['filters', 'filter Double { $_ * 2 }; 1, 2 | Double', ['2', '4']],
  ['ValueFromPipeline', 'function f { param([Parameter(ValueFromPipeline)]$v) process { "got $v" } }; "a", "b" | f', ['got a', 'got b']],
  ['ValueFromPipelineByPropertyName', 'function f { param([Parameter(ValueFromPipelineByPropertyName)]$Name) process { $Name } }; [pscustomobject]@{ Name = "n1" } | f', ['n1']],
  ['mandatory with Position', 'function f { param([Parameter(Mandatory, Position = 0)][string]$Org) "org=$Org" }; f contoso', ['org=contoso']],
  ['CmdletBinding gives common parameters', 'function f { [CmdletBinding()] param() Write-Output "ok" }; f -ErrorAction Stop -Verbose', ['ok']],
  ['$PSBoundParameters', 'function f { param($a, $b) $PSBoundParameters.Count }; f -a 1', ['1']],
  ['splatting a hashtable', 'function f { param($a, $b) "$a-$b" }; $p = @{ a = 1; b = 2 }; f @p', ['1-2']],
  ['splatting an array', 'function f { param($a, $b) "$a-$b" }; $p = 3, 4; f @p', ['3-4']],
  ['& a script block', '& { param($x) $x * 2 } 21', ['42']],
  ['& a command name', '$c = "Write-Output"; & $c hi', ['hi']],
  ['script blocks get a new scope', '$x = 1; & { $x = 2 }; $x', ['1']],
  ['dot-sourcing a block runs in the caller scope', '$x = 1; . { $x = 2 }; $x', ['2']],
  ['script block Invoke()', '$sb = { param($a) $a + 1 }; $sb.Invoke(1)', ['2']],
  ['.ForEach and .Where', '(1, 2, 3).ForEach({ $_ * 2 }); (1, 2, 3).Where({ $_ -gt 1 }).Count', ['2', '4', '6', '2']],
  ['recursion', 'function fact($n) { if ($n -le 1) { 1 } else { $n * (fact ($n - 1)) } }; fact 5', ['120']],
  // try / catch / throw
  ['throw and catch', 'try { throw "boom" } catch { "caught: $_" }', ['caught: boom']],
  ['$_.Exception.Message', 'try { throw "bad thing" } catch { $_.Exception.Message }', ['bad thing']],
  ['finally runs', 'try { "t" } finally { "f" }', ['t', 'f']],
  ['finally runs after catch', 'try { throw "x" } catch { "c" } finally { "f" }', ['c', 'f']],
  ['typed catch picks the right clause', 'try { Get-Variable nope -ErrorAction Stop } catch [System.Management.Automation.ItemNotFoundException] { "not found" } catch { "other" }', ['not found']],
  ['catch [Exception] catches everything', 'try { throw "x" } catch [System.Exception] { "any" }', ['any']],
  ['rethrow with bare throw', 'try { try { throw "inner" } catch { throw } } catch { "outer: $_" }', ['outer: inner']],
  ['FullyQualifiedErrorId of a thrown string', 'try { throw "oops" } catch { $_.FullyQualifiedErrorId }', ['oops']],
  ["ErrorAction Stop makes errors catchable", 'try { Test-Error "soft" -ErrorAction Stop; "not here" } catch { "caught $($_.Exception.Message)" }', ['caught soft']],
  ['errors from nested functions are caught', 'function f { throw "deep" }; try { f } catch { "got $_" }', ['got deep']],
  ['$Error is newest first', 'try { throw "a" } catch {}; try { throw "b" } catch {}; $Error[0].Exception.Message', ['b']],
  ['InvocationInfo line number', 'try {\n  throw "x"\n} catch { $_.InvocationInfo.ScriptLineNumber }', ['2']],
  ['break inside a pipeline leaves the loop', 'foreach ($i in 1..3) { 1..5 | ForEach-Object { if ($_ -eq 2) { break }; "$i$_" } }; "after"', ['11', 'after']],
];

describe('language', () => {
  for (const [name, script, expected] of cases) {
    it(name, async () => {
      expect(await out(script.replace(/\\n/g, '\n'))).toEqual(expected);
    });
  }

  it('exit N sets the exit code and stops', async () => {
    const r = await run('"a"; exit 3; "b"');
    expect(r.stdout).toBe('a\n');
    expect(r.result.exitCode).toBe(3);
    expect(r.result.exited).toBe(true);
  });

  it('a statement-terminating error does not stop the script', async () => {
    const r = await run('function f { Get-Foo; "after" }; f');
    expect(r.stdout).toBe('after\n');
    expect(r.stderr).toContain("The term 'Get-Foo' is not recognized");
  });

  it('throw stops the script with exit code 1', async () => {
    const r = await run('"a"; throw "stop here"; "b"');
    expect(r.stdout).toBe('a\n');
    expect(r.stderr).toBe('Exception: stop here\n');
    expect(r.result.exitCode).toBe(1);
  });
});

describe('PowerShell 7 operators and value-layer calls', () => {
  const more: Array<[string, string, string[]]> = [
    ['ternary', '$n = 5; $n -gt 3 ? "big" : "small"', ['big']],
    ['null-coalescing', '$a = $null; $a ?? "default"; 0 ?? "zero kept"', ['default', '0']],
    ['??= assigns only to $null', '$a = $null; $a ??= 1; $a ??= 2; $a', ['1']],
    ['&& and ||', 'Write-Output a && Write-Output b; Test-Error x -ErrorAction SilentlyContinue || Write-Output c', ['a', 'b', 'c']],
    ['string methods', '"Hello".ToUpper(); " x ".Trim(); "a,b".Split(",").Count', ['HELLO', 'x', '2']],
    ['static members', '[math]::Max(3, 9); [string]::IsNullOrEmpty("")', ['9', 'True']],
    ['type literals as values', '([int]).Name; 5 -is [int]; "5" -as [int]', ['Int32', 'True', '5']],
    ['index assignment and negative indexes', '$a = 1, 2, 3; $a[-1] = 9; $a[-1]; $a[0..1]', ['9', '1', '2']],
    ['hashtable member and index assignment', '$h = @{}; $h.a = 1; $h["b"] = 2; $h.Count; $h.b', ['2', '2']],
    ['member enumeration', '$objs = [pscustomobject]@{ N = 1 }, [pscustomobject]@{ N = 2 }; $objs.N', ['1', '2']],
    ['-match sets $Matches', 'if ("user@contoso.com" -match "@(?<domain>.+)$") { $Matches.domain }', ['contoso.com']],
    ['-f format operator', '"{0}-{1}" -f "a", 7', ['a-7']],
    ['compound assignment reads the current scope only', '$x = 1; & { $x += 1; $x }; $x', ['1', '1']],
    ['GetNewClosure captures values', '$n = 1; $sb = { "n is $n" }.GetNewClosure(); $n = 2; & $sb', ['n is 1']],
    ['[scriptblock]::Create', '$sb = [scriptblock]::Create("1 + 1"); & $sb', ['2']],
    ['throwing an exception object', 'try { throw [System.ArgumentException]::new("bad") } catch [System.ArgumentException] { "caught: $($_.Exception.Message)" }', ['caught: bad']],
    ['Invoke-Command with -ArgumentList', 'Invoke-Command -ScriptBlock { param($a, $b) "$a+$b" } -ArgumentList 1, 2', ['1+2']],
    ['-Verbose reaches an advanced function', 'function f { [CmdletBinding()] param() Write-Verbose "inner"; "out" }; f; f -Verbose', ['out', 'VERBOSE: inner', 'out']],
    ['splatted then explicit parameter', 'function f { param($a, $b) "$a $b" }; $h = @{ a = 1; b = 2 }; f @h -b 3', ['1 3']],
    ['$LASTEXITCODE starts as $null', '$null -eq $LASTEXITCODE', ['True']],
  ];
  for (const [name, script, expected] of more) {
    it(name, async () => {
      expect(await out(script)).toEqual(expected);
    });
  }
});

describe('trap', () => {
  it('shows the error and continues by default', async () => {
    const r = await run('trap { "trapped: $_" }\n"before"\nTest-Fail "oops"\n"after"');
    expect(r.stdout).toBe('before\ntrapped: oops\nafter\n');
    expect(r.stderr).toContain('oops');
  });

  it('continue in a trap silences the error', async () => {
    const r = await run('trap { "handled"; continue }\nTest-Fail "quiet"\n"next"');
    expect(r.stdout).toBe('handled\nnext\n');
    expect(r.stderr).toBe('');
  });

  it('break in a trap stops the block', async () => {
    const r = await run('function f { trap { "in trap"; break }; Test-Fail "stop"; "not here" }\ntry { f } catch { "caught $_" }');
    expect(r.stdout).toBe('in trap\ncaught stop\n');
  });

  it('typed traps pick by exception type', async () => {
    const r = await run('trap [System.DivideByZeroException] { "divide"; continue }\ntrap { "other"; continue }\n$z = 0\n1 / $z\nthrow "x"');
    expect(r.stdout).toBe('divide\nother\n');
  });

  it('a trap catches errors from called functions', async () => {
    const r = await run('trap { "caught in caller"; continue }\nfunction f { Test-Fail "deep"; "rest of f" }\nf\n"done"');
    expect(r.stdout).toBe('caught in caller\ndone\n');
  });
});

describe('more automatic behaviour', () => {
  it('++ on members and elements', async () => {
    expect(await out('$h = @{ n = 1 }; $h.n++; $a = 5, 6; $a[1]++; $h.n; $a[1]')).toEqual(['2', '7']);
  });

  it('$MyInvocation in a script file', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { Session } = await import('../../../src/repl/engine/session.js');
    const { CaptureHost } = await import('../../../src/repl/host/capture-host.js');
    const dir = mkdtempSync(join(tmpdir(), 'exosh-'));
    const file = join(dir, 'me.ps1');
    writeFileSync(file, '$MyInvocation.MyCommand.Name\n$MyInvocation.MyCommand.Path\n');
    const host = new CaptureHost();
    await new Session({ host }).runFile(file, []);
    expect(host.stdout).toBe(`me.ps1\n${file}\n`);
  });

  it('-WhatIf on a ShouldProcess cmdlet', async () => {
    const removeThing = {
      name: 'Remove-Thing', synopsis: 'Removes a thing.', supportsShouldProcess: true,
      parameters: [{ name: 'Name', type: 'string' as const, position: 0 }],
      create: (ctx: import('../../../src/repl/cmdlets/types.js').CmdletContext) => ({
        async *process() {
          if (await ctx.shouldProcess(String(ctx.params['Name']), 'Remove-Thing')) yield 'removed';
        },
      }),
    };
    expect(await out('Remove-Thing box -WhatIf; Remove-Thing box', { commands: [removeThing] })).toEqual(['What if: Performing the operation "Remove-Thing" on target "box".', 'removed']);
  });
});

describe('collection magic methods', () => {
  const cases: Array<[string, string, string[]]> = [
    ['.ForEach with a method name', '("one", "two").ForEach("ToUpper")', ['ONE', 'TWO']],
    ['.ForEach with a property name', '("ab", "cde").ForEach("Length")', ['2', '3']],
    ['.Where First', '(1..10).Where({ $_ -gt 3 }, "First")', ['4']],
    ['.Where Last 2', '(1..10).Where({ $_ -lt 5 }, "Last", 2)', ['3', '4']],
    ['.Where Until', '(1..10).Where({ $_ -gt 3 }, "Until")', ['1', '2', '3']],
    ['.Where SkipUntil', '(1..5).Where({ $_ -gt 3 }, "SkipUntil")', ['4', '5']],
    ['.Where Split', '$a, $b = (1..4).Where({ $_ % 2 }, "Split"); $a -join ","; $b -join ","', ['1,3', '2,4']],
    ['ForEach-Object member form with arguments', '"a.b", "c.d" | ForEach-Object Split "."', ['a', 'b', 'c', 'd']],
  ];
  for (const [name, script, expected] of cases) {
    it(name, async () => {
      expect(await out(script)).toEqual(expected);
    });
  }
});
