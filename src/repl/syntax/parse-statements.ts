/**
 * Statement lists and the statements that are not loops: keyword dispatch, if, try, trap,
 * flow control (throw/return/exit/break/continue), function/filter definitions, and the
 * recovery that keeps one bad statement from spoiling the rest of the script.
 */
import type {
  CatchClauseAst, ErrorStatementAst, ExpressionAst, FunctionDefinitionAst, IfClauseAst, IfStatementAst,
  PipelineBaseAst, PipelineChainAst, StatementAst, StatementBlockAst, TrapStatementAst, TryStatementAst,
  TypeConstraintAst,
} from './ast.js';
import type { DiagnosticCode, Messages } from './diagnostics.js';
import { parseCommandArgumentPrimary, parsePipeline } from './parse-commands.js';
import { parseDoLoop, parseForEachLoop, parseForLoop, parseSwitch, parseWhileLoop } from './parse-loops.js';
import { parseFunctionParameterList, parseScriptBlockBody } from './parse-script.js';
import { parseAttributeOrTypeConstraint } from './parse-types.js';
import type { CloserKind, ParserCore } from './parser-core.js';
import type { Token } from './tokens.js';

const RESERVED = new Set(['class', 'enum', 'using', 'data', 'configuration', 'workflow', 'define', 'from', 'var', 'parallel', 'sequence', 'inlinescript']);
const MISPLACED = new Set(['else', 'elseif', 'catch', 'finally', 'until', 'in', 'param', 'begin', 'process', 'end', 'dynamicparam']);
const LOOP_KEYWORDS = new Set(['foreach', 'for', 'while', 'do', 'switch']);

export interface StatementList {
  statements: StatementAst[];
  traps: TrapStatementAst[];
}

/**
 * Statements up to (not including) `terminator`, or up to a closer an enclosing construct
 * awaits. Always makes progress: a token that starts no statement is reported and skipped.
 */
export function parseStatementList(p: ParserCore, terminator: CloserKind | 'EndOfInput'): StatementList {
  const statements: StatementAst[] = [];
  const traps: TrapStatementAst[] = [];
  for (;;) {
    p.skipNewlinesAndSemicolons();
    const t = p.peek('command');
    if (t.kind === 'EndOfInput' || t.kind === terminator) break;
    if (t.kind === 'RParen' || t.kind === 'RCurly') {
      if (p.isAwaitedCloser(t.kind)) break;
      p.consume(t);
      p.reportAt('UnexpectedToken', t, [t.text]);
      continue;
    }
    const before = p.pos;
    const statement = parseStatement(p);
    if (statement?.kind === 'TrapStatement') traps.push(statement);
    else if (statement) statements.push(statement);
    if (p.pos === before) {
      p.consume(t);
      p.reportAt('UnexpectedToken', t, [t.text]);
      continue;
    }
    const after = p.peek('command');
    switch (after.kind) {
      case 'NewLine':
      case 'Semicolon':
      case 'EndOfInput':
        break;
      case 'RParen':
      case 'RCurly':
        if (after.kind !== terminator && !p.isAwaitedCloser(after.kind)) p.reportAt('UnexpectedToken', after, [after.text]);
        break;
      default:
        // reported here, then parsed as the start of the next statement
        p.reportAt('UnexpectedToken', after, [after.text]);
    }
  }
  return { statements, traps };
}

export function parseStatement(p: ParserCore): StatementAst | undefined {
  const t = p.peek('command');
  if (t.kind === 'Generic' && !t.expandable) {
    const word = t.text.toLowerCase();
    if (p.isKeyword(t)) return parseKeywordStatement(p, t, word, undefined);
    if (word.length > 1 && word[0] === ':') {
      const labeled = parseLabeledLoop(p, t);
      if (labeled) return labeled;
    }
  }
  return parsePipelineChain(p);
}

/** `a && b || c` (PowerShell 7), or a lone pipeline. */
function parsePipelineChain(p: ParserCore): StatementAst | undefined {
  const first = parsePipeline(p);
  if (!first) return undefined;
  let chain: PipelineBaseAst | PipelineChainAst = first;
  for (;;) {
    const t = p.peek('command');
    if (t.kind !== 'AndAnd' && t.kind !== 'OrOr') return chain;
    p.consume(t);
    p.skipNewlines();
    const right = parsePipeline(p);
    if (!right) {
      p.reportAt('EmptyPipelineChainElement', p.peek('command'), []);
      return chain;
    }
    chain = { kind: 'PipelineChain', pos: chain.pos, end: right.end, left: chain, operator: t.kind === 'AndAnd' ? '&&' : '||', right };
  }
}

