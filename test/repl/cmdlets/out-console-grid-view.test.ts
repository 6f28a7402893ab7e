import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/repl/engine/session.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { ExploringHost, type ExploreScript } from './exploring-host.js';
import { runScript } from './session-run.js';

async function explore(script: string, explorer: ExploreScript = {}) {
  const host = new ExploringHost(explorer);
  const session = new Session({ host });
  const result = await session.run(script);
  return { host, result, session };
}

const people = "1..5 | ForEach-Object { [pscustomobject]@{ N = $_; Name = \"user$_\" } }";

describe('Out-ConsoleGridView', () => {
  it('shows the input and sends the chosen rows\' original objects down the pipeline', async () => {
    const { host } = await explore(`${people} | ocgv | ForEach-Object { $_.N * 10 }`, { choose: [1, 3] });
    expect(host.calls).toHaveLength(1);
    const call = host.calls[0];
    expect(call.request.title).toBe('Out-ConsoleGridView');
    expect(call.request.outputMode).toBe('Multiple');
    expect(call.rows.map((r) => (r as PSObject).get('Name'))).toEqual(['user1', 'user2', 'user3', 'user4', 'user5']);
    expect(call.sourceEnded).toBe(true);
    expect(host.stdout).toBe('20\n40\n');
    expect(host.stderr).toBe('');
  });

  it('passes -Title, -OutputMode and -Filter to the explorer', async () => {
    const { host } = await explore(`${people} | Out-ConsoleGridView -Title 'Pick one' -OutputMode Single -Filter 'user[23]' | ForEach-Object Name`, { choose: [4] });
    const request = host.calls[0].request;
    expect(request).toMatchObject({ title: 'Pick one', outputMode: 'Single', filter: 'user[23]' });
    expect(request.signal).toBeInstanceOf(AbortSignal);
    expect(host.stdout).toBe('user5\n');
  });

  it('writes nothing with -OutputMode None', async () => {
    const { host } = await explore(`${people} | ocgv -OutputMode None`, { choose: [0] });
    expect(host.calls[0].rows).toHaveLength(5);
    expect(host.stdout).toBe('');
  });

  it('rejects an unknown -OutputMode', async () => {
    const { host } = await explore(`${people} | ocgv -OutputMode Many`);
    expect(host.calls).toHaveLength(0);
    expect(host.stderr).toContain('Many');
    expect(host.stderr).toContain('None,Single,Multiple');
  });

  it('streams: rows reach the explorer while upstream is still producing', async () => {
    const { host } = await explore("1..4 | ForEach-Object { Write-Host \"made $_\"; Start-Sleep -Milliseconds 20; $_ } | ocgv", {});
    const call = host.calls[0];
    expect(call.rows).toEqual([1, 2, 3, 4]);
    // When row 1 arrived, upstream had not made row 3 yet.
    expect(call.printedAtRow[0]).toContain('made 1');
    expect(call.printedAtRow[0]).not.toContain('made 3');
  });

  it('stops upstream when the user leaves early, and still returns the chosen rows', async () => {
    const { host, session } = await explore("$made = 0\n1..200 | ForEach-Object { $global:made++; Start-Sleep -Milliseconds 2; $_ } | ocgv | ForEach-Object { \"chose $_\" }", { leaveAfter: 3, choose: [2] });
    expect(host.calls[0].rows).toEqual([1, 2, 3]);
    expect(host.calls[0].sourceEnded).toBe(false);
    expect(host.stdout).toBe('chose 3\n');
    const made = session.state.globalScope.lookup('made')?.value as number;
    expect(made).toBeLessThan(10);
  });

  it('opens nothing when there is no input', async () => {
    const { host } = await explore('@() | ocgv\n$null | ocgv\n"after"');
    expect(host.calls).toHaveLength(0);
    expect(host.stdout).toBe('after\n');
  });

  it('takes -InputObject', async () => {
    const { host } = await explore("Out-ConsoleGridView -InputObject ([pscustomobject]@{ A = 1 }) | ForEach-Object A", { choose: [0] });
    expect(host.calls[0].rows).toHaveLength(1);
    expect(host.stdout).toBe('1\n');
  });

  it('shows a hashtable as its entries', async () => {
    const { host } = await explore("@{ a = 1 } | ocgv | ForEach-Object { \"$($_.Name)=$($_.Value)\" }", { choose: [0] });
    const row = host.calls[0].rows[0] as PSObject;
    expect(row.typeNames[0]).toBe('System.Collections.DictionaryEntry');
    expect(host.stdout).toBe('a=1\n');
  });

  it('refuses Format-* output', async () => {
    const { host } = await explore(`${people} | Format-Table | ocgv\n'next'`);
    expect(host.stderr).toContain('Invalid data type for Out-ConsoleGridView');
    expect(host.stdout).toBe('next\n');
  });

  it('ends with the pipeline on Ctrl+C, aborting the explorer\'s signal', async () => {
    const host = new ExploringHost({ hang: true });
    const session = new Session({ host });
    const running = session.run(`${people} | ocgv | ForEach-Object { "chose $_" }\n'not reached'`);
    await waitUntil(() => host.calls.length === 1);
    session.abort();
    const result = await running;
    expect(host.calls[0].request.signal?.aborted).toBe(true);
    expect(result.ok).toBe(false);
    expect(host.stdout).toBe('');
    expect(host.stderr).toContain('The pipeline has been stopped.');
  });

  it('without a terminal, fails the statement as ConsoleGuiTools does with redirected input', async () => {
    const r = await runScript(`${people} | ocgv\n$Error[0].FullyQualifiedErrorId\n'went on'`);
    expect(r.stderr).toContain('Not supported in this environment (when input is redirected).');
    expect(r.stdout).toBe('EnvironmentNotSupportedForGridView,OutGridView.Cmdlet.OutConsoleGridViewCmdletCommand\nwent on\n');
  });
});

describe('Out-GridView', () => {
  it('only shows by default, titled Out-GridView', async () => {
    const { host } = await explore(`${people} | ogv`, { choose: [0] });
    expect(host.calls[0].request).toMatchObject({ title: 'Out-GridView', outputMode: 'None' });
    expect(host.stdout).toBe('');
  });

  it('-PassThru returns the chosen rows (Multiple)', async () => {
    const { host } = await explore(`${people} | Out-GridView -PassThru -Title Mailboxes | ForEach-Object N`, { choose: [0, 4] });
    expect(host.calls[0].request).toMatchObject({ title: 'Mailboxes', outputMode: 'Multiple' });
    expect(host.stdout).toBe('1\n5\n');
  });

  it('-OutputMode Single and -Wait are their own parameter sets', async () => {
    const single = await explore(`${people} | ogv -OutputMode Single | ForEach-Object N`, { choose: [2] });
    expect(single.host.stdout).toBe('3\n');
    const both = await explore(`${people} | ogv -OutputMode Single -PassThru`);
    expect(both.host.calls).toHaveLength(0);
    expect(both.host.stderr).toContain('Parameter set cannot be resolved');
  });

  it('refuses Format-* output with pwsh\'s message', async () => {
    const { host } = await explore(`${people} | Format-List | ogv`);
    expect(host.stderr).toContain('The data format is not supported by Out-GridView.');
  });
});

async function waitUntil(predicate: () => boolean, timeoutMs = 2000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}
