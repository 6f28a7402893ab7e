import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/repl/engine/session.js';
import { CaptureHost } from '../../../src/repl/host/capture-host.js';
import type { CmdletDefinition } from '../../../src/repl/cmdlets/types.js';
import { countingProducer, takeFirst } from './test-cmdlets.js';
import { out, run } from './run.js';

describe('lazy pipelines', () => {
  it('an infinite function stops when downstream has enough', async () => {
    expect(await out('function inf { $i = 0; while ($true) { $i++; $i } }; inf | Take-First 3')).toEqual(['1', '2', '3']);
  });

  it('an infinite function stops under Select-Object -First', async () => {
    expect(await out('function inf { $i = 0; while ($true) { $i++; $i } }; inf | Select-Object -First 3')).toEqual(['1', '2', '3']);
  });

  it('a producer cmdlet makes no more than asked for and is closed', async () => {
    const counter = { produced: 0, closed: false };
    const r = await run('Get-Counting | Take-First 5', { commands: [countingProducer(counter)] });
    expect(r.stdout).toBe('1\n2\n3\n4\n5\n');
    expect(counter.produced).toBe(5);
    expect(counter.closed).toBe(true);
  });

  it('stops through several stages', async () => {
    const counter = { produced: 0, closed: false };
    const r = await run('Get-Counting | ForEach-Object { $_ * 10 } | Where-Object { $_ -gt 20 } | Take-First 2', { commands: [countingProducer(counter)] });
    expect(r.stdout).toBe('30\n40\n');
    expect(counter.produced).toBe(4);
    expect(counter.closed).toBe(true);
  });

  it('a range at the head of a pipeline streams', async () => {
    expect(await out('1..100000000 | Take-First 2')).toEqual(['1', '2']);
  });

  it('the stage signal aborts when downstream stops', async () => {
    let aborted = false;
    const watcher: CmdletDefinition = {
      name: 'Get-Watched',
      synopsis: 'Produces until its signal aborts.',
      parameters: [],
      create: (ctx) => ({
        async *process() {
          ctx.signal.addEventListener('abort', () => { aborted = true; });
          for (let i = 0; ; i++) yield i;
        },
      }),
    };
    await run('Get-Watched | Take-First 1', { commands: [watcher] });
    expect(aborted).toBe(true);
  });

  it('begin blocks run first to last, before any process', async () => {
    const script = 'function a { begin { Write-Note "begin a" } process { "x" } }; function b { begin { Write-Note "begin b" } process { Write-Note "b got $_" } }; a | b';
    expect(await out(script)).toEqual(['begin a', 'begin b', 'b got x']);
  });

  it('functions stream their output as they go', async () => {
    const script = 'function gen { foreach ($i in 1..3) { Write-Note "make $i"; $i } }; gen | ForEach-Object { Write-Note "use $_" }';
    expect(await out(script)).toEqual(['make 1', 'use 1', 'make 2', 'use 2', 'make 3', 'use 3']);
  });

  it('ForEach-Object blocks run in the caller scope', async () => {
    expect(await out('$sum = 0; 1..4 | ForEach-Object { $sum += $_ }; $sum')).toEqual(['10']);
  });

  it('-OutVariable collects a command\'s output', async () => {
    expect(await out('Write-Output 1 2 -OutVariable got | Out-Null; $got.Count')).toEqual(['2']);
  });
});

describe('Ctrl+C', () => {
  it('abort stops the running pipeline and the session stays usable', async () => {
    const host = new CaptureHost();
    const session = new Session({ host, commands: [takeFirst] });
    const running = session.run('$i = 0; while ($true) { $i++ }');
    setTimeout(() => session.abort(), 50);
    const r = await running;
    expect(r.ok).toBe(false);
    expect(host.stderr).toContain('The pipeline has been stopped.');
    host.reset();
    const next = await session.run('1 + 1');
    expect(next.ok).toBe(true);
    expect(host.stdout).toBe('2\n');
  });

  it('abort reaches a cmdlet through its signal', async () => {
    let sawAbort = false;
    const slow: CmdletDefinition = {
      name: 'Wait-Forever',
      synopsis: 'Waits until aborted.',
      parameters: [],
      create: (ctx) => ({
        async process() {
          await new Promise<void>((resolve) => ctx.signal.addEventListener('abort', () => { sawAbort = true; resolve(); }));
        },
      }),
    };
    const host = new CaptureHost();
    const session = new Session({ host, commands: [slow] });
    const running = session.run('Wait-Forever; "after"');
    setTimeout(() => session.abort(), 20);
    await running;
    expect(sawAbort).toBe(true);
    expect(host.stdout).toBe('');
    expect(host.stderr).toContain('The pipeline has been stopped.');
  });
});
