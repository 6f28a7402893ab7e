/**
 * Pipelines as chains of lazy pulls (pull.ts). Every command is bound before
 * any runs, begin blocks run first to last, then the last stage pulls: each
 * stage asks its upstream for one item at a time, synchronously unless
 * something awaits, so when a stage finishes early (Select-Object -First) it
 * closes the stages above it, and their abort signals fire.
 */
import type { CommandAst, CommandExpressionAst, PipelineAst } from '../../syntax/ast.js';
import type { CmdletInstance, PipelineInput, StepOutput } from '../../cmdlets/types.js';
import { Binder, missingMandatory, type BinderArg, type CommandLineBinding } from '../binder.js';
import { ErrorRecord, RuntimeError, toErrorRecord } from '../errors/error-record.js';
import type { Frame } from '../runtime.js';
import { ScriptBlock } from '../runtime.js';
import { unrolled } from '../output.js';
import { PSObject } from '../../values/psobject.js';
import { toPSString } from '../value-ops.js';
import { evalExpr } from './expressions.js';
import { rangeBounds, rangeItem } from './pure.js';
import { convertArgument, evaluateArguments, resolveCommand, type ResolvedCommand } from './commands.js';
import { scriptBlockCommand, scriptFileCommand, type ScriptCommandDefinition } from './functions.js';
import { StageContext } from './stage-context.js';
import { redirectionsFor, withOutputRedirection, type Redirection } from './redirection.js';
import { checkAbort } from './statements.js';
import { Await, DrivenStage, fromAsync, toAsync, type Pull } from './pull.js';

const NO_INPUT: PipelineInput = { present: false };

interface CommandStage {
  kind: 'command';
  inst: CmdletInstance;
  ctx: StageContext;
  binder: Binder;
  line: CommandLineBinding;
  beginOut: unknown[];
  redirection: Redirection;
}

interface ExpressionStage {
  kind: 'expression';
  node: CommandExpressionAst;
  frame: Frame;
  redirection: Redirection;
}

type Stage = CommandStage | ExpressionStage;

const binders = new WeakMap<object, Binder>();

export async function collectPipeline(ast: PipelineAst, frame: Frame): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const v of runPipeline(ast, frame)) out.push(v);
  return out;
}

export async function* runPipeline(ast: PipelineAst, frame: Frame, input?: AsyncIterable<unknown>): AsyncGenerator<unknown, void, undefined> {
  const stages: Stage[] = [];
  for (let i = 0; i < ast.elements.length; i++) {
    const el = ast.elements[i]!;
    const expectingInput = i > 0 || input !== undefined;
    if (el.kind === 'CommandExpression') {
      const r = await redirectionsFor(el.redirections, frame);
      stages.push({ kind: 'expression', node: el, frame: r.frame, redirection: r });
    } else stages.push(await prepareCommand(el, frame, expectingInput, i + 1));
  }
  for (const st of stages) {
    if (st.kind !== 'command' || !st.inst.begin) continue;
    try {
      for await (const v of stepOutput(st.inst.begin())) st.beginOut.push(v);
    } catch (e) {
      throw located(e, st.ctx);
    }
  }
  let upstream: Pull | undefined = input ? fromAsync(input) : undefined;
  for (const st of stages) {
    const produced = st.kind === 'expression' ? expressionStage(st) : commandStage(st, upstream);
    // Redirected output goes through the async redirection writer; the rest stays on the pull path.
    upstream = st.redirection.output === 'pass' ? produced : fromAsync(withOutputRedirection(toAsync(produced), st.redirection, frame));
  }
  if (upstream) yield* toAsync(upstream);
}

async function prepareCommand(cmd: CommandAst, outer: Frame, expectingInput: boolean, position: number): Promise<CommandStage> {
  const redirection = await redirectionsFor(cmd.redirections, outer);
  const frame = redirection.frame;
  const { resolved, invocationName } = await commandTarget(cmd, frame);
  const ctx = new StageContext(frame, resolved.def, invocationName, frame.source.position(cmd.pos, cmd.end, invocationName), redirection.mergeErrors);
  try {
    const args = await evaluateArguments(cmd.elements, frame);
    return await bindStage(resolved, ctx, args, expectingInput, position, redirection);
  } catch (e) {
    throw located(e, ctx);
  }
}

