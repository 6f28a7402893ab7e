/**
 * Loop statements whose body outputs nothing run as compiled closures; these
 * check that path keeps the sync path's semantics (about_Foreach, about_Scopes,
 * about_Assignment_Operators: `$x += 1` in a child scope creates a local copy).
 */
import { describe, expect, it } from 'vitest';
import { out, run } from './run.js';

describe('foreach with a silent body', () => {
  it('sums over a range, an array and a char range', async () => {
    expect(await out('$s = 0; foreach ($i in 1..10) { if ($i % 3 -eq 0) { $s += $i * 2 } }; $s')).toEqual(['36']);
    expect(await out('$s = 0; foreach ($i in 5, 6, 7) { $s += $i }; $s')).toEqual(['18']);
    expect(await out('$t = ""; foreach ($c in "a".."e") { $t += $c }; $t')).toEqual(['abcde']);
    expect(await out('$n = 0; foreach ($i in 3..1) { $n = $n * 10 + $i }; $n')).toEqual(['321']);
  });

  it('a char range yields [char] values in the pipeline and in foreach (RangeOperator.Tests.ps1)', async () => {
    expect(await out("'a'..'c' | ForEach-Object { $_.GetType().Name }")).toEqual(['Char', 'Char', 'Char']);
    expect(await out("foreach ($c in 'x'..'y') { $c; $c.GetType().Name }")).toEqual(['x', 'Char', 'y', 'Char']);
    expect(await out("$n = 0; foreach ($c in 'a'..'c') { if ($c -is [char]) { $n++ } }; $n")).toEqual(['3']);
  });

  it('the loop variable keeps its last value and honours a type constraint', async () => {
    expect(await out('foreach ($i in 1..3) { $j = $i }; $i; $j')).toEqual(['3', '3']);
    expect(await out('[string]$i = "x"; foreach ($i in 1..2) { $k = $i }; $k.GetType().Name')).toEqual(['String']);
  });

  it('Int32 addition that overflows gives a Double (NumericOps.cs), as outside the loop', async () => {
    expect(await out('$s = 2147483647; foreach ($i in 1..1) { $s += $i }; $s; $s.GetType().Name')).toEqual(['2147483648', 'Double']);
  });

  it('compound assignment in a function creates a local copy; the caller variable is unchanged', async () => {
    expect(await out('$t = 10; function f { foreach ($i in 1..3) { $t += $i }; $t }; f; $t')).toEqual(['6', '10']);
  });

  it('++ and -- on variables, and if/elseif/else', async () => {
    expect(await out('$a = 0; $b = 0; $c = 0; foreach ($i in 1..9) { if ($i -lt 3) { $a++ } elseif ($i -lt 6) { $b++ } else { $c-- } }; "$a $b $c"')).toEqual(['2 3 -4']);
  });

  it('a statement error is reported and the loop goes on, as in the sync path', async () => {
    const r = await run('$n = 0; foreach ($i in 1..3) { $x = 1 / ($i - 2); $n++ }; $n');
    expect(r.stdout).toBe('3\n');
    expect(r.stderr).toContain('Attempted to divide by zero.');
  });

  it('inside try the error stops the loop and is caught', async () => {
    expect(await out('$n = 0; try { foreach ($i in 1..3) { $x = 1 / ($i - 2); $n++ } } catch { "caught after $n" }')).toEqual(['caught after 1']);
  });

  it('assigning a read-only variable is an error', async () => {
    const r = await run('foreach ($i in 1..2) { $true = 1 }; "done"');
    expect(r.stdout).toBe('done\n');
    expect(r.stderr).toContain('Cannot overwrite variable true because it is read-only or constant.');
  });

  it('$_ from an enclosing pipeline is visible in the body', async () => {
    expect(await out('1, 2 | ForEach-Object { $s = 0; foreach ($i in 1..3) { $s += $_ * $i }; $s }')).toEqual(['6', '12']);
  });
});

describe('for, while and do with a silent body', () => {
  it('compute the same as the statements written out', async () => {
    expect(await out('$s = 0; for ($i = 1; $i -le 10; $i++) { if ($i % 3 -eq 0) { $s += $i * 2 } }; $s')).toEqual(['36']);
    expect(await out('$s = 0; $i = 0; while ($i -lt 10) { $i++; if ($i % 3 -eq 0) { $s += $i * 2 } }; $s')).toEqual(['36']);
    expect(await out('$n = 0; do { $n += 2 } while ($n -lt 7); $n; $m = 0; do { $m++ } until ($m -ge 3); $m')).toEqual(['8', '3']);
  });

  it('a statement error inside the loop is reported and the loop goes on', async () => {
    const r = await run('$i = 0; $ok = 0; while ($i -lt 3) { $i++; $x = 1 / ($i - 2); $ok++ }; $ok');
    expect(r.stdout).toBe('3\n');
    expect(r.stderr).toContain('Attempted to divide by zero.');
  });
});
