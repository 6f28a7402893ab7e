/**
 * Statements: an exhaustive match over statement kinds, each an async
 * generator of the output it sends down the pipeline (so a function's output
 * streams lazily). A statement-terminating error outside any try is reported
 * and the next statement runs, as in pwsh.
 */
import { match } from 'ts-pattern';
import type {
  ForEachStatementAst, ForStatementAst, NamedBlockAst, StatementAst, TrapStatementAst, TryStatementAst, DoWhileStatementAst,
  DoUntilStatementAst, WhileStatementAst, PipelineBaseAst, ExpressionAst,
} from '../../syntax/ast.js';
import { BreakSignal, ContinueSignal, ExitSignal, ReturnSignal, labelMatches } from '../errors/control-flow.js';
import { ErrorRecord, RuntimeError, shortTypeName, toErrorRecord } from '../errors/error-record.js';
import type { Frame } from '../runtime.js';
import { PSObject } from '../../values/psobject.js';
import { isEnumerable, unrolled } from '../output.js';
import { convertTo, toBoolean, toPSString } from '../value-ops.js';
import { evalExpr, evalPipelineValue } from './expressions.js';
import { runPipeline } from './pipeline.js';
import { executeAssignment } from './assignments.js';
import { defineFunction } from './functions.js';
import { switchStatement } from './switch.js';
import { checkRangeSize, evalPure, isPure, rangeBounds, rangeItem } from './pure.js';
import { execSyncStatements, isSilentBody, isSyncBody } from './sync-statements.js';
import { compiledSilentBody, variableSetter } from './compiled.js';
import { writeVariable } from './variables.js';

export async function* execStatements(statements: readonly StatementAst[], outer: Frame, traps?: readonly TrapStatementAst[]): AsyncGenerator<unknown, void, undefined> {
  // Like try, a trap makes errors in commands called from here come back to this block.
  const frame = traps?.length ? { ...outer, tryDepth: outer.tryDepth + 1 } : outer;
  for (const stmt of statements) {
    if (frame.signal.aborted) checkAbort(frame);
    try {
      // The hottest statement shapes run inline (no extra generator per statement);
      // everything else goes through the exhaustive dispatcher.
      if (stmt.kind === 'AssignmentStatement') {
        await executeAssignment(stmt, frame, false);
        continue;
      }
      if (stmt.kind === 'Pipeline') {
        const only = lonePipelineExpression(stmt);
        if (only) {
          const value = isPure(only) ? evalPure(only, frame) : await evalExpr(only, frame);
          frame.engine.lastStatus = true;
          // `$i++` as a statement outputs nothing; `($i++)` does.
          if (only.kind === 'UnaryExpression' && (only.operator === '++' || only.operator === '--')) continue;
          if (value === undefined) continue;
          if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++) yield value[i];
          } else if (isEnumerable(value)) yield* unrolled(value);
          else yield value;
          continue;
        }
      }
      if (stmt.kind === 'IfStatement') {
        const body = await chosenBranch(stmt, frame);
        if (body) yield* execStatements(body, frame);
        continue;
      }
      yield* execStatement(stmt, frame);
    } catch (e) {
      if (e instanceof RuntimeError) e.record.position ??= frame.source.position(stmt.pos, stmt.end);
      const trap = traps?.length && e instanceof RuntimeError ? traps.find((t) => !t.trapType || catchTypeMatches(t.trapType.typeName.name, e.record)) : undefined;
      if (trap && e instanceof RuntimeError) {
        const outcome = yield* runTrap(trap, e.record, frame);
        if (outcome === 'break') throw e;
        if (outcome === 'done') frame.engine.reportError(e.record, true);
        else frame.engine.errors.unshift(e.record);
        continue;
      }
      if (e instanceof RuntimeError && e.terminates === 'statement' && outer.tryDepth === 0) {
        frame.engine.reportError(e.record, true);
        continue;
      }
      throw e;
    }
  }
}

/**
 * A trap handles an error raised in its block: with `continue` the error is silenced,
 * with `break` it propagates, otherwise it is shown and the next statement runs.
 */
