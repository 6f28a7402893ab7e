/**
 * The expression evaluator: an exhaustive match over expression node kinds.
 * Pure sub-trees take the synchronous path in pure.ts; the async cases here
 * are the ones that may run statements or commands ($(), @(), (pipeline),
 * hashtable values, script-block method calls).
 */
import { match } from 'ts-pattern';
import type { ExpressionAst, InvokeMemberExpressionAst, PipelineBaseAst, StatementAst, SubExpressionAst } from '../../syntax/ast.js';
import { runtimeError } from '../errors/error-record.js';
import type { Frame } from '../runtime.js';
import { ScriptBlock } from '../runtime.js';
import { PSList } from '../../values/list.js';
import { collected, unrolled } from '../output.js';
import { binaryOperator, getMember, newHashtable, hashtableSet, toBoolean, toPSString } from '../value-ops.js';
import {
  applyBinary, applyConvert, applyIndex, applyInvokeSync, applyMember, applyUnary, evalPure, isPure, memberName, rangeArray, typeValue,
} from './pure.js';
import { readVariable } from './variables.js';
import { expandParts } from './strings.js';
import { collectStatements, collectStatement } from './statements.js';
import { invokeScriptBlock } from './script-blocks.js';
import { assignTo, executeAssignment } from './assignments.js';
import { applyBlockOperator, asyncOperandBlock, isBlockOperator } from './operator-blocks.js';
import { collectPipeline } from './pipeline.js';

export function evalExpr(node: ExpressionAst, frame: Frame): unknown | Promise<unknown> {
  if (isPure(node)) return evalPure(node, frame);
  return evalAsync(node, frame);
}

async function evalAsync(node: ExpressionAst, frame: Frame): Promise<unknown> {
  return match(node)
    .with({ kind: 'ConstantExpression' }, { kind: 'StringConstantExpression' }, { kind: 'TypeExpression' }, { kind: 'ScriptBlockExpression' }, (n) => evalPure(n, frame))
    .with({ kind: 'VariableExpression' }, (n) => readVariable(n, frame))
    .with({ kind: 'BinaryExpression' }, async (n) => {
      const left = await evalExpr(n.left, frame);
      if (n.operator === 'and') return toBoolean(left) && toBoolean(await evalExpr(n.right, frame));
      if (n.operator === 'or') return toBoolean(left) || toBoolean(await evalExpr(n.right, frame));
      if (n.operator === '??') return left === null || left === undefined ? evalExpr(n.right, frame) : left;
      const right = n.right.kind === 'TypeExpression' ? typeValue(n.right.typeName.name) : await evalExpr(n.right, frame);
      const block = isBlockOperator(n.operator) ? asyncOperandBlock(right) : undefined;
      return block ? applyBlockOperator(n.operator, left, right, block, frame) : applyBinary(n, left, right, frame);
    })
    .with({ kind: 'TernaryExpression' }, async (n) => evalExpr(toBoolean(await evalExpr(n.condition, frame)) ? n.ifTrue : n.ifFalse, frame))
    .with({ kind: 'UnaryExpression' }, async (n) => {
      const value = await evalExpr(n.operand, frame);
      if ((n.operator === '++' || n.operator === '--') && n.operand.kind !== 'VariableExpression') {
        const updated = binaryOperator(n.operator === '++' ? '+' : '-', value ?? 0, 1);
        await assignTo(n.operand, updated, frame);
        return n.postfix ? (value ?? 0) : updated;
      }
      return applyUnary(n, frame, value);
    })
    .with({ kind: 'RangeExpression' }, async (n) => rangeArray(await evalExpr(n.lower, frame), await evalExpr(n.upper, frame)))
    .with({ kind: 'ArrayLiteral' }, async (n) => {
      const out: unknown[] = [];
      for (const e of n.elements) out.push(await evalExpr(e, frame));
      return out;
    })
    .with({ kind: 'ArrayExpression' }, async (n) => [...await collectStatements(n.body.statements, frame)])
    .with({ kind: 'SubExpression' }, async (n) => collected(await collectStatements(n.body.statements, frame)))
    .with({ kind: 'ParenExpression' }, (n) => evalPipelineValue(n.pipeline, frame))
    .with({ kind: 'HashtableLiteral' }, async (n) => {
      const table = newHashtable(n.ordered);
      for (const entry of n.entries) {
        const key = await evalExpr(entry.key, frame);
        hashtableSet(table, key, await evalStatementValue(entry.value, frame));
      }
      return table;
    })
    .with({ kind: 'ConvertExpression' }, async (n) => applyConvert(n.typeName.name, await evalExpr(n.child, frame)))
    .with({ kind: 'MemberExpression' }, async (n) => applyMember(n, await evalExpr(n.target, frame), memberName(await evalExpr(n.member, frame))))
    .with({ kind: 'IndexExpression' }, async (n) => applyIndex(await evalExpr(n.target, frame), await evalExpr(n.index, frame)))
    .with({ kind: 'InvokeMemberExpression' }, async (n) => {
      const target = await evalExpr(n.target, frame);
      const name = memberName(await evalExpr(n.member, frame));
      const args: unknown[] = [];
      for (const a of n.arguments) args.push(await evalExpr(a, frame));
      return invokeMember(n, target, name, args, frame);
    })
    .with({ kind: 'ExpandableStringExpression' }, async (n) => {
      const subs = new Map<SubExpressionAst, unknown>();
      for (const p of n.parts) if (p.kind === 'SubExpression') subs.set(p, collected(await collectStatements(p.body.statements, frame)));
      return expandParts(n.parts, frame, (s) => subs.get(s));
    })
    .with({ kind: 'ErrorExpression' }, () => {
      throw runtimeError('The expression could not be parsed.', { errorId: 'ParseError', category: 'ParserError' });
    })
    .exhaustive();
}