/** Binds a command's arguments and creates its instance: the stage is ready to run. */
async function bindStage(resolved: ResolvedCommand, ctx: StageContext, args: BinderArg[], expectingInput: boolean, position: number, redirection: Redirection): Promise<CommandStage> {
  const def = resolved.def;
  let binder = binders.get(def);
  if (!binder) {
    const advanced = (def as Partial<ScriptCommandDefinition>).script?.advanced ?? false;
    binder = new Binder(def, { convert: convertArgument, common: !resolved.isScript || advanced, unboundToArgs: resolved.isScript && !advanced, isFunction: resolved.isScript });
    binders.set(def, binder);
  }
  const line = binder.bindCommandLine(args, expectingInput);
  if (line.missingMandatory.length) await promptForMandatory(line, binder, ctx, ctx.invocationName, position);
  ctx.bind(line.params, line.boundNames, line.sets[0] ?? '__AllParameterSets', line.unbound);
  const inst = def.create(ctx);
  return { kind: 'command', inst, ctx, binder, line, beginOut: [], redirection };
}

/** Runs one script command with positional arguments and optional input (Invoke-Command). */
export async function* runPipelineOf(def: ScriptCommandDefinition, frame: Frame, args: unknown[], input: unknown[] | undefined): AsyncGenerator<unknown, void, undefined> {
  const ctx = new StageContext(frame, def, def.name, frame.source.position(0, 0, def.name), false);
  const stage = await bindStage({ def, isScript: true }, ctx, args.map((value) => ({ kind: 'value', value })), input !== undefined, 1, { frame, mergeErrors: false, output: 'pass' });
  if (stage.inst.begin) for await (const v of stepOutput(stage.inst.begin())) stage.beginOut.push(v);
  yield* toAsync(commandStage(stage, input ? fromAsync((async function* () { yield* input; })()) : undefined));
}

async function commandTarget(cmd: CommandAst, frame: Frame): Promise<{ resolved: ResolvedCommand; invocationName: string }> {
  const nameNode = cmd.name;
  const dot = cmd.invocationOperator === '.';
  const nameValue = nameNode.kind === 'StringConstantExpression' ? nameNode.value : await evalExpr(nameNode, frame);
  if (nameValue instanceof ScriptBlock) return { resolved: { def: scriptBlockCommand(nameValue, frame, dot), isScript: true }, invocationName: '' };
  const name = nameValue instanceof PSObject && nameValue.has('Name') ? toPSString(nameValue.get('Name')) : toPSString(nameValue);
  const position = frame.source.position(cmd.pos, cmd.end, name);
  try {
    if (dot && (/\.ps1$/i.test(name) || name.includes('/') || name.includes('\\'))) {
      const { isAbsolute, resolve } = await import('node:path');
      return { resolved: { def: scriptFileCommand(isAbsolute(name) ? name : resolve(frame.engine.cwd, name), frame, true), isScript: true }, invocationName: name };
    }
    return { resolved: resolveCommand(name, frame), invocationName: name };
  } catch (e) {
    if (e instanceof RuntimeError) e.record.locate(position);
    throw e;
  }
}

/** pwsh asks for missing mandatory parameters at a terminal; elsewhere it is an error. */
async function promptForMandatory(line: CommandLineBinding, binder: Binder, ctx: StageContext, name: string, position: number): Promise<void> {
  const host = ctx.host;
  if (!host.interactive) throw missingMandatory(line.missingMandatory, name);
  host.writeHost(`${binder.def.name ? 'cmdlet ' + name : 'Script block'} at command pipeline position ${position}`);
  host.writeHost('Supply values for the following parameters:');
  for (const p of line.missingMandatory) {
    const answer = await host.readLine(`${p.name}: `, { secure: p.type === 'securestring' });
    line.params[p.name] = binder.coerce(answer, p);
    line.boundNames.add(p.name);
  }
  line.missingMandatory = [];
}

function located(e: unknown, ctx: StageContext): unknown {
  if (e instanceof RuntimeError) e.record.locate(ctx.position);
  return e;
}

function expressionStage(st: ExpressionStage): Pull {
  return new DrivenStage(expressionSteps(st));
}

function* expressionSteps(st: ExpressionStage): Generator<unknown, void, unknown> {
  const expr = st.node.expression;
  if (expr.kind === 'RangeExpression') {
    // A range at the head of a pipeline streams instead of building the array.
    const lower = (yield new Await(evalExpr(expr.lower, st.frame)));
    const upper = (yield new Await(evalExpr(expr.upper, st.frame)));
    const [lo, hi, chars] = rangeBounds(lower, upper);
    const step = hi >= lo ? 1 : -1;
    const signal = st.frame.signal;
    for (let v = lo, n = 0; step > 0 ? v <= hi : v >= hi; v += step) {
      if ((++n & 1023) === 0 && signal.aborted) checkAbort(st.frame);
      yield rangeItem(v, chars);
    }
    return;
  }
  const value = yield new Await(evalExpr(expr, st.frame));
  for (const v of unrolled(value)) yield v;
}

function commandStage(st: CommandStage, upstream: Pull | undefined): Pull {
  return new DrivenStage(commandSteps(st, upstream));
}

