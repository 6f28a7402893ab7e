/**
 * Script block bodies: an optional `[CmdletBinding()] param(...)` block, then either named
 * blocks (begin/process/end/dynamicparam) or plain statements (the unnamed end block).
 * Used for script files, `{ ... }` literals and function bodies alike.
 */
import type {
  AttributeAst, AttributeBaseAst, BlockName, NamedBlockAst, ParamBlockAst, ParameterAst, ScriptBlockAst,
  VariableExpressionAst,
} from './ast.js';
import { parseExpression, variableExpression } from './parse-expressions.js';
import { parseRequiredBlock, parseStatement, parseStatementList, skipStatementRemainder } from './parse-statements.js';
import { parseAttributeOrTypeConstraint } from './parse-types.js';
import type { ParserCore } from './parser-core.js';

const BLOCK_NAMES: ReadonlySet<string> = new Set<BlockName>(['begin', 'process', 'end', 'dynamicparam']);

/** Parses a body up to (not including) `closer`; the caller consumes the closer. */
export function parseScriptBlockBody(p: ParserCore, closer: 'RCurly' | 'EndOfInput', start: number): ScriptBlockAst {
  const block: ScriptBlockAst = {
    kind: 'ScriptBlock', pos: start, end: start, paramBlock: undefined,
    beginBlock: undefined, processBlock: undefined, endBlock: undefined, dynamicParamBlock: undefined,
  };
  p.skipNewlinesAndSemicolons();
  block.paramBlock = parseParamBlock(p);
  p.skipNewlinesAndSemicolons();
  if (startsNamedBlock(p)) {
    parseNamedBlocks(p, closer, block);
  } else {
    const bodyStart = p.pos;
    const { statements, traps } = parseStatementList(p, closer);
    block.endBlock = { kind: 'NamedBlock', pos: bodyStart, end: p.pos, blockName: 'end', unnamed: true, statements, traps };
  }
  block.end = p.pos;
  return block;
}

function startsNamedBlock(p: ParserCore): boolean {
  const t = p.peek('command');
  if (t.kind !== 'Generic' || t.expandable || !BLOCK_NAMES.has(t.text.toLowerCase())) return false;
  const m = p.mark();
  p.consume(t);
  p.skipNewlines();
  const isBlock = p.peek('command').kind === 'LCurly';
  p.reset(m);
  return isBlock;
}

function parseNamedBlocks(p: ParserCore, closer: 'RCurly' | 'EndOfInput', block: ScriptBlockAst): void {
  for (;;) {
    p.skipNewlinesAndSemicolons();
    const t = p.peek('command');
    if (t.kind === 'EndOfInput' || t.kind === closer) return;
    if ((t.kind === 'RCurly' || t.kind === 'RParen') && p.isAwaitedCloser(t.kind)) return;
    const name = t.text.toLowerCase();
    if (t.kind !== 'Generic' || !BLOCK_NAMES.has(name)) {
      p.reportAt('MissingNamedBlocks', t, [t.text]);
      const before = p.pos;
      parseStatement(p);
      skipStatementRemainder(p);
      if (p.pos === before) p.consume(t);
      continue;
    }
    p.consume(t);
    const body = parseRequiredBlock(p, 'MissingNamedStatementBlock', [t.text]);
    const named: NamedBlockAst = {
      kind: 'NamedBlock', pos: t.pos, end: p.pos, blockName: name as BlockName, unnamed: false,
      statements: body.statements, traps: body.traps,
    };
    const slot = name === 'begin' ? 'beginBlock' : name === 'process' ? 'processBlock' : name === 'end' ? 'endBlock' : 'dynamicParamBlock';
    if (block[slot]) p.reportAt('DuplicateScriptCommandClause', t, [t.text]);
    else block[slot] = named;
  }
}

