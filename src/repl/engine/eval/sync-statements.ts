/**
 * Statements that cannot run a command (pure assignments to variables, pure
 * expressions, `if` over those) run synchronously: a loop body like
 * `if ($i % 3 -eq 0) { $s += $i * 2 }` then costs no async generator or
 * promise per iteration. Output and error handling match execStatements.
 */
import type { AssignmentStatementAst, StatementAst } from '../../syntax/ast.js';
import { RuntimeError } from '../errors/error-record.js';
import type { Frame } from '../runtime.js';
import { isEnumerable, unrolled } from '../output.js';
import { binaryOperator, toBoolean } from '../value-ops.js';
import { evalPure, isPure, wrapValueError } from './pure.js';
import { lonePipelineExpression } from './statements.js';
import { readForCompound } from './assignments.js';
import { writeVariable } from './variables.js';

const syncCache = new WeakMap<readonly StatementAst[], boolean>();

/** Whether every statement in the list can run on the sync path; decided once per list. */
export function isSyncBody(statements: readonly StatementAst[]): boolean {
  let v = syncCache.get(statements);
  if (v === undefined) {
    v = statements.every(isSyncStatement);
    syncCache.set(statements, v);
  }
  return v;
}

function isSyncStatement(stmt: StatementAst): boolean {
  switch (stmt.kind) {
    case 'AssignmentStatement': {
      if (stmt.left.kind !== 'VariableExpression' || stmt.left.splatted || stmt.operator === '??=') return false;
      const only = stmt.right.kind === 'Pipeline' ? lonePipelineExpression(stmt.right) : undefined;
      return only !== undefined && isPure(only);
    }
    case 'Pipeline': {
      const only = lonePipelineExpression(stmt);
      return only !== undefined && isPure(only);
    }
    case 'IfStatement':
      return stmt.clauses.every((c) => {
        const only = lonePipelineExpression(c.condition);
        return only !== undefined && isPure(only) && isSyncBody(c.body.statements);
      }) && (!stmt.elseClause || isSyncBody(stmt.elseClause.statements));
    default:
      return false;
  }
}

const silentCache = new WeakMap<readonly StatementAst[], boolean>();

/** Whether a sync body can produce no output (assignments, `$i++`, `if` over those). */
export function isSilentBody(statements: readonly StatementAst[]): boolean {
  let v = silentCache.get(statements);
  if (v === undefined) {
    v = isSyncBody(statements) && statements.every(isSilentStatement);
    silentCache.set(statements, v);
  }
  return v;
}

function isSilentStatement(stmt: StatementAst): boolean {
  if (stmt.kind === 'AssignmentStatement') return true;
  if (stmt.kind === 'IfStatement') return stmt.clauses.every((c) => isSilentBody(c.body.statements)) && (!stmt.elseClause || isSilentBody(stmt.elseClause.statements));
  const only = stmt.kind === 'Pipeline' ? lonePipelineExpression(stmt) : undefined;
  return only?.kind === 'UnaryExpression' && (only.operator === '++' || only.operator === '--');
}

/** A statement-terminating error outside any try is reported and the next statement runs. */
export function reportable(e: unknown, stmt: StatementAst, frame: Frame): boolean {
  if (e instanceof RuntimeError) e.record.position ??= frame.source.position(stmt.pos, stmt.end);
  if (e instanceof RuntimeError && e.terminates === 'statement' && frame.tryDepth === 0) {
    frame.engine.reportError(e.record, true);
    return true;
  }
  return false;
}

/** Runs statements for which isSyncBody() is true; yields their output as execStatements would. */
export function* execSyncStatements(statements: readonly StatementAst[], frame: Frame): Generator<unknown, void, undefined> {
  for (let i = 0; i < statements.length; i++) {
    const stmt = statements[i]!;
    try {
      if (stmt.kind === 'AssignmentStatement') {
        assignSync(stmt, frame);
        continue;
      }
      if (stmt.kind === 'Pipeline') {
        const only = lonePipelineExpression(stmt)!;
        const value = evalPure(only, frame);
        frame.engine.lastStatus = true;
        if (only.kind === 'UnaryExpression' && (only.operator === '++' || only.operator === '--')) continue;
        if (value === undefined) continue;
        if (Array.isArray(value)) {
          for (let j = 0; j < value.length; j++) yield value[j];
        } else if (isEnumerable(value)) yield* unrolled(value);
        else yield value;
        continue;
      }
      if (stmt.kind === 'IfStatement') {
        const body = chosenBranchSync(stmt, frame);
        if (body) yield* execSyncStatements(body, frame);
      }
    } catch (e) {
      if (!reportable(e, stmt, frame)) throw e;
    }
  }
}

function chosenBranchSync(s: Extract<StatementAst, { kind: 'IfStatement' }>, frame: Frame): readonly StatementAst[] | undefined {
  for (const clause of s.clauses) {
    if (toBoolean(evalPure(lonePipelineExpression(clause.condition)!, frame))) return clause.body.statements;
  }
  return s.elseClause?.statements;
}

/** executeAssignment for a variable target and a pure right side. */
function assignSync(stmt: AssignmentStatementAst, frame: Frame): void {
  let value = evalPure(lonePipelineExpression(stmt.right as Parameters<typeof lonePipelineExpression>[0])!, frame);
  if (value === undefined) value = null;
  const left = stmt.left as Extract<AssignmentStatementAst['left'], { kind: 'VariableExpression' }>;
  if (stmt.operator !== '=') {
    const current = readForCompound(left, frame);
    const op = stmt.operator.slice(0, -1);
    const right = value;
    value = wrapValueError(() => binaryOperator(op, current, right));
  }
  writeVariable(left, frame, value);
}
