/**
 * Test helper: renders an AST as a compact S-expression so parse-tree tests read like the
 * grammar. Quoted strings print as JSON, barewords bare, numbers with a type suffix unless int.
 */
import { expect } from 'vitest';
import type { AstNode, ExpressionAst, ParameterAst, PipelineBaseAst, ScriptBlockAst, StatementBlockAst } from '../../../src/repl/syntax/index.js';
import { parseScript } from '../../../src/repl/syntax/index.js';

export function sexpr(node: AstNode | undefined): string {
  if (!node) return '_';
  switch (node.kind) {
    case 'ScriptBlock':
      return scriptBlock(node);
    case 'NamedBlock':
      return `(${node.blockName} ${node.statements.map(sexpr).join(' ')})`.replace(/ \)$/, ')');
    case 'ParamBlock':
      return `(param${node.attributes.map((a) => ' ' + sexpr(a)).join('')}${node.parameters.map((x) => ' ' + parameter(x)).join('')})`;
    case 'Parameter':
      return parameter(node);
    case 'TypeName':
      return node.name;
    case 'Attribute': {
      const args = [
        ...node.positionalArguments.map(sexpr),
        ...node.namedArguments.map((a) => (a.expressionOmitted ? a.argumentName : `${a.argumentName}=${sexpr(a.argument)}`)),
      ];
      return `[${node.typeName.name}(${args.join(' ')})]`;
    }
    case 'NamedAttributeArgument':
      return `${node.argumentName}=${sexpr(node.argument)}`;
    case 'TypeConstraint':
      return `[${node.typeName.name}]`;
    case 'StatementBlock':
      return block(node);
    case 'Pipeline':
      if (node.elements.length === 1) return sexpr(node.elements[0]);
      return `(pipe ${node.elements.map(sexpr).join(' ')})`;
    case 'Command': {
      const head = node.invocationOperator === 'none' ? 'cmd' : node.invocationOperator;
      const parts = [sexpr(node.name), ...node.elements.map(sexpr), ...node.redirections.map(sexpr)];
      return `(${head} ${parts.join(' ')})`;
    }
    case 'CommandExpression':
      return node.redirections.length
        ? `(redir ${sexpr(node.expression)} ${node.redirections.map(sexpr).join(' ')})`
        : sexpr(node.expression);
    case 'CommandParameter':
      return node.argument ? `-${node.parameterName}:${sexpr(node.argument)}` : `-${node.parameterName}`;
    case 'FileRedirection':
      return `(${node.fromStream}${node.append ? '>>' : '>'} ${sexpr(node.location)})`;
    case 'MergingRedirection':
      return `(${node.fromStream}>&${node.toStream})`;
    case 'AssignmentStatement':
      return `(${node.operator} ${sexpr(node.left)} ${sexpr(node.right)})`;
    case 'IfStatement':
      return `(if ${node.clauses.map((c) => `(${pipe(c.condition)} ${block(c.body)})`).join(' ')}${node.elseClause ? ` (else ${block(node.elseClause)})` : ''})`;
    case 'IfClause':
      return `(${pipe(node.condition)} ${block(node.body)})`;
    case 'WhileStatement':
      return `(${label(node.label)}while ${pipe(node.condition)} ${block(node.body)})`;
    case 'DoWhileStatement':
      return `(${label(node.label)}do-while ${pipe(node.condition)} ${block(node.body)})`;
    case 'DoUntilStatement':
      return `(${label(node.label)}do-until ${pipe(node.condition)} ${block(node.body)})`;
    case 'ForStatement':
      return `(${label(node.label)}for ${pipe(node.initializer)} ${pipe(node.condition)} ${pipe(node.iterator)} ${block(node.body)})`;
    case 'ForEachStatement':
      return `(${label(node.label)}foreach ${sexpr(node.variable)} ${pipe(node.collection)} ${block(node.body)})`;
    case 'SwitchStatement': {
      const flags = node.flags.map((f) => ` -${f}`).join('');
      const clauses = node.clauses.map((c) => ` (${sexpr(c.condition)} ${block(c.body)})`).join('');
      const def = node.defaultClause ? ` (default ${block(node.defaultClause)})` : '';
      return `(${label(node.label)}switch${flags} ${pipe(node.condition)}${clauses}${def})`;
    }
    case 'SwitchClause':
      return `(${sexpr(node.condition)} ${block(node.body)})`;
    case 'TryStatement': {
      const catches = node.catchClauses.map((c) => ` (catch${c.catchTypes.map((t) => ' ' + sexpr(t)).join('')} ${block(c.body)})`).join('');
      const fin = node.finallyClause ? ` (finally ${block(node.finallyClause)})` : '';
      return `(try ${block(node.body)}${catches}${fin})`;
    }
    case 'CatchClause':
      return `(catch ${block(node.body)})`;
    case 'TrapStatement':
      return `(trap${node.trapType ? ' ' + sexpr(node.trapType) : ''} ${block(node.body)})`;
    case 'ThrowStatement':
      return node.pipeline ? `(throw ${pipe(node.pipeline)})` : '(throw)';
    case 'ReturnStatement':
      return node.pipeline ? `(return ${pipe(node.pipeline)})` : '(return)';
    case 'ExitStatement':
      return node.pipeline ? `(exit ${pipe(node.pipeline)})` : '(exit)';
    case 'BreakStatement':
      return node.label ? `(break ${sexpr(node.label)})` : '(break)';
    case 'ContinueStatement':
      return node.label ? `(continue ${sexpr(node.label)})` : '(continue)';
    case 'FunctionDefinition': {
      const params = node.parameters ? ` (${node.parameters.map(parameter).join(' ')})` : '';
      return `(${node.isFilter ? 'filter' : 'function'} ${node.name}${params} ${scriptBlock(node.body)})`;
    }
    case 'ErrorStatement':
    case 'ErrorExpression':
      return '<error>';
    case 'BinaryExpression':
      return `(${node.operator} ${sexpr(node.left)} ${sexpr(node.right)})`;
    case 'TernaryExpression':
      return `(? ${sexpr(node.condition)} ${sexpr(node.ifTrue)} ${sexpr(node.ifFalse)})`;
    case 'PipelineChain':
      return `(${node.operator} ${sexpr(node.left)} ${sexpr(node.right)})`;
    case 'UnaryExpression':
      return node.postfix ? `(${sexpr(node.operand)} ${node.operator})` : `(${node.operator} ${sexpr(node.operand)})`;
    case 'RangeExpression':
      return `(.. ${sexpr(node.lower)} ${sexpr(node.upper)})`;
    case 'ArrayLiteral':
      return `(array ${node.elements.map(sexpr).join(' ')})`;
    case 'ArrayExpression':
      return `(@ ${node.body.statements.map(sexpr).join(' ')})`.replace(/ \)$/, ')');
    case 'SubExpression':
      return `($ ${node.body.statements.map(sexpr).join(' ')})`.replace(/ \)$/, ')');
    case 'ParenExpression':
      return `(paren ${pipe(node.pipeline)})`;
    case 'HashtableLiteral':
      return `(${node.ordered ? 'ordered' : 'hash'}${node.entries.map((e) => ` (${sexpr(e.key)} ${sexpr(e.value)})`).join('')})`;
    case 'HashtableEntry':
      return `(${sexpr(node.key)} ${sexpr(node.value)})`;
    case 'ConvertExpression':
      return `([${node.typeName.name}] ${sexpr(node.child)})`;
    case 'TypeExpression':
      return `[${node.typeName.name}]`;
    case 'MemberExpression':
      return `(${node.static ? '::' : '.'} ${sexpr(node.target)} ${sexpr(node.member)})`;
    case 'InvokeMemberExpression':
      return `(${node.static ? 'call::' : 'call'} ${sexpr(node.target)} ${sexpr(node.member)}${node.arguments.map((a) => ' ' + sexpr(a)).join('')})`;
    case 'IndexExpression':
      return `(idx ${sexpr(node.target)} ${sexpr(node.index)})`;
    case 'VariableExpression':
      return `${node.splatted ? '@' : '$'}${node.braced ? `{${node.fullName}}` : node.fullName}`;
    case 'ConstantExpression':
      return node.numberType === 'int' ? String(node.value) : `${node.value}:${node.numberType}`;
    case 'StringConstantExpression':
      return node.stringKind === 'bareword' ? node.value : JSON.stringify(node.value);
    case 'ExpandableStringExpression':
      return `(expand ${node.parts.map(sexpr).join(' ')})`;
    case 'ScriptBlockExpression':
      return `{${scriptBlock(node.scriptBlock)}}`;
  }
}