async function* runTrap(trap: TrapStatementAst, record: ErrorRecord, frame: Frame): AsyncGenerator<unknown, 'break' | 'continue' | 'done', undefined> {
  const saved = frame.scope.getDollarUnder();
  frame.scope.setDollarUnder(record);
  try {
    yield* execStatements(trap.body.statements, frame);
    return 'done';
  } catch (signal) {
    if (signal instanceof BreakSignal) return 'break';
    if (signal instanceof ContinueSignal) return 'continue';
    throw signal;
  } finally {
    frame.scope.setDollarUnder(saved);
  }
}

const loneCache = new WeakMap<PipelineBaseAst, ExpressionAst | null>();

/** The expression of a pipeline that is one expression with no redirection, if it is one. */
export function lonePipelineExpression(p: PipelineBaseAst): ExpressionAst | undefined {
  let v = loneCache.get(p);
  if (v === undefined) {
    v = null;
    if (p.kind === 'Pipeline' && p.elements.length === 1) {
      const only = p.elements[0]!;
      if (only.kind === 'CommandExpression' && only.redirections.length === 0) v = only.expression;
    }
    loneCache.set(p, v);
  }
  return v ?? undefined;
}

export async function collectStatements(statements: readonly StatementAst[], frame: Frame): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const v of execStatements(statements, frame)) out.push(v);
  return out;
}

export async function collectStatement(stmt: StatementAst, frame: Frame): Promise<unknown[]> {
  return collectStatements([stmt], frame);
}

export function execNamedBlock(block: NamedBlockAst, frame: Frame): AsyncGenerator<unknown, void, undefined> {
  return execStatements(block.statements, frame, block.traps);
}

export async function* execStatement(stmt: StatementAst, frame: Frame): AsyncGenerator<unknown, void, undefined> {
  yield* match(stmt)
    .with({ kind: 'Pipeline' }, (s) => pipelineStatement(s, frame))
    .with({ kind: 'PipelineChain' }, (s) => pipelineChain(s, frame))
    .with({ kind: 'AssignmentStatement' }, (s) => noOutput(async () => { await executeAssignment(s, frame, false); }))
    .with({ kind: 'IfStatement' }, (s) => ifStatement(s, frame))
    .with({ kind: 'WhileStatement' }, (s) => whileLoop(s, frame))
    .with({ kind: 'DoWhileStatement' }, { kind: 'DoUntilStatement' }, (s) => doLoop(s, frame))
    .with({ kind: 'ForStatement' }, (s) => forLoop(s, frame))
    .with({ kind: 'ForEachStatement' }, (s) => forEachLoop(s, frame))
    .with({ kind: 'SwitchStatement' }, (s) => switchStatement(s, frame))
    .with({ kind: 'TryStatement' }, (s) => tryStatement(s, frame))
    // Traps are collected into their block's `traps` by the parser and run from execStatements.
    .with({ kind: 'TrapStatement' }, () => noOutput(async () => undefined))
    .with({ kind: 'ThrowStatement' }, (s) => noOutput(async () => { throw await throwError(s.pipeline, s.pos, s.end, frame); }))
    .with({ kind: 'ReturnStatement' }, (s) => returnStatement(s.pipeline, frame))
    .with({ kind: 'ExitStatement' }, (s) => noOutput(async () => {
      const value = s.pipeline ? await evalPipelineValue(s.pipeline, frame) : 0;
      throw new ExitSignal(value === null ? 0 : Number(convertTo(value, 'int')));
    }))
    .with({ kind: 'BreakStatement' }, (s) => noOutput(async () => { throw new BreakSignal(await labelOf(s.label, frame)); }))
    .with({ kind: 'ContinueStatement' }, (s) => noOutput(async () => { throw new ContinueSignal(await labelOf(s.label, frame)); }))
    .with({ kind: 'FunctionDefinition' }, (s) => noOutput(async () => { defineFunction(s, frame); }))
    .with({ kind: 'ErrorStatement' }, () => noOutput(async () => undefined))
    .exhaustive();
}

