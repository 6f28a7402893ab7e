/**
 * Closures for the hottest loop bodies: a `foreach` body that outputs nothing
 * (isSilentBody: assignments to variables, `$i++`, `if` over those) is turned
 * once into JS closures, so each iteration costs no AST dispatch, no WeakMap
 * lookups and no closure allocation per operator. Only the shapes that are
 * common in loops get a specialised closure; every other expression runs
 * through evalPure, so the semantics stay those of the sync path.
 */
import type { AssignmentStatementAst, ExpressionAst, StatementAst, VariableExpressionAst } from '../../syntax/ast.js';
import type { Frame } from '../runtime.js';
import { binaryOperatorFor, toBoolean } from '../value-ops.js';
import { evalPure, valueError } from './pure.js';
import { lonePipelineExpression } from './statements.js';
import { reportable } from './sync-statements.js';
import { resolveName, writeVariable } from './variables.js';

type Expr = (frame: Frame) => unknown;
type Run = (frame: Frame) => void;

/** Operators applyBinary hands straight to the value layer (no $Matches, type operand or script block). */
const PLAIN_BINARY = new Set([
  '+', '-', '*', '/', '%',
  'eq', 'ne', 'gt', 'ge', 'lt', 'le', 'ieq', 'ine', 'igt', 'ige', 'ilt', 'ile', 'ceq', 'cne', 'cgt', 'cge', 'clt', 'cle',
]);

const exprCache = new WeakMap<ExpressionAst, Expr>();
const bodyCache = new WeakMap<readonly StatementAst[], Run>();

/** A closure running a body for which isSilentBody() is true, as runSilentStatements would. */
export function compiledSilentBody(statements: readonly StatementAst[]): Run {
  let run = bodyCache.get(statements);
  if (!run) {
    run = compileBody(statements);
    bodyCache.set(statements, run);
  }
  return run;
}

/** Assigns a loop variable: a plain local variable is updated in place after the first write. */
export function variableSetter(node: VariableExpressionAst, frame: Frame): (value: unknown) => void {
  const r = resolveName(node);
  if (r.scope !== undefined || r.special) return (value) => writeVariable(node, frame, value);
  const key = r.key;
  return (value) => {
    const own = frame.scope.own(key);
    if (own !== undefined && !own.typeName && !own.readOnly && !own.constant) own.value = value;
    else writeVariable(node, frame, value);
  };
}

function compileBody(statements: readonly StatementAst[]): Run {
  const steps = statements.map(compileStatement);
  if (steps.length === 1) return steps[0]!;
  return (frame) => {
    for (let i = 0; i < steps.length; i++) steps[i]!(frame);
  };
}

/** One statement, with execStatements' handling of a statement-terminating error. */
function compileStatement(stmt: StatementAst): Run {
  const run = compileStatementBody(stmt);
  return (frame) => {
    try {
      run(frame);
    } catch (e) {
      if (!reportable(e, stmt, frame)) throw e;
    }
  };
}

function compileStatementBody(stmt: StatementAst): Run {
  if (stmt.kind === 'AssignmentStatement') return compileAssignment(stmt);
  if (stmt.kind === 'IfStatement') {
    const clauses = stmt.clauses.map((c) => ({ test: compileExpr(lonePipelineExpression(c.condition)!), body: compileBody(c.body.statements) }));
    const otherwise = stmt.elseClause ? compileBody(stmt.elseClause.statements) : undefined;
    return (frame) => {
      for (let i = 0; i < clauses.length; i++) {
        const c = clauses[i]!;
        if (toBoolean(c.test(frame))) {
          c.body(frame);
          return;
        }
      }
      otherwise?.(frame);
    };
  }
  // `$i++` / `--$i`: the only expression statements a silent body has.
  const expr = compileExpr(lonePipelineExpression(stmt as Parameters<typeof lonePipelineExpression>[0])!);
  return (frame) => {
    expr(frame);
    frame.engine.lastStatus = true;
  };
}

/** `$x = v` and `$x op= v` on a variable, as assignSync does; plain locals are updated in place. */
function compileAssignment(stmt: AssignmentStatementAst): Run {
  const left = stmt.left as VariableExpressionAst;
  const right = compileExpr(lonePipelineExpression(stmt.right as Parameters<typeof lonePipelineExpression>[0])!);
  const r = resolveName(left);
  const plain = r.scope === undefined && !r.special;
  const key = r.key;
  const op = stmt.operator === '=' ? undefined : binaryOperatorFor(stmt.operator.slice(0, -1));
  return (frame) => {
    let value = right(frame);
    if (value === undefined) value = null;
    const own = plain ? frame.scope.own(key) : undefined;
    if (op !== undefined) {
      // A compound assignment reads the current scope's variable only (readForCompound).
      const current = plain ? (own === undefined ? null : own.value) : evalPure(left, frame);
      try {
        value = op(current, value);
      } catch (e) {
        throw valueError(e);
      }
    }
    if (own !== undefined && !own.typeName && !own.readOnly && !own.constant) own.value = value;
    else writeVariable(left, frame, value);
  };
}

function compileExpr(node: ExpressionAst): Expr {
  let e = exprCache.get(node);
  if (!e) {
    e = buildExpr(node);
    exprCache.set(node, e);
  }
  return e;
}

function buildExpr(node: ExpressionAst): Expr {
  switch (node.kind) {
    case 'ConstantExpression':
      if (node.numberType === 'int') {
        const v = node.value;
        return () => v;
      }
      break;
    case 'StringConstantExpression': {
      const v = node.value;
      return () => v;
    }
    case 'VariableExpression': {
      const r = resolveName(node);
      if (node.splatted || r.scope !== undefined) break;
      if (r.special === 'dollarUnder') return (frame) => frame.scope.getDollarUnder();
      if (r.special) break;
      const key = r.key;
      return (frame) => {
        const v = frame.scope.lookup(key);
        return v === undefined ? null : v.value;
      };
    }
    case 'BinaryExpression': {
      const left = compileExpr(node.left);
      const right = compileExpr(node.right);
      if (node.operator === 'and') return (frame) => toBoolean(left(frame)) && toBoolean(right(frame));
      if (node.operator === 'or') return (frame) => toBoolean(left(frame)) || toBoolean(right(frame));
      if (!PLAIN_BINARY.has(node.operator)) break;
      const op = binaryOperatorFor(node.operator);
      return (frame) => {
        const l = left(frame);
        const r = right(frame);
        try {
          return op(l, r);
        } catch (e) {
          throw valueError(e);
        }
      };
    }
    case 'UnaryExpression':
      if (node.operator === '!' || node.operator === 'not') {
        const operand = compileExpr(node.operand);
        return (frame) => !toBoolean(operand(frame));
      }
      break;
    default:
      break;
  }
  return (frame) => evalPure(node, frame);
}
