/**
 * Running a script block as a value ($sb.Invoke(), ctx.invoke/stream for
 * cmdlets, switch conditions). A block that is one plain expression takes a
 * cheap path (no generator, no scope), which is what Where-Object and
 * ForEach-Object blocks usually are.
 */
import type { ExpressionAst, ScriptBlockAst } from '../../syntax/ast.js';
import { ReturnSignal } from '../errors/control-flow.js';
import type { Frame } from '../runtime.js';
import { ScriptBlock } from '../runtime.js';
import { Scope } from '../scope.js';
import { pushUnrolled } from '../output.js';
import { evalExpr } from './expressions.js';
import { evalPure, isPure } from './pure.js';
import { execNamedBlock } from './statements.js';
import { newHashtable } from '../value-ops.js';

export interface BlockInvocation {
  dollarUnder?: unknown;
  args?: unknown[];
  input?: unknown[];
  variables?: Record<string, unknown>;
}

const simpleCache = new WeakMap<ScriptBlockAst, ExpressionAst | null>();

/** The expression of a block that is `{ <expression> }` and nothing else, if it is one. */
function simpleExpression(ast: ScriptBlockAst): ExpressionAst | undefined {
  let v = simpleCache.get(ast);
  if (v === undefined) {
    v = null;
    const end = ast.endBlock;
    if (!ast.paramBlock && !ast.beginBlock && !ast.processBlock && end && end.traps.length === 0 && end.statements.length === 1) {
      const stmt = end.statements[0]!;
      if (stmt.kind === 'Pipeline' && stmt.elements.length === 1) {
        const only = stmt.elements[0]!;
        if (only.kind === 'CommandExpression' && only.redirections.length === 0 && only.expression.kind !== 'UnaryExpression') v = only.expression;
      }
    }
    simpleCache.set(ast, v);
  }
  return v ?? undefined;
}

/** `dotSource`: run in the caller's scope (ForEach-Object and Where-Object blocks do). */
function blockFrame(block: ScriptBlock, frame: Frame, opts: BlockInvocation, dotSource: boolean): Frame {
  const newScope = !dotSource || opts.variables !== undefined || opts.args !== undefined;
  const scope = newScope ? new Scope(block.closure ?? frame.scope) : frame.scope;
  if (newScope) {
    scope.define({ name: 'args', value: opts.args ?? [] });
    if (opts.input) scope.define({ name: 'input', value: opts.input });
    for (const [k, v] of Object.entries(opts.variables ?? {})) scope.define({ name: k, value: v });
    bindSimpleParams(block, scope, opts.args ?? []);
  }
  return frame.source === block.source && scope === frame.scope ? frame : { ...frame, scope, source: block.source };
}

/** `{ param($a, $b) ... }.Invoke(1, 2)`: arguments bind to the declared names in order. */
function bindSimpleParams(block: ScriptBlock, scope: Scope, args: unknown[]): void {
  const params = block.ast.paramBlock?.parameters;
  if (!params) return;
  params.forEach((p, i) => scope.define({ name: p.name.name, value: args[i] ?? null }));
  scope.define({ name: 'PSBoundParameters', value: newHashtable(false) });
}

export async function invokeScriptBlock(block: ScriptBlock, frame: Frame, opts: BlockInvocation = {}, dotSource = false): Promise<unknown[]> {
  const simple = simpleExpression(block.ast);
  const inner = blockFrame(block, frame, opts, dotSource);
  const saved = inner.scope.getDollarUnder();
  if (opts.dollarUnder !== undefined) inner.scope.setDollarUnder(opts.dollarUnder);
  try {
    const out: unknown[] = [];
    if (simple) {
      pushUnrolled(isPure(simple) ? evalPure(simple, inner) : await evalExpr(simple, inner), out);
      return out;
    }
    for await (const v of runBlockBody(block.ast, inner, opts.input)) out.push(v);
    return out;
  } finally {
    if (opts.dollarUnder !== undefined) inner.scope.setDollarUnder(saved);
  }
}

