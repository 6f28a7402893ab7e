import { describe, expect, it } from 'vitest';
import { assignBlocks, foreachObject } from '../../../src/repl/cmdlets/foreach-object.js';
import { PSObject } from '../../../src/repl/values/psobject.js';
import { runCmdlet } from './helpers.js';

describe('ForEach-Object', () => {
  it('runs the process block per item (1..3 | % { $_ * 2 })', async () => {
    const r = await runCmdlet(foreachObject, { params: { Process: [(n: number) => n * 2] }, input: [1, 2, 3] });
    expect(r.output).toEqual([2, 4, 6]);
  });

  it('runs -Begin once before and -End once after', async () => {
    const log: string[] = [];
    const r = await runCmdlet(foreachObject, {
      params: { Begin: () => { log.push('b'); return 'start'; }, Process: [(n: number) => { log.push('p'); return n; }], End: () => 'end' },
      input: [1, 2],
    });
    expect(r.output).toEqual(['start', 1, 2, 'end']);
    expect(log).toEqual(['b', 'p', 'p']);
  });

  it('assigns positional blocks as pwsh does: 2 = begin+process, 3 = begin+process+end, 4 = two process blocks', () => {
    const [a, b, c, d] = ['a', 'b', 'c', 'd'];
    expect(assignBlocks({ Process: [a] }, new Set(['Process']))).toEqual({ begin: undefined, process: [a], end: undefined });
    expect(assignBlocks({ Process: [a, b] }, new Set(['Process']))).toEqual({ begin: a, process: [b], end: undefined });
    expect(assignBlocks({ Process: [a, b, c] }, new Set(['Process']))).toEqual({ begin: a, process: [b], end: c });
    expect(assignBlocks({ Process: [a, b, c, d] }, new Set(['Process']))).toEqual({ begin: a, process: [b, c], end: d });
    expect(assignBlocks({ Begin: a, Process: [b], End: c }, new Set(['Begin', 'Process', 'End']))).toEqual({ begin: a, process: [b], end: c });
    expect(assignBlocks({ Process: [b], End: c }, new Set(['Process', 'End']))).toEqual({ begin: undefined, process: [b], end: c });
  });

  it('streams each block output as it is produced', async () => {
    const seen: string[] = [];
    async function* gen(n: number) { seen.push(`start${n}`); yield n; seen.push(`mid${n}`); yield n + 10; }
    const r = await runCmdlet(foreachObject, { params: { Process: [gen] }, input: [1] });
    expect(r.output).toEqual([1, 11]);
    expect(seen).toEqual(['start1', 'mid1']);
  });

  it('gets a property by member name (% Name)', async () => {
    const r = await runCmdlet(foreachObject, { params: { MemberName: 'Name' }, input: [new PSObject({ Name: 'a' }), new PSObject({ Name: 'b' })] });
    expect(r.output).toEqual(['a', 'b']);
  });

  it('calls a method by member name (% ToUpper) and with arguments (% Split ,)', async () => {
    const up = await runCmdlet(foreachObject, { params: { MemberName: 'ToUpper' }, input: ['ab', 'cd'] });
    expect(up.output).toEqual(['AB', 'CD']);
    const split = await runCmdlet(foreachObject, { params: { MemberName: 'Split', ArgumentList: [','] }, input: ['a,b'] });
    expect(split.output).toEqual(['a', 'b']);
  });

  it('writes $null for a member that does not exist', async () => {
    const r = await runCmdlet(foreachObject, { params: { MemberName: 'Nope' }, input: [new PSObject({ a: 1 })] });
    expect(r.output).toEqual([null]);
  });

  it('-Parallel runs every item with at most -ThrottleLimit at once', async () => {
    let active = 0;
    let peak = 0;
    const block = async (n: number) => {
      active++; peak = Math.max(peak, active);
      await new Promise((res) => setTimeout(res, 10));
      active--;
      return n * 10;
    };
    const r = await runCmdlet(foreachObject, { params: { Parallel: block, ThrottleLimit: 3 }, input: [1, 2, 3, 4, 5, 6, 7] });
    expect([...r.output].sort((a, b) => (a as number) - (b as number))).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(peak).toBe(3);
  });

  it('-Parallel turns a failing block into a non-terminating error', async () => {
    const r = await runCmdlet(foreachObject, { params: { Parallel: async (n: number) => { if (n === 2) throw new Error('boom'); return n; } }, input: [1, 2, 3] });
    expect([...r.output].sort()).toEqual([1, 3]);
    expect(r.errors).toHaveLength(1);
  });
});