async function* noOutput(action: () => Promise<void>): AsyncGenerator<unknown, void, undefined> {
  await action();
}

async function* pipelineStatement(s: Extract<StatementAst, { kind: 'Pipeline' }>, frame: Frame): AsyncGenerator<unknown, void, undefined> {
  const engine = frame.engine;
  const only = s.elements.length === 1 ? s.elements[0]! : undefined;
  if (only && only.kind === 'CommandExpression' && only.redirections.length === 0) {
    // `$i++` as a statement outputs nothing; `($i++)` does.
    const e = only.expression;
    const value = await evalExpr(e, frame);
    engine.lastStatus = true;
    if (e.kind === 'UnaryExpression' && (e.operator === '++' || e.operator === '--')) return;
    for (const v of unrolled(value)) yield v;
    return;
  }
  const before = engine.errors.length;
  let failed = false;
  try {
    yield* runPipeline(s, frame);
  } catch (e) {
    failed = true;
    throw e;
  } finally {
    engine.lastStatus = !failed && engine.errors.length === before;
  }
}

/** `a && b`, `a || b`: the right side runs when the left succeeded (&&) or failed (||). */
async function* pipelineChain(s: Extract<StatementAst, { kind: 'PipelineChain' }>, frame: Frame): AsyncGenerator<unknown, void, undefined> {
  yield* execStatements([s.left], frame);
  if (frame.engine.lastStatus === (s.operator === '&&')) yield* execStatements([s.right], frame);
}

function condition(p: PipelineBaseAst, frame: Frame): boolean | Promise<boolean> {
  const only = lonePipelineExpression(p);
  if (only && isPure(only)) return toBoolean(evalPure(only, frame));
  return evalPipelineValue(p, frame).then(toBoolean);
}

async function chosenBranch(s: Extract<StatementAst, { kind: 'IfStatement' }>, frame: Frame): Promise<readonly StatementAst[] | undefined> {
  for (const clause of s.clauses) {
    const c = condition(clause.condition, frame);
    if (typeof c === 'boolean' ? c : await c) return clause.body.statements;
  }
  return s.elseClause?.statements;
}

async function* ifStatement(s: Extract<StatementAst, { kind: 'IfStatement' }>, frame: Frame): AsyncGenerator<unknown, void, undefined> {
  const body = await chosenBranch(s, frame);
  if (body) yield* execStatements(body, frame);
}

/** Runs a loop body once; says whether a matching break or continue ended it. */
export async function* loopBody(statements: readonly StatementAst[], label: string | undefined, frame: Frame): AsyncGenerator<unknown, 'break' | 'continue' | 'done', undefined> {
  try {
    yield* execStatements(statements, frame);
  } catch (e) {
    if (e instanceof BreakSignal && labelMatches(e.label, label)) return 'break';
    if (e instanceof ContinueSignal && labelMatches(e.label, label)) return 'continue';
    throw e;
  }
  return 'done';
}

/** A body that outputs nothing and cannot break or continue runs as compiled closures (see compiled.ts). */
function silentRunner(statements: readonly StatementAst[]): ((frame: Frame) => void) | undefined {
  return isSilentBody(statements) ? compiledSilentBody(statements) : undefined;
}

async function* whileLoop(s: WhileStatementAst, frame: Frame): AsyncGenerator<unknown, void, undefined> {
  const silent = silentRunner(s.body.statements);
  while (await condition(s.condition, frame)) {
    await loopTick(frame);
    if (silent) silent(frame);
    else if ((yield* loopBody(s.body.statements, s.label, frame)) === 'break') return;
  }
}

async function* doLoop(s: DoWhileStatementAst | DoUntilStatementAst, frame: Frame): AsyncGenerator<unknown, void, undefined> {
  const until = s.kind === 'DoUntilStatement';
  const silent = silentRunner(s.body.statements);
  do {
    await loopTick(frame);
    if (silent) silent(frame);
    else if ((yield* loopBody(s.body.statements, s.label, frame)) === 'break') return;
  } while ((await condition(s.condition, frame)) !== until);
}