/** invokeScriptBlock for a block that is one pure expression; undefined for any other block. */
export function invokeScriptBlockSync(block: ScriptBlock, frame: Frame, opts: BlockInvocation = {}, dotSource = false): unknown[] | undefined {
  const simple = simpleExpression(block.ast);
  if (!simple || !isPure(simple)) return undefined;
  const inner = blockFrame(block, frame, opts, dotSource);
  const saved = inner.scope.getDollarUnder();
  if (opts.dollarUnder !== undefined) inner.scope.setDollarUnder(opts.dollarUnder);
  try {
    const out: unknown[] = [];
    pushUnrolled(evalPure(simple, inner), out);
    return out;
  } finally {
    if (opts.dollarUnder !== undefined) inner.scope.setDollarUnder(saved);
  }
}

export function streamScriptBlock(block: ScriptBlock, frame: Frame, opts: BlockInvocation = {}, dotSource = false): AsyncIterable<unknown> {
  const simple = simpleExpression(block.ast);
  if (simple && isPure(simple)) {
    // A pure expression cannot run commands, so evaluating it now is unobservable; the result
    // is iterable both ways and the pipeline takes the sync path.
    const items: unknown[] = [];
    const inner = blockFrame(block, frame, opts, dotSource);
    const saved = inner.scope.getDollarUnder();
    if (opts.dollarUnder !== undefined) inner.scope.setDollarUnder(opts.dollarUnder);
    try {
      pushUnrolled(evalPure(simple, inner), items);
    } finally {
      if (opts.dollarUnder !== undefined) inner.scope.setDollarUnder(saved);
    }
    return bothWays(items);
  }
  if (simple) {
    // One value at most, unrolled: no generator needed.
    return {
      [Symbol.asyncIterator]() {
        let items: unknown[] | undefined;
        let i = 0;
        return {
          async next() {
            if (!items) items = await invokeScriptBlock(block, frame, opts, dotSource);
            return i < items.length ? { value: items[i++], done: false } : { value: undefined, done: true };
          },
          async return() {
            return { value: undefined, done: true };
          },
        };
      },
    };
  }
  return streamFull(block, frame, opts, dotSource);
}

/** Output already computed: iterable both ways, so the pipeline can take the sync path. */
class EvaluatedOutput implements AsyncIterable<unknown>, Iterable<unknown> {
  constructor(private readonly items: unknown[]) {}

  [Symbol.iterator](): Iterator<unknown> {
    return this.items[Symbol.iterator]();
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<unknown, void, undefined> {
    yield* this.items;
  }
}

function bothWays(items: unknown[]): EvaluatedOutput {
  return new EvaluatedOutput(items);
}

async function* streamFull(block: ScriptBlock, frame: Frame, opts: BlockInvocation, dotSource: boolean): AsyncGenerator<unknown, void, undefined> {
  const inner = blockFrame(block, frame, opts, dotSource);
  const saved = inner.scope.getDollarUnder();
  if (opts.dollarUnder !== undefined) inner.scope.setDollarUnder(opts.dollarUnder);
  try {
    yield* runBlockBody(block.ast, inner, opts.input);
  } finally {
    if (opts.dollarUnder !== undefined) inner.scope.setDollarUnder(saved);
  }
}

/** begin, then process once per input item (with $_), then end; `return` ends the block. */
async function* runBlockBody(ast: ScriptBlockAst, frame: Frame, input: unknown[] | undefined): AsyncGenerator<unknown, void, undefined> {
  try {
    if (ast.beginBlock) yield* execNamedBlock(ast.beginBlock, frame);
    if (ast.processBlock) {
      const items = input ?? [frame.scope.getDollarUnder()];
      for (const item of items) {
        frame.scope.setDollarUnder(item);
        yield* execNamedBlock(ast.processBlock, frame);
      }
    }
    if (ast.endBlock) yield* execNamedBlock(ast.endBlock, frame);
  } catch (e) {
    if (e instanceof ReturnSignal) return;
    throw e;
  }
}
