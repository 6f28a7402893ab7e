import { describe, expect, it } from 'vitest';
import { runScript } from './session-run.js';

// PowerShell-Docs Get-Random.md
describe('Get-Random', () => {
  it('the maximum is exclusive', async () => {
    const r = await runScript('Get-Random -Minimum 1 -Maximum 2\n@(1..50 | ForEach-Object { Get-Random -Maximum 3 } | Where-Object { $_ -lt 0 -or $_ -gt 2 }).Count');
    expect(r.stdout).toBe('1\n0\n');
  });

  it('integers by default, a double when a bound is a double', async () => {
    const r = await runScript('(Get-Random -Maximum 100) -is [int]\n$d = Get-Random -Minimum 10.7 -Maximum 20.93\n$d -is [double]\n$d -ge 10.7 -and $d -lt 20.93');
    expect(r.stdout).toBe('True\nTrue\nTrue\n');
  });

  it('picks members of the input; -Count N distinct ones', async () => {
    const r = await runScript("$pick = 'a', 'b', 'c' | Get-Random\n$pick -in 'a', 'b', 'c'\n(1..5 | Get-Random -Count 5 | Sort-Object) -join ','\n(Get-Random -InputObject (1..10) -Count 3 | Sort-Object -Unique).Count");
    expect(r.stdout).toBe('True\n1,2,3,4,5\n3\n');
  });

  it('-Shuffle returns every item', async () => {
    const r = await runScript("(1..6 | Get-Random -Shuffle | Sort-Object) -join ','");
    expect(r.stdout).toBe('1,2,3,4,5,6\n');
  });

  it('-SetSeed repeats the sequence', async () => {
    const r = await runScript('$a = Get-Random -SetSeed 42 -Maximum 1000\n$b = Get-Random -SetSeed 42 -Maximum 1000\n$a -eq $b');
    expect(r.stdout).toBe('True\n');
  });

  it('-Count with numbers gives that many', async () => {
    expect((await runScript('(Get-Random -Maximum 10 -Count 4).Count')).stdout).toBe('4\n');
  });

  it('Minimum not below Maximum is an error', async () => {
    const r = await runScript('Get-Random -Minimum 10 -Maximum 5');
    expect(r.stderr).toContain('The Minimum value (10) cannot be greater than or equal to the Maximum value (5).');
  });
});
