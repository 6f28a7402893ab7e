/**
 * Assignment: `=` and the compound operators to variables (optionally
 * type-constrained), members, indexes, and several targets at once
 * (`$a, $b = 1, 2`: the last target takes what is left).
 */
import type { AssignmentStatementAst, ExpressionAst, VariableExpressionAst } from '../../syntax/ast.js';
import { runtimeError } from '../errors/error-record.js';
import type { Frame } from '../runtime.js';
import { unrolled } from '../output.js';
import { binaryOperator, setIndex, setMember } from '../value-ops.js';
import { evalExpr, evalStatementValue } from './expressions.js';
import { evalPure, isPure, memberName, wrapValueError } from './pure.js';
import { lonePipelineExpression } from './statements.js';
import { readVariable, resolveName, writeVariable } from './variables.js';

/** Performs the assignment; returns the value assigned (what `($x = 5)` yields). */
export async function executeAssignment(stmt: AssignmentStatementAst, frame: Frame, wantValue: boolean): Promise<unknown> {
  const only = stmt.right.kind === 'Pipeline' ? lonePipelineExpression(stmt.right) : undefined;
  if (stmt.operator === '??=') {
    const l = stmt.left;
    const current = l.kind === 'VariableExpression' ? readVariable(l, frame) : await readTarget(l, frame);
    if (current !== null && current !== undefined) return wantValue ? current : undefined;
  }
  let value = only && isPure(only) ? evalPure(only, frame) : await evalStatementValue(stmt.right, frame);
  if (value === undefined) value = null;
  const left = stmt.left;
  if (stmt.operator !== '=' && stmt.operator !== '??=') {
    const current = left.kind === 'VariableExpression' ? readForCompound(left, frame) : await readTarget(left, frame);
    const op = stmt.operator.slice(0, -1);
    const right = value;
    value = wrapValueError(() => binaryOperator(op, current, right));
  }
  if (left.kind === 'VariableExpression') writeVariable(left, frame, value);
  else await assignTo(left, value, frame);
  return wantValue ? value : undefined;
}

export async function assignTo(left: ExpressionAst, value: unknown, frame: Frame): Promise<void> {
  switch (left.kind) {
    case 'VariableExpression':
      writeVariable(left, frame, value);
      return;
    case 'ConvertExpression': {
      if (left.child.kind !== 'VariableExpression') break;
      writeVariable(left.child, frame, value, left.typeName.name);
      return;
    }
    case 'MemberExpression': {
      const target = await evalExpr(left.target, frame);
      const name = memberName(await evalExpr(left.member, frame));
      if (target === null || target === undefined) {
        throw runtimeError(`The property '${name}' cannot be found on this object. Verify that the property exists and can be set.`, { errorId: 'PropertyNotFound', category: 'InvalidOperation' });
      }
      wrapValueError(() => setMember(target, name, value));
      return;
    }
    case 'IndexExpression': {
      const target = await evalExpr(left.target, frame);
      const index = await evalExpr(left.index, frame);
      if (target === null || target === undefined) throw runtimeError('Cannot index into a null array.', { errorId: 'NullArray', category: 'InvalidOperation' });
      wrapValueError(() => setIndex(target, index, value));
      return;
    }
    case 'ArrayLiteral': {
      const items = unrolled(value);
      const targets = left.elements;
      for (let i = 0; i < targets.length; i++) {
        const last = i === targets.length - 1;
        const v = last ? (items.length - i > 1 ? items.slice(i) : items[i] ?? null) : items[i] ?? null;
        await assignTo(targets[i]!, v, frame);
      }
      return;
    }
    default:
      break;
  }
  throw runtimeError('The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.', { errorId: 'InvalidLeftHandSide', category: 'ParserError' });
}

/** `$x += 1` reads $x from the current scope only (an unqualified name), as pwsh does. */
export function readForCompound(node: VariableExpressionAst, frame: Frame): unknown {
  const r = resolveName(node);
  if (r.scope !== undefined || r.special) return readVariable(node, frame);
  return frame.scope.own(r.key)?.value ?? null;
}

async function readTarget(left: ExpressionAst, frame: Frame): Promise<unknown> {
  if (left.kind === 'VariableExpression') return readVariable(left, frame);
  if (left.kind === 'ConvertExpression' && left.child.kind === 'VariableExpression') return readVariable(left.child, frame);
  return evalExpr(left, frame);
}