function parseLabeledLoop(p: ParserCore, labelToken: Token): StatementAst | undefined {
  const m = p.mark();
  p.consume(labelToken);
  const keyword = p.peek('command');
  const word = keyword.text.toLowerCase();
  if (keyword.kind === 'Generic' && LOOP_KEYWORDS.has(word)) {
    return parseKeywordStatement(p, keyword, word, labelToken.text.slice(1), labelToken.pos);
  }
  p.reset(m);
  return undefined;
}

function parseKeywordStatement(
  p: ParserCore, t: Token, word: string, label: string | undefined, start = t.pos,
): StatementAst | undefined {
  switch (word) {
    case 'if':
      return parseIf(p, t);
    case 'while':
      return parseWhileLoop(p, t, label, start);
    case 'do':
      return parseDoLoop(p, t, label, start);
    case 'for':
      return parseForLoop(p, t, label, start);
    case 'foreach':
      return parseForEachLoop(p, t, label, start);
    case 'switch':
      return parseSwitch(p, t, label, start);
    case 'try':
      return parseTry(p, t);
    case 'trap':
      return parseTrap(p, t);
    case 'throw':
    case 'return':
    case 'exit': {
      p.consume(t);
      const pipeline = parseOptionalPipeline(p);
      const kind = word === 'throw' ? 'ThrowStatement' : word === 'return' ? 'ReturnStatement' : 'ExitStatement';
      return { kind, pos: t.pos, end: p.pos, pipeline };
    }
    case 'break':
    case 'continue': {
      p.consume(t);
      const next = p.peek('command');
      let labelExpression: ExpressionAst | undefined;
      if (next.kind === 'Generic' || next.kind === 'Variable' || next.kind === 'StringLiteral') {
        labelExpression = parseCommandArgumentPrimary(p);
      }
      const kind = word === 'break' ? 'BreakStatement' : 'ContinueStatement';
      return { kind, pos: t.pos, end: p.pos, label: labelExpression };
    }
    case 'function':
    case 'filter':
      return parseFunctionDefinition(p, t, word === 'filter');
  }
  p.consume(t);
  if (RESERVED.has(word)) {
    p.reportAt('ReservedKeywordNotAllowed', t, [t.text]);
  } else {
    p.reportAt(MISPLACED.has(word) ? 'UnexpectedKeyword' : 'UnexpectedToken', t, [t.text]);
  }
  skipStatementRemainder(p);
  return p.errorStatement(t.pos, p.pos);
}

/** The pipeline after throw/return/exit, if one follows on the same line. */
function parseOptionalPipeline(p: ParserCore): PipelineBaseAst | undefined {
  const next = p.peek('command');
  switch (next.kind) {
    case 'NewLine':
    case 'Semicolon':
    case 'EndOfInput':
    case 'RParen':
    case 'RCurly':
    case 'Pipe':
      return undefined;
    default:
      return parsePipeline(p);
  }
}

/**
 * Skips the rest of a statement that cannot be parsed: up to a newline, `;` or closer at the
 * same nesting level. Brackets inside are skipped as a whole.
 */
export function skipStatementRemainder(p: ParserCore): void {
  let depth = 0;
  for (;;) {
    const t = p.peek('command');
    switch (t.kind) {
      case 'EndOfInput':
        return;
      case 'NewLine':
      case 'Semicolon':
        if (depth === 0) return;
        break;
      case 'LParen':
      case 'LCurly':
      case 'AtParen':
      case 'AtCurly':
      case 'DollarParen':
        depth++;
        break;
      case 'RParen':
      case 'RCurly':
        if (depth === 0) return;
        depth--;
        break;
    }
    p.consume(t);
  }
}

// ---------------------------------------------------------------- blocks

/**
 * `{ statements }` at the cursor, allowing newlines before the `{`. When there is no `{`,
 * reports `code` at the next token, skips the rest of the statement and returns an empty block.
 */