/** `[CmdletBinding()] param( ... )`, or undefined (consuming nothing) when there is none. */
function parseParamBlock(p: ParserCore): ParamBlockAst | undefined {
  return p.tryParse(() => {
    const start = p.nextTokenStart();
    const attributes = parseAttributeList(p);
    const keyword = p.peek('command');
    if (!p.isKeyword(keyword, 'param')) return undefined;
    p.consume(keyword);
    for (const a of attributes) {
      if (a.kind === 'TypeConstraint') p.report('TypeNotAllowedBeforeStatement', a.pos, a.end - a.pos, [a.typeName.name]);
    }
    const m = p.mark();
    p.skipNewlines();
    let parameters: ParameterAst[] = [];
    if (p.peek('command').kind === 'LParen') {
      p.next('command');
      parameters = parseFunctionParameterList(p);
    } else {
      p.reset(m);
      p.reportAt('MissingOpenParenthesisAfterKeyword', p.peek('command'), ['param']);
    }
    return {
      kind: 'ParamBlock', pos: start, end: p.pos,
      attributes: attributes.filter((a): a is AttributeAst => a.kind === 'Attribute'),
      parameters,
    };
  });
}

/** Parameters after `(` up to and including `)`: `[string]$a = 'x', [switch]$b`. */
export function parseFunctionParameterList(p: ParserCore): ParameterAst[] {
  const parameters: ParameterAst[] = [];
  p.withCloser('RParen', () => {
    for (;;) {
      p.skipNewlines();
      const t = p.peek('expression');
      if (t.kind === 'RParen') {
        p.consume(t);
        return;
      }
      if (t.kind === 'EndOfInput') {
        p.reportAt('MissingEndParenthesisInFunctionParameterList', t, []);
        return;
      }
      const before = p.pos;
      const parameter = parseParameter(p);
      if (parameter) parameters.push(parameter);
      else {
        p.reportAt('InvalidFunctionParameter', p.peek('expression'), []);
        skipToParameterSeparator(p);
        if (p.pos === before) p.consume(p.peek('expression'));
      }
      p.skipNewlines();
      const sep = p.eatListSeparator('RParen');
      if (sep === 'next') continue;
      if (sep === 'closed') return;
      p.reportAt('MissingEndParenthesisInFunctionParameterList', sep, []);
      if (sep.kind === 'EndOfInput' || sep.kind === 'RCurly' || sep.kind === 'LCurly') return;
      skipToParameterSeparator(p);
      if (p.peek('expression').kind === 'Comma') p.next('expression');
    }
  });
  return parameters;
}

/** `[CmdletBinding()] [Parameter()] [string]` ...: attributes and type constraints, each may end a line. */
function parseAttributeList(p: ParserCore): AttributeBaseAst[] {
  const attributes: AttributeBaseAst[] = [];
  for (;;) {
    const attribute = parseAttributeOrTypeConstraint(p);
    if (!attribute) return attributes;
    attributes.push(attribute);
    p.skipNewlines();
  }
}

function skipToParameterSeparator(p: ParserCore): void {
  for (;;) {
    const t = p.peek('expression');
    if (t.kind === 'Comma' || t.kind === 'RParen' || t.kind === 'EndOfInput' || t.kind === 'LCurly' || t.kind === 'RCurly') return;
    p.consume(t);
  }
}

function parseParameter(p: ParserCore): ParameterAst | undefined {
  const start = p.nextTokenStart();
  const attributes = parseAttributeList(p);
  const v = p.peek('expression');
  if (v.kind !== 'Variable') return undefined;
  p.consume(v);
  const name = variableExpression(v, false) as VariableExpressionAst;
  let defaultValue;
  const equals = p.peek('expression');
  if (equals.kind === 'Equals') {
    p.consume(equals);
    p.skipNewlines();
    defaultValue = parseExpression(p, { allowComma: false });
    if (!defaultValue) p.reportAt('ExpectedValueExpression', p.peek('expression'), ['=']);
  }
  return { kind: 'Parameter', pos: start, end: p.pos, name, attributes, defaultValue };
}
