/**
 * Get-Random: a number in [Minimum, Maximum) — integers unless a bound is a
 * double — or Count distinct items picked from the input, or all of it
 * shuffled. -SetSeed makes the sequence repeatable within the session.
 */
import type { CmdletContext, CmdletDefinition } from './types.js';
import { toNumber } from '../values/convert.js';
import { TYPES } from '../values/types.js';
import { isNumber, numberKindOf, toJsNumber } from '../values/numbers.js';

const COMMAND_ID = 'Microsoft.PowerShell.Commands.GetRandomCommand';
const INT32_MAX = 2_147_483_647;

/** mulberry32: small, fast, and good enough for a seeded shell-level generator. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

let sessionRandom: () => number = Math.random;

function isDouble(value: unknown): boolean {
  if (isNumber(value)) return numberKindOf(value) === 'double' || numberKindOf(value) === 'single' || Math.abs(toJsNumber(value)!) > Number.MAX_SAFE_INTEGER;
  return typeof value === 'string' && /[.eE]/.test(value);
}

function bound(ctx: CmdletContext, value: unknown, name: string): number {
  try {
    return toNumber(value, TYPES.double);
  } catch {
    return ctx.fail(`Cannot convert value "${String(value)}" of parameter '${name}' to a number.`, { category: 'InvalidArgument', errorId: `InvalidArgument,${COMMAND_ID}` });
  }
}

function randomNumber(ctx: CmdletContext, params: Readonly<Record<string, unknown>>): number {
  const minRaw = params['Minimum'];
  const maxRaw = params['Maximum'];
  const asDouble = isDouble(minRaw) || isDouble(maxRaw);
  const min = minRaw === undefined ? 0 : bound(ctx, minRaw, 'Minimum');
  const max = maxRaw === undefined ? (asDouble ? Number.MAX_VALUE : INT32_MAX) : bound(ctx, maxRaw, 'Maximum');
  if (min >= max) {
    ctx.fail(`The Minimum value (${String(minRaw ?? 0)}) cannot be greater than or equal to the Maximum value (${String(maxRaw ?? max)}).`, { category: 'InvalidArgument', errorId: `MinGreaterThanOrEqualMax,${COMMAND_ID}`, exceptionType: 'System.ArgumentException' });
  }
  const r = sessionRandom();
  return asDouble ? min + r * (max - min) : Math.floor(min + r * (max - min));
}

/** Count distinct positions, in random order (a partial Fisher-Yates). */
function pick<T>(items: T[], count: number): T[] {
  const pool = [...items];
  const n = Math.min(count, pool.length);
  for (let i = 0; i < n; i++) {
    const j = i + Math.floor(sessionRandom() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, n);
}

export const getRandom: CmdletDefinition = {
  name: 'Get-Random',
  synopsis: 'Gets a random number, or selects objects randomly from a collection.',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'RandomNumberParameterSet',
  parameters: [
    { name: 'Maximum', type: 'object', position: 0, parameterSets: ['RandomNumberParameterSet'], description: 'Exclusive upper bound.' },
    { name: 'Minimum', type: 'object', parameterSets: ['RandomNumberParameterSet'], description: 'Inclusive lower bound (default 0).' },
    { name: 'InputObject', type: 'object[]', mandatory: ['RandomListItemParameterSet', 'ShuffleParameterSet'], valueFromPipeline: true, parameterSets: ['RandomListItemParameterSet', 'ShuffleParameterSet'], description: 'The collection to pick from.' },
    { name: 'Count', type: 'int', parameterSets: ['RandomNumberParameterSet', 'RandomListItemParameterSet'], description: 'How many numbers or items to return.' },
    { name: 'Shuffle', type: 'switch', mandatory: ['ShuffleParameterSet'], parameterSets: ['ShuffleParameterSet'], description: 'Return the whole collection in random order.' },
    { name: 'SetSeed', type: 'int', description: 'Seed for a repeatable sequence.' },
  ],
  create(ctx) {
    if (ctx.params['SetSeed'] !== undefined) sessionRandom = seeded(Number(ctx.params['SetSeed']));
    const items: unknown[] = [];
    let listMode = ctx.boundNames.has('InputObject') || ctx.params['Shuffle'] === true;
    const count = ctx.params['Count'] === undefined ? undefined : Number(ctx.params['Count']);
    return {
      *process(params, input) {
        if (input.present) {
          listMode = true;
          const value = params['InputObject'];
          items.push(...(Array.isArray(value) ? value : [value]));
          return;
        }
        if (listMode) {
          const value = params['InputObject'];
          items.push(...(Array.isArray(value) ? value : [value]));
          return;
        }
        if (Array.isArray(params['Maximum'])) {
          // `Get-Random 1,2,3`: a list given where the maximum goes.
          listMode = true;
          items.push(...(params['Maximum'] as unknown[]));
          return;
        }
        for (let i = 0; i < (count ?? 1); i++) yield randomNumber(ctx, params);
      },
      *end() {
        if (!listMode || items.length === 0) return;
        if (ctx.params['Shuffle'] === true) yield* pick(items, items.length);
        else yield* pick(items, count ?? 1);
      },
    };
  },
};
