import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/repl/engine/session.js';
import { CaptureHost } from '../../../src/repl/host/capture-host.js';
import { splitReplayScript } from '../../../src/cli/replay.js';

async function session(lines: string[], cwd?: string) {
  const host = new CaptureHost({ width: 100 });
  const s = new Session({ host, cwd });
  for (const line of lines) await s.run(line);
  host.reset();
  return { s, host };
}

async function stdout(s: Session, host: CaptureHost, line: string): Promise<string> {
  host.reset();
  await s.run(line);
  return host.stdout;
}

describe('Get-History', () => {
  it('emits HistoryInfo with status, times and duration', async () => {
    const { s, host } = await session(["'a'", "throw 'x'", 'Start-Sleep -Milliseconds 30']);
    const out = await stdout(s, host, [
      '$h = Get-History',
      '$h.Id -join ","',
      '$h.ExecutionStatus -join ","',
      '$h[0].GetType().FullName; $h[0].PSObject.TypeNames[0]',
      '$h[2].Duration.TotalMilliseconds -ge 25',
      '$h[2].EndExecutionTime -ge $h[2].StartExecutionTime',
      '$h[2].StartExecutionTime.GetType().Name',
      '"$($h[0])"',
    ].join('; '));
    expect(out.split('\n').slice(0, -1)).toEqual(['1,2,3', 'Completed,Failed,Completed', 'Microsoft.PowerShell.Commands.HistoryInfo', 'Microsoft.PowerShell.Commands.HistoryInfo', 'True', 'True', 'DateTime', "'a'"]);
  });

  it('marks a command stopped by Ctrl+C as Stopped, and one that did not parse as Failed', async () => {
    const { s, host } = await session([]);
    const running = s.run('while ($true) { $i++ }');
    setTimeout(() => s.abort(), 50);
    await running;
    await s.run('if ($x {');
    expect(await stdout(s, host, '(Get-History).ExecutionStatus -join ","')).toBe('Stopped,Failed\n');
  });

  it('keeps at most $MaximumHistoryCount entries', async () => {
    const { s, host } = await session(['$MaximumHistoryCount = 3', '1', '2', '3']);
    expect(await stdout(s, host, '(Get-History).Id -join ","')).toBe('2,3,4\n');
  });

  it('shows Id, Duration and CommandLine as pwsh 7 does', async () => {
    const { s, host } = await session(["'one'", 'Get-Date | Out-Null']);
    const lines = (await stdout(s, host, 'Get-History')).split('\n');
    expect(lines.slice(0, 3)).toEqual(['', '  Id     Duration CommandLine', '  --     -------- -----------']);
    expect(lines[3]).toMatch(/^ {3}1 {8}0\.\d{3} 'one'$/);
    expect(lines[4]).toMatch(/^ {3}2 {8}0\.\d{3} Get-Date \| Out-Null$/);
  });

  it('selects by -Count, -Id and -Id with -Count', async () => {
    const { s, host } = await session(['1', '2', '3', '4']);
    expect(await stdout(s, host, '(Get-History -Count 2).CommandLine')).toBe('3\n4\n');
    expect(await stdout(s, host, '(Get-History 2, 3).CommandLine')).toBe('2\n3\n');
    expect(await stdout(s, host, '(Get-History -Id 3 -Count 2).CommandLine')).toBe('2\n3\n');
    await s.run('Get-History 99');
    expect(host.stderr).toContain('Cannot locate the history for Id 99.');
  });
});