function label(l: string | undefined): string {
  return l ? `:${l} ` : '';
}

function pipe(p: PipelineBaseAst | undefined): string {
  return sexpr(p);
}

function block(b: StatementBlockAst): string {
  return `{${b.statements.map(sexpr).join('; ')}}`;
}

function parameter(x: ParameterAst): string {
  const attrs = x.attributes.map((a) => sexpr(a)).join('');
  return `${attrs}${sexpr(x.name)}${x.defaultValue ? '=' + sexpr(x.defaultValue) : ''}`;
}

function scriptBlock(s: ScriptBlockAst): string {
  const parts: string[] = [];
  if (s.paramBlock) parts.push(sexpr(s.paramBlock));
  for (const b of [s.dynamicParamBlock, s.beginBlock, s.processBlock]) if (b) parts.push(sexpr(b));
  if (s.endBlock) parts.push(s.endBlock.unnamed ? s.endBlock.statements.map(sexpr).join('; ') : sexpr(s.endBlock));
  return parts.filter((x) => x !== '').join(' ');
}

/** Parses `source`, expecting no diagnostics, and renders the tree. */
export function tree(source: string): string {
  const { ast, diagnostics } = parseScript(source);
  if (diagnostics.length) throw new Error(`unexpected diagnostics for ${JSON.stringify(source)}: ${JSON.stringify(diagnostics)}`);
  return sexpr(ast);
}

/** The single expression of a one-statement script (which must parse cleanly). */
export function expression(source: string): ExpressionAst {
  const { ast, diagnostics } = parseScript(source);
  expect(diagnostics).toEqual([]);
  const statement = ast.endBlock!.statements[0]!;
  if (statement.kind !== 'Pipeline' || statement.elements[0]!.kind !== 'CommandExpression') throw new Error('not an expression');
  return statement.elements[0]!.expression;
}