export function parseRequiredBlock<C extends DiagnosticCode>(
  p: ParserCore, code: C, args: Parameters<(typeof Messages)[C]>,
): StatementBlockAst {
  const m = p.mark();
  p.skipNewlines();
  const open = p.peek('command');
  if (open.kind !== 'LCurly') {
    p.reset(m);
    p.reportAt(code, p.peek('command'), args);
    // resynchronize at the end of the statement rather than cascade errors
    const at = p.pos;
    skipStatementRemainder(p);
    return { kind: 'StatementBlock', pos: at, end: at, statements: [], traps: [] };
  }
  return parseStatementBlock(p, open);
}

export function parseStatementBlock(p: ParserCore, open: Token): StatementBlockAst {
  p.consume(open);
  const { statements, traps } = p.withCloser('RCurly', () => parseStatementList(p, 'RCurly'));
  const close = p.peek('command');
  if (close.kind === 'RCurly') p.consume(close);
  else p.report('MissingEndCurlyBrace', open.pos, 1, [], close.kind === 'EndOfInput');
  return { kind: 'StatementBlock', pos: open.pos, end: p.pos, statements, traps };
}

/** Peeks past newlines for a keyword continuing the statement (else, catch, while...). */
export function peekContinuation(p: ParserCore, keywords: readonly string[]): Token | undefined {
  const m = p.mark();
  p.skipNewlines();
  const t = p.peek('command');
  if (t.kind === 'Generic' && !t.expandable && keywords.includes(t.text.toLowerCase())) return t;
  p.reset(m);
  return undefined;
}

/**
 * `( pipeline )` after a keyword, with PowerShell's messages for each missing piece.
 * Returns an error statement in place of a missing condition, and undefined when there is
 * no `(` at all (after skipping the rest of the statement): the caller then gives up on it.
 */
export function parseParenthesizedCondition(
  p: ParserCore,
  messages: { open: () => void; missing: () => void; close: () => void },
): PipelineBaseAst | undefined {
  const m = p.mark();
  p.skipNewlines();
  const open = p.peek('command');
  if (open.kind !== 'LParen') {
    p.reset(m);
    messages.open();
    skipStatementRemainder(p);
    return undefined;
  }
  p.consume(open);
  return p.withCloser('RParen', () => {
    p.skipNewlines();
    let condition = parsePipeline(p);
    if (!condition) {
      messages.missing();
      condition = p.errorStatement(p.pos);
    }
    p.skipNewlines();
    const close = p.peek('command');
    if (close.kind === 'RParen') p.consume(close);
    else messages.close();
    return condition;
  });
}

// ---------------------------------------------------------------- if / try / trap

function parseIf(p: ParserCore, ifToken: Token): IfStatementAst | ErrorStatementAst {
  p.consume(ifToken);
  const clauses: IfClauseAst[] = [];
  let keyword = ifToken;
  let elseClause: StatementBlockAst | undefined;
  for (;;) {
    const kw = keyword.text;
    const condition = parseParenthesizedCondition(p, {
      open: () => p.reportAt('MissingOpenParenthesisInIfStatement', p.peek('command'), [kw]),
      missing: () => p.reportAt('IfStatementMissingCondition', p.peek('command'), [kw]),
      close: () => p.reportAt('MissingEndParenthesisAfterStatement', p.peek('command'), [kw]),
    });
    if (!condition) return p.errorStatement(ifToken.pos, p.pos, clauses);
    const body = parseRequiredBlock(p, 'MissingStatementBlock', [kw]);
    clauses.push({ kind: 'IfClause', pos: keyword.pos, end: p.pos, condition, body });
    const next = peekContinuation(p, ['elseif', 'else']);
    if (!next) break;
    p.consume(next);
    if (next.text.toLowerCase() === 'else') {
      elseClause = parseRequiredBlock(p, 'MissingStatementBlockAfterElse', []);
      break;
    }
    keyword = next;
  }
  return { kind: 'IfStatement', pos: ifToken.pos, end: p.pos, clauses, elseClause };
}

