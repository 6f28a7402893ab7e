// Real script text through the engine (Session + CaptureHost), which registers the pipeline cmdlets itself.
import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/repl/engine/session.js';
import { CaptureHost } from '../../../src/repl/host/capture-host.js';

async function run(script: string): Promise<{ stdout: string; stderr: string }> {
  const host = new CaptureHost({ width: 120 });
  await new Session({ host }).run(script);
  return { stdout: host.stdout, stderr: host.stderr };
}

const lines = (...l: string[]) => l.map((x) => `${x}\n`).join('');

describe('pipeline cmdlets end to end', () => {
  it('the issue\'s acceptance pipeline prints 25', async () => {
    expect((await run('1..10 | Where-Object { $_ % 2 } | Measure-Object -Sum | Select-Object -ExpandProperty Sum')).stdout).toBe('25\n');
  });

  it('Select-Object -First ends an infinite producer', async () => {
    expect((await run('function inf { $i = 0; while ($true) { $i++; $i } }; inf | Select-Object -First 3')).stdout).toBe(lines('1', '2', '3'));
  });

  it('Select-Object -First stops upstream after what it needs', async () => {
    const r = await run('$script:n = 0; function gen { while ($true) { $script:n++; $script:n } }; gen | Select-Object -First 2 | Out-Null; $script:n');
    expect(r.stdout).toBe('2\n');
  });

  it('simplified Where-Object and ForEach-Object -MemberName', async () => {
    const r = await run("[pscustomobject]@{Name='x';Age=3}, [pscustomobject]@{Name='y';Age=5} | Where-Object Age -gt 4 | ForEach-Object -MemberName Name");
    expect(r.stdout).toBe('y\n');
    expect((await run("'a','b' | % -MemberName ToUpper")).stdout).toBe(lines('A', 'B'));
  });

  it('a bare positional name binds ForEach-Object -MemberName and Where-Object -Property (pwsh picks the set by argument type)', async () => {
    expect((await run("'a','b' | % ToUpper")).stdout).toBe(lines('A', 'B'));
    expect((await run("[pscustomobject]@{a=1;n='x'},[pscustomobject]@{a=0;n='y'} | Where-Object a | % n")).stdout).toBe('x\n');
  });

  it('ForEach-Object -Begin/-Process/-End', async () => {
    expect((await run('1..5 | ForEach-Object -Begin { $t = 0 } -Process { $t += $_ } -End { $t }')).stdout).toBe('15\n');
  });

  it('ForEach-Object -Parallel runs every item', async () => {
    expect((await run('1..5 | ForEach-Object -Parallel { $_ * 2 } -ThrottleLimit 2 | Sort-Object')).stdout).toBe(lines('2', '4', '6', '8', '10'));
  });

  it('Sort-Object by strings, numbers and hashtable keys', async () => {
    expect((await run("'b','a','C' | Sort-Object")).stdout).toBe(lines('a', 'b', 'C'));
    expect((await run('10, 9, 100 | sort -Descending')).stdout).toBe(lines('100', '10', '9'));
    expect((await run("'bb','a','ccc' | Sort-Object @{Expression={$_.Length}; Descending=$true}")).stdout).toBe(lines('ccc', 'bb', 'a'));
  });

  it('Select-Object calculated properties, -Skip and -Last', async () => {
    expect((await run("[pscustomobject]@{a=2} | Select-Object @{n='Double';e={$_.a * 2}} | ForEach-Object { $_.Double }")).stdout).toBe('4\n');
    expect((await run('1..10 | Select-Object -Skip 2 -First 3')).stdout).toBe(lines('3', '4', '5'));
    expect((await run('1..10 | select -Last 2')).stdout).toBe(lines('9', '10'));
  });

  it('Group-Object names and counts', async () => {
    expect((await run('1,2,3,2,1 | Group-Object | ForEach-Object { "$($_.Name)=$($_.Count)" }')).stdout).toBe(lines('1=2', '2=2', '3=1'));
  });

  it('Measure-Object statistics as properties', async () => {
    expect((await run('(1..10 | Measure-Object -Average -Maximum).Maximum')).stdout).toBe('10\n');
    expect((await run('(1..4 | measure -Average).Average')).stdout).toBe('2.5\n');
  });

  it('Tee-Object -Variable', async () => {
    expect((await run("1..3 | Tee-Object -Variable t | Out-Null; $t -join ','")).stdout).toBe('1,2,3\n');
  });

  it('CSV and JSON conversions', async () => {
    expect((await run('[pscustomobject]@{a=1;b=2} | ConvertTo-Csv')).stdout).toBe(lines('"a","b"', '"1","2"'));
    expect((await run("[ordered]@{a=1;b='x'} | ConvertTo-Json -Compress")).stdout).toBe('{"a":1,"b":"x"}\n');
    expect((await run("'{\"a\":[1,2]}' | ConvertFrom-Json | ForEach-Object -MemberName a")).stdout).toBe(lines('1', '2'));
    expect((await run("@'\nName,Size\nx,1\ny,2\n'@ | ConvertFrom-Csv | ForEach-Object { $_.Name + $_.Size }")).stdout).toBe(lines('x1', 'y2'));
  });

  it('Get-Member of a string property', async () => {
    expect((await run("'x' | Get-Member -MemberType Property | ForEach-Object { $_.Definition }")).stdout).toBe('int Length {get;}\n');
  });

  it('Select-Object output shows as a table', async () => {
    expect((await run("[pscustomobject]@{Name='a';Count=1} | Select-Object Name")).stdout).toBe(lines('', 'Name', '----', 'a', ''));
  });
});