/** One command's begin output, process per upstream item, end: see pull.ts for the Await protocol. */
function* commandSteps(st: CommandStage, upstream: Pull | undefined): Generator<unknown, void, unknown> {
  const { inst, ctx, binder, line } = st;
  const outVariable = typeof ctx.params['OutVariable'] === 'string' ? outVariableSink(ctx, ctx.params['OutVariable']) : undefined;
  try {
    for (const v of st.beginOut) yield v;
    if (!upstream) {
      if (inst.process) {
        yield* emit(inst.process(line.params, NO_INPUT), ctx, outVariable, true);
      }
    } else {
      const signal = ctx.signal;
      const engine = ctx.frame.engine;
      for (;;) {
        let r = upstream.next();
        if (r instanceof Promise) r = (yield new Await(r)) as IteratorResult<unknown, undefined>;
        if (r.done) break;
        const item = r.value;
        const pause = engine.tick();
        if (pause) yield new Await(pause);
        if (ctx.aborted) throw pipelineStopped(signal);
        let params: Record<string, unknown>;
        try {
          params = binder.bindPipelineItem(line, item);
          ctx.parameterSetName = line.itemSet!;
        } catch (e) {
          if (!(e instanceof RuntimeError)) throw e;
          ctx.writeError(e.record);
          if (ctx.merged.length) yield* ctx.merged.splice(0);
          continue;
        }
        if (inst.process) {
          const out = inst.process(params, { present: true, value: item });
          // Arrays (Where-Object's answer) go on inline: no helper generator per item.
          if (Array.isArray(out)) {
            for (let i = 0; i < out.length; i++) {
              outVariable?.push(out[i]);
              yield out[i];
            }
          } else if (out) yield* emit(out, ctx, outVariable, false);
        }
        if (ctx.merged.length) yield* ctx.merged.splice(0);
        if (ctx.stopped) break;
      }
    }
    if (inst.end) {
      yield* emit(inst.end(), ctx, outVariable, true);
    }
    if (ctx.merged.length) yield* ctx.merged.splice(0);
  } catch (e) {
    throw located(e, ctx);
  } finally {
    upstream?.return();
    if (!ctx.abort.signal.aborted) ctx.abort.abort();
  }
}

/**
 * Sends a step's output on (into -OutVariable too), awaiting through the driver where
 * needed; an async source is pulled one item at a time, so it stays lazy.
 */
function* emit(out: StepOutput, ctx: StageContext, outVariable: unknown[] | undefined, mergeEach: boolean): Generator<unknown, void, unknown> {
  if (!out) return;
  if (isPromise(out)) {
    yield new Await(out);
    return;
  }
  if (Symbol.iterator in out) {
    for (const v of out as Iterable<unknown>) {
      outVariable?.push(v);
      yield v;
      if (mergeEach && ctx.merged.length) yield* ctx.merged.splice(0);
    }
    return;
  }
  const it = (out as AsyncIterable<unknown>)[Symbol.asyncIterator]();
  let done = false;
  try {
    for (;;) {
      const r = (yield new Await(it.next())) as IteratorResult<unknown>;
      if (r.done) {
        done = true;
        return;
      }
      outVariable?.push(r.value);
      yield r.value;
      if (mergeEach && ctx.merged.length) yield* ctx.merged.splice(0);
    }
  } finally {
    // Stopped early (downstream is done or threw): close the source; its cleanup settles on its own.
    if (!done) void it.return?.()?.then(undefined, () => undefined);
  }
}

function outVariableSink(ctx: StageContext, name: string): unknown[] {
  const append = name.startsWith('+');
  const bare = append ? name.slice(1) : name;
  const existing = ctx.frame.scope.lookup(bare.toLowerCase());
  if (append && existing && Array.isArray(existing.value)) return existing.value;
  const list: unknown[] = [];
  ctx.setVariable(bare, list);
  return list;
}

function isPromise(v: unknown): v is Promise<unknown> {
  return typeof (v as Promise<unknown>).then === 'function';
}

/** A step's output as one async iterable (sync iterables, async iterables, promises, nothing). */
async function* stepOutput(out: StepOutput): AsyncGenerator<unknown, void, undefined> {
  if (!out) return;
  if (isPromise(out)) {
    await out;
    return;
  }
  if (Symbol.asyncIterator in out) yield* out as AsyncIterable<unknown>;
  else yield* out as Iterable<unknown>;
}

export function pipelineStopped(signal: AbortSignal): RuntimeError {
  const reason = signal.reason;
  if (reason instanceof RuntimeError) return reason;
  const err = new RuntimeError(new ErrorRecord({ message: 'The pipeline has been stopped.', errorId: 'PipelineStopped', category: 'OperationStopped', exceptionType: 'System.Management.Automation.PipelineStoppedException' }));
  err.terminates = 'script';
  return err;
}

export { toErrorRecord };