async function* forLoop(s: ForStatementAst, frame: Frame): AsyncGenerator<unknown, void, undefined> {
  if (s.initializer) await evalPipelineValue(s.initializer, frame);
  const silent = silentRunner(s.body.statements);
  while (!s.condition || await condition(s.condition, frame)) {
    await loopTick(frame);
    if (silent) silent(frame);
    else if ((yield* loopBody(s.body.statements, s.label, frame)) === 'break') return;
    if (s.iterator) await evalPipelineValue(s.iterator, frame);
  }
}

async function* forEachLoop(s: ForEachStatementAst, frame: Frame): AsyncGenerator<unknown, void, undefined> {
  const body = s.body.statements;
  if (isSilentBody(body)) {
    await silentForEach(s, frame);
    return;
  }
  const items = await forEachItems(s.collection, frame);
  const sync = isSyncBody(body);
  const engine = frame.engine;
  for (const item of items) {
    const pause = engine.tick();
    if (pause) await pause;
    if (frame.signal.aborted) checkAbort(frame);
    writeVariable(s.variable, frame, item);
    try {
      if (sync) {
        for (const v of execSyncStatements(body, frame)) yield v;
      } else yield* execStatements(body, frame);
    } catch (e) {
      if (e instanceof BreakSignal && labelMatches(e.label, s.label)) return;
      if (e instanceof ContinueSignal && labelMatches(e.label, s.label)) continue;
      throw e;
    }
  }
}

/**
 * A body that outputs nothing and cannot break, continue or run a command: compiled
 * closures in a plain loop (a range is walked without an iterator). Ctrl+C can only
 * land while the loop yields to the event loop, so that is where it is checked.
 */
async function silentForEach(s: ForEachStatementAst, frame: Frame): Promise<void> {
  const run = compiledSilentBody(s.body.statements);
  const assign = variableSetter(s.variable, frame);
  const engine = frame.engine;
  const only = lonePipelineExpression(s.collection);
  if (only?.kind === 'RangeExpression' && isPure(only)) {
    const [lo, hi, chars] = rangeBounds(evalPure(only.lower, frame), evalPure(only.upper, frame));
    checkRangeSize(lo, hi);
    const step = hi >= lo ? 1 : -1;
    for (let v = lo; step > 0 ? v <= hi : v >= hi; v += step) {
      const pause = engine.tick();
      if (pause) {
        await pause;
        checkAbort(frame);
      }
      assign(rangeItem(v, chars));
      run(frame);
    }
    return;
  }
  for (const item of await forEachItems(s.collection, frame)) {
    const pause = engine.tick();
    if (pause) {
      await pause;
      checkAbort(frame);
    }
    assign(item);
    run(frame);
  }
}

/** `foreach ($i in 1..N)` walks the range instead of building the array. */
async function forEachItems(collection: PipelineBaseAst, frame: Frame): Promise<Iterable<unknown>> {
  const only = lonePipelineExpression(collection);
  if (only?.kind === 'RangeExpression' && isPure(only)) {
    const [lo, hi, chars] = rangeBounds(evalPure(only.lower, frame), evalPure(only.upper, frame));
    return rangeItems(lo, hi, chars);
  }
  const value = await evalPipelineValue(collection, frame);
  return value === null ? [] : unrolled(value);
}

function* rangeItems(lo: number, hi: number, chars: boolean): Generator<unknown, void, undefined> {
  checkRangeSize(lo, hi);
  const step = hi >= lo ? 1 : -1;
  for (let v = lo; step > 0 ? v <= hi : v >= hi; v += step) yield rangeItem(v, chars);
}