describe('Invoke-History', () => {
  it('runs by id or by the start of the line, echoing it, and records the command it ran', async () => {
    const { s, host } = await session(["'alpha'", '6 * 7', "'beta'"]);
    expect(await stdout(s, host, 'r 2')).toBe('6 * 7\n42\n');
    expect(await stdout(s, host, "Invoke-History \"'al\"")).toBe("'alpha'\nalpha\n");
    expect(await stdout(s, host, 'r')).toBe("'alpha'\nalpha\n");
    expect(s.history.slice(3)).toEqual(['6 * 7', "'alpha'", "'alpha'"]);
  });

  it('reports what it cannot find', async () => {
    const { s, host } = await session([]);
    await s.run('r');
    expect(host.stderr).toContain('Cannot locate most recent history.');
    await s.run('r 42; r nothing');
    expect(host.stderr).toContain('Cannot locate the history for Id 42.');
    await s.run('r nothing');
    expect(host.stderr).toContain('Cannot locate the history for command line nothing.');
  });

  it('stops an entry that would re-run itself', async () => {
    const { s, host } = await session([
      "Add-History -InputObject ([pscustomobject]@{ CommandLine = 'Invoke-History 2'; ExecutionStatus = 'Completed'; StartExecutionTime = (Get-Date); EndExecutionTime = (Get-Date) })",
    ]);
    await s.run('r 2');
    expect(host.stderr).toContain('The Invoke-History cmdlet is called repeatedly, in a loop.');
  });
});

describe('Add-History', () => {
  it('adds entries after its own line, with new ids', async () => {
    const { s, host } = await session(["'a'", "'b'"]);
    // Add-History records its own line before Get-History runs, so (as in pwsh) that line is copied too.
    await s.run('Get-History | Add-History');
    expect(await stdout(s, host, '(Get-History) | ForEach-Object { "$($_.Id) $($_.CommandLine)" }')).toBe(
      "1 'a'\n2 'b'\n3 Get-History | Add-History\n4 'a'\n5 'b'\n6 Get-History | Add-History\n",
    );
  });

  it('-Passthru returns the added entries; a bad object is an error', async () => {
    const { s, host } = await session(["'a'"]);
    expect(await stdout(s, host, '(Get-History -Id 1 | Add-History -Passthru).Id')).toBe('3\n');
    await s.run("[pscustomobject]@{ CommandLine = 'x' } | Add-History");
    expect(host.stderr).toContain('Cannot add history because the input object has a format that is not valid.');
  });

  it('takes entries read back from CSV', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-addhistory-'));
    const { s, host } = await session(["'saved'"], dir);
    await s.run('Get-History | Export-Csv h.csv');
    await s.run('Clear-History; Import-Csv h.csv | Add-History');
    expect(await stdout(s, host, '(Get-History).CommandLine')).toBe("Clear-History; Import-Csv h.csv | Add-History\n'saved'\n");
  });
});

describe('Clear-History', () => {
  const ids = async (s: Session, host: CaptureHost) => (await stdout(s, host, '(Get-History).Id -join ","')).trim();

  it('clears everything, then lists only itself', async () => {
    const { s, host } = await session(['1', '2']);
    await s.run('Clear-History');
    expect(await stdout(s, host, '(Get-History).CommandLine')).toBe('Clear-History\n');
  });

  it('clears by id, by count (oldest or newest) and by id with count', async () => {
    let { s, host } = await session(['1', '2', '3', '4', '5', '6']);
    await s.run('Clear-History -Id 2, 4');
    expect(await ids(s, host)).toBe('1,3,5,6,7');
    ({ s, host } = await session(['1', '2', '3', '4', '5', '6']));
    await s.run('Clear-History -Count 2');
    expect(await ids(s, host)).toBe('3,4,5,6,7');
    ({ s, host } = await session(['1', '2', '3', '4', '5', '6']));
    await s.run('Clear-History -Count 2 -Newest');
    expect(await ids(s, host)).toBe('1,2,3,4,7');
    ({ s, host } = await session(['1', '2', '3', '4', '5', '6']));
    await s.run('Clear-History -Id 5 -Count 3');
    expect(await ids(s, host)).toBe('1,2,6,7');
  });

  it('clears by command line: one match for plain text, every match for a wildcard', async () => {
    let { s, host } = await session(["'x'", "'y'", "'x'"]);
    await s.run("Clear-History -CommandLine \"'x'\"");
    expect(await ids(s, host)).toBe('2,3,4');
    ({ s, host } = await session(["'x1'", "'y'", "'x2'"]));
    await s.run("Clear-History -CommandLine \"'x*\"");
    expect(await ids(s, host)).toBe('2,4');
  });

  it('reports unknown ids and bad combinations', async () => {
    const { s, host } = await session(['1']);
    await s.run('Clear-History -Id 9');
    expect(host.stderr).toContain('Cannot locate the history for Id 9.');
    await s.run('Clear-History -Id 1, 2 -Count 1');
    expect(host.stderr).toContain('The count cannot be combined with multiple Ids.');
  });

  it('-WhatIf keeps the history', async () => {
    const { s, host } = await session(['1']);
    expect(await stdout(s, host, 'Clear-History -WhatIf')).toContain('What if:');
    expect(await ids(s, host)).toBe('1,2');
  });
});

