import { describe, expect, it } from 'vitest';
import { runScript } from './session-run.js';

// Examples and expectations from PowerShell-Docs reference/7.4/Microsoft.PowerShell.Utility/Get-Date.md
// and the .NET standard/custom date format documentation.
describe('Get-Date', () => {
  it('a fixed date prints as the long date and time', async () => {
    expect((await runScript('Get-Date -Date "2020-01-01T00:00:00"')).stdout).toBe('\nWednesday, January 1, 2020 12:00:00 AM\n\n');
  });

  it('-Format takes .NET format strings and returns text', async () => {
    const r = await runScript([
      `Get-Date -Date '2019-06-25 16:17:00' -Format "dddd MM/dd/yyyy HH:mm"`,
      "Get-Date -Date '2024-07-04 13:45:30' -Format s",
      "Get-Date -Date '2024-07-04 13:45:30' -Format d",
      "Get-Date -Date '2024-07-04 13:45:30' -Format D",
      "(Get-Date -Date '2024-07-04' -Format d) -is [string]",
    ].join('\n'));
    expect(r.stdout).toBe('Tuesday 06/25/2019 16:17\n2024-07-04T13:45:30\n7/4/2024\nThursday, July 4, 2024\nTrue\n');
  });

  it('-UFormat takes Unix specifiers', async () => {
    const r = await runScript(`Get-Date -Date '2019-06-25 16:19:00' -UFormat "%A %m/%d/%Y %R"\nGet-Date -Date '2024-03-05 09:08:07' -UFormat '%Y-%m-%d %H:%M:%S %j %B %b %a'`);
    expect(r.stdout).toBe('Tuesday 06/25/2019 16:19\n2024-03-05 09:08:07 065 March Mar Tue\n');
  });

  it('-Year/-Month/-Day replace fields of the date', async () => {
    const r = await runScript("Get-Date -Date '2019-06-25 16:19:00' -Year 2020 -Month 12 -Day 31 -Format 'yyyy-MM-dd HH:mm'\nGet-Date -Year 2020 -Month 12 -Day 31 | ForEach-Object DayOfYear");
    expect(r.stdout).toBe('2020-12-31 16:19\n366\n');
  });

  it('-Hour/-Minute/-Second/-Millisecond replace the time', async () => {
    const r = await runScript("Get-Date -Date '2024-01-02 03:04:05' -Hour 0 -Minute 0 -Second 0 -Millisecond 0 -Format 'yyyy-MM-dd HH:mm:ss.fff'");
    expect(r.stdout).toBe('2024-01-02 00:00:00.000\n');
  });

  it('a changed month keeps the day in range, as AddMonths does', async () => {
    expect((await runScript("Get-Date -Date '2024-01-31' -Month 2 -Format 'yyyy-MM-dd'")).stdout).toBe('2024-02-29\n');
  });

  it('rejects a field out of range', async () => {
    const r = await runScript('Get-Date -Month 13');
    expect(r.stderr).toContain("Cannot validate argument on parameter 'Month'. The 13 argument is greater than the maximum allowed range of 12.");
  });

  it('a date string works positionally and from the pipeline; the Kind stays Unspecified', async () => {
    const r = await runScript("Get-Date 2024-03-19 -Format 'yyyy/MM/dd'\n'2024-05-06' | Get-Date -Format 'MMM d'\nGet-Date -Date '2020-01-01T00:00:00' | ForEach-Object Kind");
    expect(r.stdout).toBe('2024/03/19\nMay 6\nUnspecified\n');
  });

  it('without -Date it is now, in local time', async () => {
    const before = Date.now();
    const r = await runScript("Get-Date -UFormat '%s'\nGet-Date | ForEach-Object Kind");
    const [seconds, kind] = r.stdout.trim().split('\n');
    expect(Math.abs(Number(seconds) * 1000 - before)).toBeLessThan(5000);
    expect(kind).toBe('Local');
  });

  it('-AsUTC converts to UTC; -UnixTimeSeconds counts from 1970 UTC', async () => {
    const r = await runScript("Get-Date -UnixTimeSeconds 0 -AsUTC -Format 'yyyy-MM-dd HH:mm:ss K'\nGet-Date -UnixTimeSeconds 86400 -AsUTC | ForEach-Object Kind");
    expect(r.stdout).toBe('1970-01-01 00:00:00 Z\nUtc\n');
  });

  it('-Format FileDate and FileDateTime give file-name-safe stamps', async () => {
    const r = await runScript("Get-Date -Date '2024-07-04 13:45:30.1234' -Format FileDate\nGet-Date -Date '2024-07-04 13:45:30.1234' -Format FileDateTime");
    expect(r.stdout).toBe('20240704\n20240704T1345301234\n');
  });

  it('an unparsable date is a binding error', async () => {
    const r = await runScript("Get-Date -Date 'not a date'");
    expect(r.stderr).toContain("Get-Date: Cannot bind parameter 'Date'.");
  });
});