function parseTry(p: ParserCore, tryToken: Token): TryStatementAst {
  p.consume(tryToken);
  const body = parseRequiredBlock(p, 'MissingTryStatementBlock', []);
  const catchClauses: CatchClauseAst[] = [];
  let finallyClause: StatementBlockAst | undefined;
  let catchAll: CatchClauseAst | undefined;
  for (;;) {
    const next = peekContinuation(p, ['catch', 'finally']);
    if (!next) break;
    p.consume(next);
    if (next.text.toLowerCase() === 'finally') {
      finallyClause = parseRequiredBlock(p, 'MissingFinallyStatementBlock', []);
      break;
    }
    const catchTypes = parseCatchTypes(p);
    const handler = parseRequiredBlock(p, 'MissingCatchHandlerBlock', []);
    const clause: CatchClauseAst = { kind: 'CatchClause', pos: next.pos, end: p.pos, catchTypes, body: handler };
    if (catchAll) p.report('EmptyCatchNotLast', catchAll.pos, catchAll.end - catchAll.pos, []);
    if (catchTypes.length === 0) catchAll = clause;
    catchClauses.push(clause);
  }
  if (catchClauses.length === 0 && !finallyClause) {
    p.reportAt('MissingCatchOrFinally', p.peek('command'), []);
    skipStatementRemainder(p);
  }
  return { kind: 'TryStatement', pos: tryToken.pos, end: p.pos, body, catchClauses, finallyClause };
}

/** `catch [A], [B]` */
function parseCatchTypes(p: ParserCore): TypeConstraintAst[] {
  const types: TypeConstraintAst[] = [];
  for (;;) {
    const bracketed = parseAttributeOrTypeConstraint(p);
    if (!bracketed) return types;
    types.push(
      bracketed.kind === 'TypeConstraint'
        ? bracketed
        : { kind: 'TypeConstraint', pos: bracketed.pos, end: bracketed.end, typeName: bracketed.typeName },
    );
    if (!p.eat('Comma', 'expression')) return types;
    p.skipNewlines();
  }
}

function parseTrap(p: ParserCore, trapToken: Token): TrapStatementAst {
  p.consume(trapToken);
  const bracketed = parseAttributeOrTypeConstraint(p);
  const trapType: TypeConstraintAst | undefined = bracketed && {
    kind: 'TypeConstraint', pos: bracketed.pos, end: bracketed.end, typeName: bracketed.typeName,
  };
  const body = parseRequiredBlock(p, 'MissingTrapStatement', []);
  return { kind: 'TrapStatement', pos: trapToken.pos, end: p.pos, trapType, body };
}

// ---------------------------------------------------------------- functions

function parseFunctionDefinition(p: ParserCore, keyword: Token, isFilter: boolean): StatementAst {
  p.consume(keyword);
  const nameToken = p.peek('command');
  if (nameToken.kind !== 'Generic') {
    p.reportAt('MissingNameAfterKeyword', nameToken, [keyword.text.toLowerCase()]);
    skipStatementRemainder(p);
    return p.errorStatement(keyword.pos, p.pos);
  }
  p.consume(nameToken);
  const m = p.mark();
  p.skipNewlines();
  let parameters: FunctionDefinitionAst['parameters'];
  const paren = p.peek('command');
  if (paren.kind === 'LParen') {
    p.consume(paren);
    parameters = parseFunctionParameterList(p);
  } else {
    p.reset(m);
  }
  const m2 = p.mark();
  p.skipNewlines();
  const open = p.peek('command');
  if (open.kind !== 'LCurly') {
    p.reset(m2);
    p.reportAt('MissingFunctionBody', p.peek('command'), []);
    return p.errorStatement(keyword.pos, p.pos);
  }
  p.consume(open);
  const body = p.withCloser('RCurly', () => parseScriptBlockBody(p, 'RCurly', open.pos));
  const close = p.peek('command');
  if (close.kind === 'RCurly') p.consume(close);
  else p.report('MissingEndCurlyBrace', open.pos, 1, [], close.kind === 'EndOfInput');
  body.end = p.pos;
  if (parameters && body.paramBlock) {
    p.report('OnlyOneParameterListAllowed', body.paramBlock.pos, body.paramBlock.end - body.paramBlock.pos, []);
  }
  return {
    kind: 'FunctionDefinition', pos: keyword.pos, end: p.pos, isFilter, name: nameToken.value ?? nameToken.text,
    parameters, body, bodyText: p.text.slice(open.pos, p.pos),
  };
}
