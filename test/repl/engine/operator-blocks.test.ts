/**
 * Script block operands of -replace and -split may run commands and pipelines,
 * not only expressions (about_Comparison_Operators: "Substitutions in regular
 * expressions ... ScriptBlock"; about_Split: "<String> -split {<ScriptBlock>}
 * [,<Max-substrings>]"). The same holds for the .ForEach() and .Where() methods.
 */
import { describe, expect, it } from 'vitest';
import { out, run } from './run.js';

describe('-replace with a script block', () => {
  it('an expression block (about_Comparison_Operators example)', async () => {
    expect(await out("'072101108108111' -replace '\\d{3}', {return [char][int]$_.Value}")).toEqual(['Hello']);
    expect(await out("'a1b2' -replace '\\d', { [int]$_.Value * 2 }")).toEqual(['a2b4']);
  });

  it('a block that runs a command', async () => {
    expect(await out("'a1b2' -replace '\\d', { Write-Output ([int]$_.Value * 2) }")).toEqual(['a2b4']);
  });

  it('a block with a pipeline and statements', async () => {
    expect(await out("'x1y22z333' -replace '\\d+', { $n = $_.Value.ToCharArray() | Measure-Object | Select-Object -ExpandProperty Count; \"<$n>\" }")).toEqual(['x<1>y<2>z<3>']);
  });

  it('a block held in a variable', async () => {
    expect(await out("$sb = { (Get-Variable -Name tag -ValueOnly) + $_.Value }; $tag = '#'; 'ab' -replace '[ab]', $sb")).toEqual(['#a#b']);
  });

  it('runs once per match, in order, over each element of an array', async () => {
    expect(await out("$script:n = 0; 'aa', 'a' -replace 'a', { $script:n++; Write-Output $script:n }")).toEqual(['12', '3']);
  });

  it('-creplace is case-sensitive', async () => {
    expect(await out("'aAa' -creplace 'a', { Write-Output '_' }")).toEqual(['_A_']);
  });

  it('an error in the block surfaces like any statement error', async () => {
    const r = await run("try { 'a' -replace 'a', { Get-Variable nosuchvariable -ErrorAction Stop } } catch { 'caught: ' + $_.FullyQualifiedErrorId }");
    expect(r.stdout).toBe('caught: VariableNotFound,Microsoft.PowerShell.Commands.GetVariableCommand\n');
  });

  it('works inside ForEach-Object and Where-Object blocks', async () => {
    expect(await out("'a1', 'b2' | ForEach-Object { $_ -replace '\\d', { Write-Output 'N' } }")).toEqual(['aN', 'bN']);
  });
});

describe('-split with a script block', () => {
  it('an expression predicate (about_Split example; the docs show the empty piece between "N" and "tun", and one after the final "e")', async () => {
    const script = '$c = "Mercury,Venus,Earth,Mars,Jupiter,Saturn,Uranus,Neptune"; ($c -split {$_ -eq "e" -or $_ -eq "p"}) -join "|"';
    expect(await out(script)).toEqual(['M|rcury,V|nus,|arth,Mars,Ju|it|r,Saturn,Uranus,N||tun|']);
  });

  it('a predicate that runs a pipeline', async () => {
    expect(await out("'a,b;c' -split { $_ | Where-Object { $_ -in ',', ';' } | ForEach-Object { $true } }")).toEqual(['a', 'b', 'c']);
  });

  it('with a maximum number of substrings', async () => {
    expect(await out("'a,b,c' -split { Write-Output ($_ -eq ',') }, 2")).toEqual(['a', 'b,c']);
  });
});

describe('.ForEach() and .Where() with commands', () => {
  it('.ForEach runs commands per element', async () => {
    expect(await out("(1, 2).ForEach({ Write-Output ($_ * 10) })")).toEqual(['10', '20']);
  });

  it('.Where runs a pipeline per element', async () => {
    expect(await out("(1, 2, 3).Where({ ($_ | Measure-Object -Sum).Sum -ge 2 })")).toEqual(['2', '3']);
  });
});
