/**
 * Script block operands of `-replace` and `-split` (`'x' -replace '\d', { … }`,
 * `$s -split { $_ -eq ',' }`). The value layer calls them synchronously, once
 * per match or character, so only blocks made of pure expressions (the
 * synchronous fast path: operators, members, casts) are supported; anything
 * else is reported as a clear error rather than silently treated as text.
 */
import type { PipelineBaseAst, StatementAst } from '../../syntax/ast.js';
import { runtimeError } from '../errors/error-record.js';
import type { Frame } from '../runtime.js';
import { ScriptBlock } from '../runtime.js';
import { Scope } from '../scope.js';
import { evalPure, isPure } from './pure.js';
import type { ExpressionAst } from '../../syntax/ast.js';

/** The OperatorContext.scriptBlockFunction for code running in `frame`. */
export function operatorBlockFunction(frame: Frame): (value: unknown) => ((dollarUnder: unknown) => unknown) | undefined {
  return (value) => {
    if (!(value instanceof ScriptBlock)) return undefined;
    const exprs = pureBody(value);
    if (!exprs) throw runtimeError('A script block operand of -replace or -split may only contain expressions, not commands or statements.');
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
function pureBody(block: ScriptBlock): ExpressionAst[] | undefined {
  const ast = block.ast;
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
