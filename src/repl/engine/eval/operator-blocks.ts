/**
 * Script block operands of `-replace` and `-split` (`'x' -replace '\d', { … }`,
 * `$s -split { $_ -eq ',' }`). The value layer calls them synchronously, once
 * per match or character. A block made only of pure expressions runs right
 * there; any other block (commands, pipelines, loops) runs on the async path:
 * a first pass of the operator records the `$_` of every call, the block runs
 * for each, and a second pass hands the operator those results in order.
 */
import type { PipelineBaseAst, StatementAst } from '../../syntax/ast.js';
import { runtimeError } from '../errors/error-record.js';
import type { Frame } from '../runtime.js';
import { ScriptBlock } from '../runtime.js';
import { Scope } from '../scope.js';
import { collected } from '../output.js';
import { binaryOperator } from '../value-ops.js';
import { evalPure, isPure, wrapValueError } from './pure.js';
import { invokeScriptBlock } from './script-blocks.js';
import type { ExpressionAst } from '../../syntax/ast.js';

export function isBlockOperator(op: string): boolean {
  return op.endsWith('replace') || op.endsWith('split');
}

/**
 * Whether a -replace/-split right operand can be evaluated on the sync path: literals,
 * and script block literals whose body is pure. A variable may hold any block, so
 * it goes to the async path, which looks at the value.
 */
export function isSyncBlockOperand(node: ExpressionAst): boolean {
  switch (node.kind) {
    case 'ConstantExpression': case 'StringConstantExpression': case 'ExpandableStringExpression': case 'TypeExpression':
      return true;
    case 'ScriptBlockExpression':
      return pureBody(node.scriptBlock) !== undefined;
    case 'ArrayLiteral':
      return node.elements.every(isSyncBlockOperand);
    default:
      return false;
  }
}

/** The script block in a -replace/-split right operand (`{…}` or `'pattern', {…}`) when it needs the async path. */
export function asyncOperandBlock(right: unknown): ScriptBlock | undefined {
  const block = right instanceof ScriptBlock ? right : Array.isArray(right) ? right.find((v): v is ScriptBlock => v instanceof ScriptBlock) : undefined;
  return block && !pureBody(block.ast) ? block : undefined;
}

/** -replace / -split with a block that may run commands: record each call's `$_`, run the block for each, replay the results. */
export async function applyBlockOperator(op: string, left: unknown, right: unknown, block: ScriptBlock, frame: Frame): Promise<unknown> {
  const calls: unknown[] = [];
  operate(op, left, right, (dollarUnder) => {
    calls.push(dollarUnder);
    return '';
  });
  const results: unknown[] = [];
  for (const dollarUnder of calls) results.push(collected(await invokeScriptBlock(block, frame, { dollarUnder })));
  let next = 0;
  return operate(op, left, right, () => results[next++] ?? null);
}

function operate(op: string, left: unknown, right: unknown, call: (dollarUnder: unknown) => unknown): unknown {
  return wrapValueError(() => binaryOperator(op, left, right, { scriptBlockFunction: (value) => (value instanceof ScriptBlock ? call : undefined) }));
}

/** The OperatorContext.scriptBlockFunction for code running in `frame`. */
export function operatorBlockFunction(frame: Frame): (value: unknown) => ((dollarUnder: unknown) => unknown) | undefined {
  return (value) => {
    if (!(value instanceof ScriptBlock)) return undefined;
    const exprs = pureBody(value.ast);
    // isSyncBlockOperand / applyBlockOperator send every other block to the async path.
    if (!exprs) throw runtimeError('Internal error: a script block that runs commands reached the synchronous -replace/-split path.');
    return (dollarUnder) => {
      const scope = new Scope(value.closure ?? frame.scope);
      scope.setDollarUnder(dollarUnder);
      const inner: Frame = { ...frame, scope };
      const out = exprs.map((e) => evalPure(e, inner));
      return out.length === 1 ? out[0] : out;
    };
  };
}

/** The block's expressions when its body is only pure expression statements (an ending `return x` included). */
const bodyCache = new WeakMap<ScriptBlock['ast'], ExpressionAst[] | null>();

function pureBody(ast: ScriptBlock['ast']): ExpressionAst[] | undefined {
  let v = bodyCache.get(ast);
  if (v === undefined) {
    v = computePureBody(ast) ?? null;
    bodyCache.set(ast, v);
  }
  return v ?? undefined;
}

function computePureBody(ast: ScriptBlock['ast']): ExpressionAst[] | undefined {
  if (ast.paramBlock || ast.beginBlock || ast.processBlock || ast.dynamicParamBlock || !ast.endBlock) return undefined;
  const statements = ast.endBlock.statements;
  const out: ExpressionAst[] = [];
  for (let i = 0; i < statements.length; i++) {
    const expr = statementExpression(statements[i]!, i === statements.length - 1);
    if (!expr) return undefined;
    out.push(expr);
  }
  return out;
}

function statementExpression(s: StatementAst, last: boolean): ExpressionAst | undefined {
  if (s.kind === 'ReturnStatement') return last && s.pipeline ? pipelineExpression(s.pipeline) : undefined;
  return pipelineExpression(s as PipelineBaseAst);
}

function pipelineExpression(p: PipelineBaseAst): ExpressionAst | undefined {
  if (p.kind !== 'Pipeline' || p.elements.length !== 1) return undefined;
  const el = p.elements[0]!;
  if (el.kind !== 'CommandExpression' || el.redirections.length > 0 || !isPure(el.expression)) return undefined;
  return el.expression;
}
