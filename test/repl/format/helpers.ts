/**
 * Test helpers: run values through Out-Default, and run a cmdlet with a
 * minimal CmdletContext whose script blocks are JS functions of $_.
 */
import type { BoundParameters, CmdletContext, CmdletDefinition, ScriptBlockInvocation, StepOutput } from '../../../src/repl/cmdlets/types.js';
import type { Host } from '../../../src/repl/host/host.js';
import { OutDefault } from '../../../src/repl/format/out-default.js';
import { formatLines } from '../../../src/repl/format/text-formatter.js';

/** The lines Out-Default prints for these values (each value pushed as a pipeline object). */
export function outDefaultLines(values: unknown[], width = 120): string[] {
  const lines: string[] = [];
  const out = new OutDefault({ width, write: (line) => lines.push(line) });
  for (const v of values) out.push(v);
  out.flush();
  return lines;
}

/** A script block for tests: its source text, and a JS function of $_ standing in for its body. */
export class FakeScriptBlock {
  constructor(readonly text: string, readonly fn: (dollarUnder: unknown, options: ScriptBlockInvocation) => unknown) {}

  toString(): string {
    return this.text;
  }
}

/** Renders what a cmdlet emitted (FormatOutput objects or values) as Out-String would. */
export function textOf(output: unknown[], width = 120): string[] {
  return formatLines(output, { tableWidth: width, listWidth: width });
}

export interface TestHost extends Host {
  output: string[];
  errors: string[];
}

export function testHost(width = 120): TestHost {
  const output: string[] = [];
  const errors: string[] = [];
  return {
    width,
    interactive: false,
    color: false,
    output,
    errors,
    writeOutput: (t) => output.push(t),
    writeHost: (t) => output.push(t),
    writeError: (t) => errors.push(t),
    writeWarning: () => {},
    writeVerbose: () => {},
    writeDebug: () => {},
    readLine: async () => '',
  };
}

export class CmdletFailure extends Error {}

export interface RunResult {
  output: unknown[];
  errors: unknown[];
  host: TestHost;
}

async function collect(step: StepOutput, into: unknown[]): Promise<void> {
  if (!step) return;
  if (step instanceof Promise) {
    await step;
    return;
  }
  if (Symbol.asyncIterator in Object(step)) {
    for await (const v of step as AsyncIterable<unknown>) into.push(v);
    return;
  }
  for (const v of step as Iterable<unknown>) into.push(v);
}

/** Runs a cmdlet: begin, process once per input (or once with none), end. */
export async function runCmdlet(def: CmdletDefinition, params: BoundParameters, input?: unknown[], opts: { cwd?: string; width?: number } = {}): Promise<RunResult> {
  const host = testHost(opts.width ?? 120);
  const errors: unknown[] = [];
  const variables = new Map<string, unknown>();
  const invokeBlock = (block: unknown, options: ScriptBlockInvocation = {}): unknown[] => {
    if (!(block instanceof FakeScriptBlock)) throw new Error('not a script block');
    const r = block.fn(options.dollarUnder, options);
    return r === undefined ? [] : Array.isArray(r) ? r : [r];
  };
  const ctx: CmdletContext = {
    invocationName: def.name,
    params,
    boundNames: new Set(Object.keys(params)),
    parameterSetName: def.defaultParameterSet ?? '__AllParameterSets',
    signal: new AbortController().signal,
    host,
    cwd: opts.cwd ?? process.cwd(),
    errorAction: 'Continue',
    invoke: async (block, options) => invokeBlock(block, options),
    stream: async function* (block, options) {
      yield* invokeBlock(block, options);
    },
    getVariable: (name) => variables.get(name.toLowerCase()),
    setVariable: (name, value) => void variables.set(name.toLowerCase(), value),
    writeError: (error) => void errors.push(error),
    writeWarning: () => {},
    writeVerbose: () => {},
    writeDebug: () => {},
    fail: (error) => {
      throw new CmdletFailure(error instanceof Error ? error.message : String(error));
    },
    shouldProcess: async () => true,
  };
  const instance = def.create(ctx);
  const output: unknown[] = [];
  await collect(instance.begin?.(), output);
  if (input === undefined) {
    await collect(instance.process?.(params, { present: false }), output);
  } else {
    for (const value of input) await collect(instance.process?.(params, { present: true, value }), output);
  }
  await collect(instance.end?.(), output);
  return { output, errors, host };
}
