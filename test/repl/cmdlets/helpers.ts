/**
 * Drives a cmdlet the way the engine does, without the engine: builds a
 * CmdletContext, feeds pipeline input one object at a time through process(),
 * and collects output, errors and warnings. Script blocks are JS functions
 * `(dollarUnder, options) => value | value[] | generator`.
 */
import type {
  BoundParameters, CmdletContext, CmdletDefinition, ErrorActionPreference, ErrorDetails,
  PipelineInput, ScriptBlockInvocation, StepOutput,
} from '../../../src/repl/cmdlets/types.js';
import type { Host } from '../../../src/repl/host/host.js';

export type TestBlock = (dollarUnder: unknown, options: ScriptBlockInvocation) => unknown;

export interface RunOptions {
  params?: Record<string, unknown>;
  /** Pipeline input; when absent, process() runs once with no input (first in pipeline). */
  input?: Iterable<unknown> | AsyncIterable<unknown>;
  variables?: Record<string, unknown>;
  cwd?: string;
  errorAction?: ErrorActionPreference;
  parameterSetName?: string;
}

export interface RecordedError { error: unknown; details?: ErrorDetails }

export interface RunResult {
  output: unknown[];
  errors: RecordedError[];
  warnings: string[];
  variables: Map<string, unknown>;
  /** How many input objects were taken from `input`. */
  pulled: number;
  stoppedUpstream: boolean;
}

/** A terminating error raised through ctx.fail. */
export class TerminatingError extends Error {
  constructor(readonly error: unknown, readonly details?: ErrorDetails) {
    super(error instanceof Error ? error.message : String(error));
  }
}

export const testHost: Host = {
  width: 120, interactive: false, color: false,
  writeOutput() {}, writeHost() {}, writeError() {}, writeWarning() {}, writeVerbose() {}, writeDebug() {},
  readLine: async () => '',
};

function normalize(result: unknown): unknown[] {
  if (result === undefined) return [];
  if (Array.isArray(result)) return result;
  if (typeof result === 'object' && result !== null && typeof (result as Iterable<unknown>)[Symbol.iterator] === 'function' && typeof result !== 'string') {
    return [...(result as Iterable<unknown>)];
  }
  return [result];
}

async function drain(step: StepOutput, into: unknown[]): Promise<void> {
  if (step === undefined || step === null) return;
  if (typeof (step as Promise<void>).then === 'function') { await step; return; }
  if (Symbol.asyncIterator in (step as object)) {
    for await (const v of step as AsyncIterable<unknown>) into.push(v);
    return;
  }
  for (const v of step as Iterable<unknown>) into.push(v);
}

function resolveSet(def: CmdletDefinition, bound: Set<string>): string {
  const sets = new Set<string>();
  for (const p of def.parameters) for (const s of p.parameterSets ?? []) sets.add(s);
  const candidates = [...sets].filter((s) => [...bound].every((name) => {
    const p = def.parameters.find((q) => q.name === name);
    return !p?.parameterSets || p.parameterSets.includes(s);
  }));
  if (def.defaultParameterSet && candidates.includes(def.defaultParameterSet)) return def.defaultParameterSet;
  return candidates[0] ?? def.defaultParameterSet ?? '__AllParameterSets';
}

export async function runCmdlet(def: CmdletDefinition, options: RunOptions = {}): Promise<RunResult> {
  const params = { ...(options.params ?? {}) };
  const boundNames = new Set(Object.keys(params));
  const variables = new Map(Object.entries(options.variables ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const errors: RecordedError[] = [];
  const warnings: string[] = [];
  const controller = new AbortController();
  let stopped = false;
  const errorAction = options.errorAction ?? 'Continue';

  const invokeBlock = (block: unknown, opts: ScriptBlockInvocation = {}): unknown => {
    if (typeof block !== 'function') throw new Error('test script blocks are JS functions');
    return (block as TestBlock)(opts.dollarUnder, opts);
  };

  const ctx: CmdletContext = {
    invocationName: def.name,
    params,
    boundNames,
    parameterSetName: options.parameterSetName ?? resolveSet(def, boundNames),
    signal: controller.signal,
    host: testHost,
    cwd: options.cwd ?? process.cwd(),
    errorAction,
    async invoke(block, opts) {
      const result = invokeBlock(block, opts);
      if (result && typeof result === 'object' && Symbol.asyncIterator in result) {
        const out: unknown[] = [];
        for await (const v of result as AsyncIterable<unknown>) out.push(v);
        return out;
      }
      return normalize(await result);
    },
    async *stream(block, opts) {
      const result = invokeBlock(block, opts);
      if (result && typeof result === 'object' && Symbol.asyncIterator in result) {
        yield* result as AsyncIterable<unknown>;
        return;
      }
      for (const v of normalize(await result)) yield v;
    },
    getVariable: (name) => variables.get(name.toLowerCase()) ?? null,
    setVariable: (name, value) => { variables.set(name.toLowerCase(), value); },
    writeError(error, details) {
      if (errorAction === 'Stop') throw new TerminatingError(error, details);
      errors.push({ error, details });
    },
    writeWarning: (message) => { warnings.push(message); },
    writeVerbose() {},
    writeDebug() {},
    fail(error, details): never { throw new TerminatingError(error, details); },
    shouldProcess: async () => true,
    stopUpstream() { stopped = true; },
  };

  const instance = def.create(ctx);
  const output: unknown[] = [];
  let pulled = 0;
  await drain(instance.begin?.(), output);
  const pipelineParams = def.parameters.filter((p) => p.valueFromPipeline);
  const processOne = async (input: PipelineInput): Promise<void> => {
    let bound: BoundParameters = params;
    if (input.present && pipelineParams.length > 0) {
      bound = { ...params };
      for (const p of pipelineParams) (bound as Record<string, unknown>)[p.name] = input.value;
    }
    await drain(instance.process?.(bound, input), output);
  };
  if (options.input === undefined) {
    await processOne({ present: false });
  } else {
    const source = options.input;
    const iterator: AsyncIterator<unknown> | Iterator<unknown> = Symbol.asyncIterator in source
      ? (source as AsyncIterable<unknown>)[Symbol.asyncIterator]()
      : (source as Iterable<unknown>)[Symbol.iterator]();
    while (!stopped) {
      const next = await iterator.next();
      if (next.done) break;
      pulled++;
      await processOne({ present: true, value: next.value });
    }
    if (stopped) await iterator.return?.();
  }
  await drain(instance.end?.(), output);
  return { output, errors, warnings, variables, pulled, stoppedUpstream: stopped };
}

/** Message text of a recorded error or a thrown TerminatingError. */
export function messageOf(error: unknown): string {
  if (error instanceof TerminatingError) return messageOf(error.error);
  if (error instanceof Error) return error.message;
  return String(error);
}