/** Method calls that run script blocks: $sb.Invoke(), $list.ForEach({}), $list.Where({}). */
async function invokeMember(node: InvokeMemberExpressionAst, target: unknown, name: string, args: unknown[], frame: Frame): Promise<unknown> {
  const lower = name.toLowerCase();
  if (!node.static && target instanceof ScriptBlock && (lower === 'invoke' || lower === 'invokereturnasis')) {
    return collected(await invokeScriptBlock(target, frame, { args }));
  }
  if (!node.static && lower === 'foreach' && args[0] instanceof ScriptBlock) {
    const out: unknown[] = [];
    for (const item of unrolled(target)) out.push(...await invokeScriptBlock(args[0], frame, { dollarUnder: item }, true));
    return out;
  }
  if (!node.static && lower === 'foreach' && typeof args[0] === 'string' && (Array.isArray(target) || target instanceof PSList)) {
    // .ForEach('Name') reads a property; .ForEach('Method', args...) calls a method on each element.
    const member = args[0];
    return unrolled(target).map((item) => {
      const property = args.length > 1 ? null : getMember(item, member);
      return property !== null ? property : applyInvokeSync(node, item, member, args.slice(1), frame);
    });
  }
  if (!node.static && lower === 'where' && args[0] instanceof ScriptBlock) {
    return whereMethod(unrolled(target), args[0], args[1] === undefined ? 'default' : toPSString(args[1]).toLowerCase(), args[2] === undefined ? 0 : Number(args[2]), frame);
  }
  return applyInvokeSync(node, target, name, args, frame);
}

/** .Where({...}, mode, count): Default, First, Last, SkipUntil, Until, Split, as pwsh's magic method. */
async function whereMethod(items: readonly unknown[], block: ScriptBlock, mode: string, count: number, frame: Frame): Promise<unknown> {
  const test = async (item: unknown) => {
    const r = await invokeScriptBlock(block, frame, { dollarUnder: item }, true);
    return toBoolean(r.length === 1 ? r[0] : r);
  };
  const out: unknown[] = [];
  switch (mode) {
    case 'first': case 'default': {
      for (const item of items) {
        if (await test(item)) {
          out.push(item);
          if ((mode === 'first' && out.length >= Math.max(1, count)) || (mode === 'default' && count > 0 && out.length >= count)) break;
        }
      }
      return out;
    }
    case 'last': {
      for (const item of items) if (await test(item)) out.push(item);
      return out.slice(-Math.max(1, count));
    }
    case 'skipuntil': case 'until': {
      let i = 0;
      while (i < items.length && !(await test(items[i]))) i++;
      const chosen = mode === 'until' ? items.slice(0, i) : items.slice(i);
      return count > 0 ? chosen.slice(0, count) : chosen;
    }
    case 'split': {
      const rest: unknown[] = [];
      for (const item of items) {
        if ((count === 0 || out.length < count) && await test(item)) out.push(item);
        else rest.push(item);
      }
      return [out, rest];
    }
    default:
      throw runtimeError(`Cannot convert value "${mode}" to type "System.Management.Automation.WhereOperatorSelectionMode".`, { errorId: 'InvalidArgument', category: 'InvalidArgument' });
  }
}

/** `(pipeline)`: a lone expression keeps its value (no unrolling); commands' output is collected. */
export async function evalPipelineValue(pipeline: PipelineBaseAst, frame: Frame): Promise<unknown> {
  if (pipeline.kind === 'AssignmentStatement') return executeAssignment(pipeline, frame, true);
  if (pipeline.kind === 'Pipeline' && pipeline.elements.length === 1) {
    const only = pipeline.elements[0]!;
    if (only.kind === 'CommandExpression' && only.redirections.length === 0) return evalExpr(only.expression, frame);
  }
  if (pipeline.kind === 'ErrorStatement') return null;
  return collected(await collectPipeline(pipeline, frame));
}

/** A statement used as a value (hashtable entry, assignment right side). */
export async function evalStatementValue(stmt: StatementAst, frame: Frame): Promise<unknown> {
  if (stmt.kind === 'Pipeline' || stmt.kind === 'AssignmentStatement') return evalPipelineValue(stmt, frame);
  return collected(await collectStatement(stmt, frame));
}