describe('Export-History', () => {
  it('writes a replayable script without secrets, parse errors or itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-export-'));
    const { s, host } = await session([
      "$names = 'a', 'b'",
      "$pw = ConvertTo-SecureString 'P@ss' -AsPlainText -Force",
      'if ($true {',
      'function Show-Name {\n  param($n)\n  "name: $n"\n}',
      '$names | ForEach-Object { Show-Name $_ }',
      'Export-History -Path old.ps1',
    ], dir);
    await s.run('Export-History -Path session.ps1');
    expect(host.stderr).toBe('');
    expect(host.stdout).toContain('1 command(s) carrying secrets were left out');
    const text = readFileSync(join(dir, 'session.ps1'), 'utf8');
    expect(text).toMatch(/^# exosh session saved by Export-History on \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\n# Replay it one command at a time: exosh -Replay/);
    expect(text).not.toMatch(/P@ss|Export-History -Path/);
    const replay = splitReplayScript(text);
    expect(replay.diagnostics).toEqual([]);
    expect(replay.commands).toEqual(["$names = 'a', 'b'", 'function Show-Name {\n  param($n)\n  "name: $n"\n}', '$names | ForEach-Object { Show-Name $_ }']);
    const again = await session([], dir);
    await again.s.run(text, { fileName: join(dir, 'session.ps1') });
    expect(again.host.stdout).toBe('name: a\nname: b\n');
  });

  it('-Id and -Count pick the entries; -PassThru returns the path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-export-'));
    const { s, host } = await session(["'one'", "'two'", "'three'"], dir);
    expect(await stdout(s, host, 'Export-History a.ps1 -Id 1, 3 -PassThru')).toBe(`${join(dir, 'a.ps1')}\n`);
    expect(splitReplayScript(readFileSync(join(dir, 'a.ps1'), 'utf8')).commands).toEqual(["'one'", "'three'"]);
    await s.run('Export-History b.ps1 -Count 2');
    expect(splitReplayScript(readFileSync(join(dir, 'b.ps1'), 'utf8')).commands).toEqual(["'three'"]);
  });

  it('-NoClobber refuses an existing file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-export-'));
    writeFileSync(join(dir, 'taken.ps1'), 'keep');
    const { s, host } = await session(['1'], dir);
    await s.run('Export-History taken.ps1 -NoClobber');
    expect(host.stderr).toContain('already exists');
    expect(readFileSync(join(dir, 'taken.ps1'), 'utf8')).toBe('keep');
  });

  it('a file it cannot write is a PowerShell error, not a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'exosh-export-'));
    const { s, host } = await session(['1'], dir);
    await s.run('New-Item -ItemType Directory taken | Out-Null; Export-History taken');
    expect(host.stderr).toContain(`Could not write '${join(dir, 'taken')}'`);
    expect(host.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  it('is described in Get-Help', async () => {
    const { s, host } = await session([]);
    expect(await stdout(s, host, 'Get-Help Export-History')).toContain('replayable script');
  });
});
