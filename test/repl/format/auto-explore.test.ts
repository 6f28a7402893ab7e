import { describe, expect, it } from 'vitest';
import { Session } from '../../../src/repl/engine/session.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { ExploringHost, type ExploreScript } from '../cmdlets/exploring-host.js';

/** height 10: more than 6 rows (10 - 4) would not fit. */
async function run(script: string, explorer: ExploreScript = {}, height = 10) {
  const host = new ExploringHost(explorer, { height, width: 80 });
  const session = new Session({ host });
  const result = await session.run(script);
  return { host, result, session };
}

const rows = (n: number) => `1..${n} | ForEach-Object { [pscustomobject]@{ N = $_; Name = "user$_" } }`;

describe('auto-explore', () => {
  it('prints a table that fits as text, as before', async () => {
    const { host } = await run(rows(6));
    expect(host.calls).toHaveLength(0);
    expect(host.stdout).toContain('user6');
    expect(host.stdout.split('\n').filter((l) => /^\s*\d+ user\d/.test(l))).toHaveLength(6);
  });

  it('opens the explorer, titled with the command, for a table taller than the screen', async () => {
    const { host, result } = await run(rows(7));
    expect(result.ok).toBe(true);
    expect(host.calls).toHaveLength(1);
    const call = host.calls[0];
    expect(call.request.title).toBe(rows(7));
    expect(call.request.outputMode).toBe('None');
    expect(call.rows.map((r) => (r as PSObject).get('N'))).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(call.sourceEnded).toBe(true);
    expect(host.stdout).toBe('');
  });

  it('hands over the held rows first and then the rest as it streams', async () => {
    const { host } = await run("1..9 | ForEach-Object { Write-Host \"made $_\"; Start-Sleep -Milliseconds 10; [pscustomobject]@{ N = $_ } }");
    const call = host.calls[0];
    expect(call.rows).toHaveLength(9);
    // The explorer had row 1 before upstream made row 9.
    expect(call.printedAtRow[0]).toContain('made 7');
    expect(call.printedAtRow[0]).not.toContain('made 9');
  });

  it('leaves scalars, lists and Format-* output to the printer', async () => {
    const scalars = await run('1..50');
    expect(scalars.host.calls).toHaveLength(0);
    expect(scalars.host.stdout.split('\n')).toHaveLength(51);
    const lists = await run("1..8 | ForEach-Object { [pscustomobject]@{ A = 1; B = 2; C = 3; D = 4; E = $_ } }");
    expect(lists.host.calls).toHaveLength(0);
    expect(lists.host.stdout).toContain('E : 8');
    const formatted = await run(`${rows(20)} | Format-Table`);
    expect(formatted.host.calls).toHaveLength(0);
    expect(formatted.host.stdout).toContain('user20');
  });

  it('does nothing on a host without explore or height', async () => {
    const host = new ExploringHost({}, { width: 80 });
    Object.defineProperty(host, 'height', { value: undefined });
    await new Session({ host }).run(rows(30));
    expect(host.calls).toHaveLength(0);
    expect(host.stdout).toContain('user30');
  });

  it('ends the run of rows at an object of another type, which prints after the explorer', async () => {
    const { host } = await run(`${rows(10)}; 'done'; ${rows(2)}`);
    expect(host.calls).toHaveLength(1);
    expect(host.calls[0].rows).toHaveLength(10);
    expect(host.calls[0].sourceEnded).toBe(true);
    expect(host.stdout).toMatch(/^done\n/);
    expect(host.stdout).toContain('user2');
    expect(host.stdout).not.toContain('user10');
  });

  it('leaving early stops the command line, as Out-GridView does', async () => {
    const { host, session, result } = await run(`$made = 0\n1..500 | ForEach-Object { $global:made++; Start-Sleep -Milliseconds 1; [pscustomobject]@{ N = $_ } }\n'after'`, { leaveAfter: 8 });
    expect(result.ok).toBe(true);
    expect(host.calls[0].rows).toHaveLength(8);
    expect(host.stdout).toBe('');
    expect(session.state.globalScope.lookup('made')?.value as number).toBeLessThan(20);
  });

  it('Ctrl+C while exploring stops the pipeline and reports it', async () => {
    const host = new ExploringHost({ hang: true }, { height: 10 });
    const session = new Session({ host });
    const running = session.run(rows(20));
    while (host.calls.length === 0) await new Promise((r) => setTimeout(r, 5));
    session.abort();
    const result = await running;
    expect(result.ok).toBe(false);
    expect(host.stderr).toContain('The pipeline has been stopped.');
  });

  it('remembers the first explored row as the last output (for completion)', async () => {
    const { session } = await run(rows(12));
    expect((session.lastOutput as PSObject).get('Name')).toBe('user1');
  });
});
