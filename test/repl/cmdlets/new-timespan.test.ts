import { describe, expect, it } from 'vitest';
import { runScript } from './session-run.js';

// PowerShell-Docs reference/7.4/Microsoft.PowerShell.Utility/New-TimeSpan.md
describe('New-TimeSpan', () => {
  it('from hours and minutes, shown as a list', async () => {
    const r = await runScript('$TimeSpan = New-TimeSpan -Hours 1 -Minutes 25\n$TimeSpan');
    expect(r.stdout).toBe([
      '',
      'Days              : 0',
      'Hours             : 1',
      'Minutes           : 25',
      'Seconds           : 0',
      'Milliseconds      : 0',
      'Ticks             : 51000000000',
      'TotalDays         : 0.0590277777777778',
      'TotalHours        : 1.41666666666667',
      'TotalMinutes      : 85',
      'TotalSeconds      : 5100',
      'TotalMilliseconds : 5100000',
      '',
      '',
    ].join('\n'));
  });

  it('between two dates', async () => {
    const r = await runScript("$span = New-TimeSpan -Start (Get-Date -Date '2024-01-01 08:00') -End (Get-Date -Date '2024-01-03 20:30')\n\"$span\"");
    expect(r.stdout).toBe('2.12:30:00\n');
  });

  it('negative when the end is earlier; strings convert to dates', async () => {
    expect((await runScript("\"$(New-TimeSpan -Start '2024-01-10' -End '2024-01-01')\"")).stdout).toBe('-9.00:00:00\n');
  });

  it('positional start and end', async () => {
    expect((await runScript("\"$(New-TimeSpan '2024-01-01' '2024-01-02 06:00')\"")).stdout).toBe('1.06:00:00\n');
  });

  it('-Start alone ends now', async () => {
    const r = await runScript("$s = New-TimeSpan -Start (Get-Date -Date '2000-01-01')\n$s -gt (New-TimeSpan -Days 9000)\n$s -lt (New-TimeSpan -Days 40000)");
    expect(r.stdout).toBe('True\nTrue\n');
  });

  it('days, hours, minutes, seconds and milliseconds add up', async () => {
    const r = await runScript('"$(New-TimeSpan -Days 1 -Hours 2 -Minutes 3 -Seconds 4 -Milliseconds 5)"\n"$(New-TimeSpan -Minutes 90)"');
    expect(r.stdout).toBe('1.02:03:04.0050000\n01:30:00\n');
  });

  it('adds to a date', async () => {
    const r = await runScript("$90days = New-TimeSpan -Days 90\nGet-Date -Date ((Get-Date -Date '2024-01-01') + $90days) -Format 'yyyy-MM-dd'");
    expect(r.stdout).toBe('2024-03-31\n');
  });

  it('cannot mix dates and parts', async () => {
    const r = await runScript("New-TimeSpan -Start '2024-01-01' -Days 1");
    expect(r.stderr).toContain('Parameter set cannot be resolved using the specified named parameters.');
  });
});
