import { describe, expect, it } from 'vitest';
import { OrderedFanOut } from '../../../src/exo/catalog/ordered-fan-out.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function collect(it: AsyncIterable<unknown>, into: unknown[]): Promise<void> {
  for await (const x of it) into.push(x);
}

describe('OrderedFanOut', () => {
  it('keeps input order, at most `limit` calls in flight, and reports a failure in its place', async () => {
    let active = 0;
    let peak = 0;
    const out: unknown[] = [];
    const fan = new OrderedFanOut(3, (e) => out.push(`error:${(e as Error).message}`));
    const call = (n: number) => async function* () {
      active++;
      peak = Math.max(peak, active);
      // Later items finish first: order must come from the input, not from completion.
      await wait(5 + (10 - n) * 3);
      active--;
      if (n === 4) throw new Error('four');
      yield n;
      yield n * 10;
    };
    for (let n = 1; n <= 8; n++) await collect(fan.add(call(n)), out);
    await collect(fan.drain(), out);
    expect(out).toEqual([1, 10, 2, 20, 3, 30, 'error:four', 5, 50, 6, 60, 7, 70, 8, 80]);
    expect(peak).toBe(3);
    expect(active).toBe(0);
  });

  it('passes on finished calls without waiting for the limit', async () => {
    const out: unknown[] = [];
    const fan = new OrderedFanOut(4, () => undefined);
    await collect(fan.add(async function* () { yield 'a'; }), out);
    await wait(5);
    await collect(fan.add(async function* () { await wait(50); yield 'b'; }), out);
    expect(out).toEqual(['a']);
    await collect(fan.drain(), out);
    expect(out).toEqual(['a', 'b']);
  });
});