async function* tryStatement(s: TryStatementAst, frame: Frame): AsyncGenerator<unknown, void, undefined> {
  let state: 'running' | 'done' | 'threw' = 'running';
  try {
    try {
      yield* execStatements(s.body.statements, { ...frame, tryDepth: frame.tryDepth + 1 });
    } catch (e) {
      if (!isCatchable(e)) throw e;
      const record = toErrorRecord(e);
      // pwsh records caught errors in $Error too.
      if (frame.engine.errors[0] !== record) frame.engine.errors.unshift(record);
      const clause = s.catchClauses.find((c) => c.catchTypes.length === 0 || c.catchTypes.some((t) => catchTypeMatches(t.typeName.name, record)));
      if (!clause) throw e;
      const saved = frame.scope.getDollarUnder();
      frame.scope.setDollarUnder(record);
      try {
        yield* execStatements(clause.body.statements, { ...frame, catchRecord: record });
      } finally {
        frame.scope.setDollarUnder(saved);
      }
    }
    state = 'done';
  } catch (e) {
    state = 'threw';
    throw e;
  } finally {
    if (s.finallyClause) {
      // Closed early by a downstream stage: run finally, but nobody is listening for its output.
      if (state === 'running') for await (const _ of execStatements(s.finallyClause.statements, frame)) { /* discarded */ }
      else yield* execStatements(s.finallyClause.statements, frame);
    }
  }
}

function isCatchable(e: unknown): boolean {
  return !(e instanceof BreakSignal || e instanceof ContinueSignal || e instanceof ReturnSignal || e instanceof ExitSignal);
}

function catchTypeMatches(written: string, record: ErrorRecord): boolean {
  const w = written.toLowerCase();
  return record.exceptionTypeChain().some((t) => {
    const full = t.toLowerCase();
    return full === w || full === `system.${w}` || (!w.includes('.') && shortTypeName(full) === w);
  });
}

async function throwError(pipeline: PipelineBaseAst | undefined, pos: number, end: number, frame: Frame): Promise<RuntimeError> {
  const position = frame.source.position(pos, end);
  let record: ErrorRecord;
  if (!pipeline) {
    record = frame.catchRecord ?? new ErrorRecord({ message: 'ScriptHalted', errorId: 'ScriptHalted', category: 'OperationStopped', thrown: true, position });
  } else {
    const value = await evalPipelineValue(pipeline, frame);
    if (value instanceof ErrorRecord) record = value;
    else if (value instanceof PSObject && value.typeNames.includes('System.Exception')) {
      // `throw [System.ArgumentException]::new('x')`: catchable by the exception's type.
      record = new ErrorRecord({ message: toPSString(value.get('Message')), exceptionType: value.typeNames[0], errorId: shortTypeName(value.typeNames[0]!), category: 'OperationStopped', thrown: true, position, inner: value.get('InnerException') ?? undefined });
    } else {
      const message = value === null || value === undefined ? 'ScriptHalted' : toPSString(value);
      record = new ErrorRecord({ message, errorId: typeof value === 'string' ? message : 'ScriptHalted', category: 'OperationStopped', thrown: true, position, thrownObject: typeof value === 'string' ? undefined : value });
    }
  }
  const err = new RuntimeError(record);
  err.terminates = 'script';
  return err;
}

async function* returnStatement(pipeline: PipelineBaseAst | undefined, frame: Frame): AsyncGenerator<unknown, void, undefined> {
  if (pipeline) {
    if (pipeline.kind === 'Pipeline' && !(pipeline.elements.length === 1 && pipeline.elements[0]!.kind === 'CommandExpression' && pipeline.elements[0]!.redirections.length === 0)) {
      yield* runPipeline(pipeline, frame);
    } else {
      for (const v of unrolled(await evalPipelineValue(pipeline, frame))) yield v;
    }
  }
  throw new ReturnSignal();
}

async function labelOf(label: ExpressionAst | undefined, frame: Frame): Promise<string | undefined> {
  if (!label) return undefined;
  return label.kind === 'StringConstantExpression' ? label.value : toPSString(await evalExpr(label, frame));
}

/** Between loop iterations: let the event loop run now and then, and stop if Ctrl+C aborted the pipeline. */
export async function loopTick(frame: Frame): Promise<void> {
  const pause = frame.engine.tick();
  if (pause) await pause;
  checkAbort(frame);
}

export function checkAbort(frame: Frame): void {
  if (frame.signal.aborted) throw frame.signal.reason ?? new Error('The pipeline has been stopped.');
}
