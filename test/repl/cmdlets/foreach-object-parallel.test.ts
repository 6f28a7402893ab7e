// ForEach-Object -Parallel through the engine: concurrent block invocations, each in its own scope.
import { describe, expect, it } from 'vitest';
import { runScript } from './session-run.js';
import { Session } from '../../../src/repl/engine/session.js';
import { CaptureHost } from '../../../src/repl/host/capture-host.js';
import type { CmdletDefinition } from '../../../src/repl/cmdlets/types.js';

describe('ForEach-Object -Parallel in a session', () => {
  it('gives every invocation its own $_ and variables, even across waits, and leaks nothing into the caller', async () => {
    const r = await runScript([
      '$r = 1..12 | ForEach-Object -Parallel { Start-Sleep -Milliseconds ((13 - $_) * 5); $x = $_; Start-Sleep -Milliseconds 5; "$_/$x" } -ThrottleLimit 4',
      "($r | Sort-Object { [int]($_ -split '/')[0] }) -join ','",
      '"x=[$x]"',
    ].join('\n'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${Array.from({ length: 12 }, (_, i) => `${i + 1}/${i + 1}`).join(',')}\nx=[]\n`);
  });

  it('reads caller variables through $using:', async () => {
    const r = await runScript("$prefix = 'mbx'; 1..3 | ForEach-Object -Parallel { \"$using:prefix-$_\" } | Sort-Object");
    expect(r.stdout).toBe('mbx-1\nmbx-2\nmbx-3\n');
  });

  it('runs up to -ThrottleLimit invocations at once, never more', async () => {
    // A command that counts how many of its calls are in flight; the blocks call it concurrently.
    let active = 0;
    let peak = 0;
    const slot: CmdletDefinition = {
      name: 'Use-Slot',
      synopsis: 'test: holds a slot for a while',
      parameters: [{ name: 'Id', type: 'int', position: 0 }],
      create: () => ({
        async *process(params) {
          active++;
          peak = Math.max(peak, active);
          await new Promise((res) => setTimeout(res, 30));
          active--;
          yield params.Id;
        },
      }),
    };
    const host = new CaptureHost({ width: 120 });
    await new Session({ host, commands: [slot] }).run('(1..10 | ForEach-Object -Parallel { Use-Slot $_ } -ThrottleLimit 3 | Measure-Object -Sum).Sum');
    expect(host.stderr).toBe('');
    expect(host.stdout).toBe('55\n');
    expect(peak).toBe(3);
    expect(active).toBe(0);
  });

  it('passes results on as invocations finish, not in input order', async () => {
    const r = await runScript('(3, 1, 2 | ForEach-Object -Parallel { Start-Sleep -Milliseconds ($_ * 60); $_ }) -join ","');
    expect(r.stdout).toBe('1,2,3\n');
  });
});
