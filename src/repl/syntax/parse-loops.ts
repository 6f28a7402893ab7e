/** Loops and switch: while, do/while, do/until, for, foreach, switch. */
import type {
  DoUntilStatementAst, DoWhileStatementAst, ExpressionAst, ForStatementAst,
  PipelineBaseAst, StatementAst, StatementBlockAst, SwitchClauseAst, SwitchFlag, SwitchStatementAst,
  VariableExpressionAst,
} from './ast.js';
import { parseCommandArgument, parseCommandArgumentPrimary, parsePipeline } from './parse-commands.js';
import { variableExpression } from './parse-expressions.js';
import {
  parseParenthesizedCondition, parseRequiredBlock, parseStatementBlock, peekContinuation, skipStatementRemainder,
} from './parse-statements.js';
import type { ParserCore } from './parser-core.js';
import type { Token } from './tokens.js';

function loopCondition(p: ParserCore, keyword: Token): PipelineBaseAst | undefined {
  const kw = keyword.text.toLowerCase();
  return parseParenthesizedCondition(p, {
    open: () => p.reportAt('MissingOpenParenthesisAfterKeyword', p.peek('command'), [kw]),
    missing: () => p.reportAt('MissingExpressionAfterKeyword', p.peek('command'), [kw]),
    close: () => p.reportAt('MissingEndParenthesisAfterStatement', p.peek('command'), [kw]),
  });
}

export function parseWhileLoop(p: ParserCore, t: Token, label: string | undefined, start: number): StatementAst {
  p.consume(t);
  const condition = loopCondition(p, t);
  if (!condition) return p.errorStatement(start, p.pos);
  const body = parseRequiredBlock(p, 'MissingLoopStatement', ['while']);
  return { kind: 'WhileStatement', pos: start, end: p.pos, label, condition, body };
}

export function parseDoLoop(
  p: ParserCore, t: Token, label: string | undefined, start: number,
): DoWhileStatementAst | DoUntilStatementAst | StatementAst {
  p.consume(t);
  const body = parseRequiredBlock(p, 'MissingLoopStatement', ['do']);
  const keyword = peekContinuation(p, ['while', 'until']);
  if (!keyword) {
    p.reportAt('MissingWhileOrUntilInDoWhile', p.peek('command'), []);
    skipStatementRemainder(p);
    return p.errorStatement(start, p.pos, [body]);
  }
  p.consume(keyword);
  const condition = loopCondition(p, keyword);
  if (!condition) return p.errorStatement(start, p.pos, [body]);
  const kind = keyword.text.toLowerCase() === 'while' ? 'DoWhileStatement' : 'DoUntilStatement';
  return { kind, pos: start, end: p.pos, label, condition, body };
}

export function parseForLoop(p: ParserCore, t: Token, label: string | undefined, start: number): ForStatementAst | StatementAst {
  p.consume(t);
  const m = p.mark();
  p.skipNewlines();
  const open = p.peek('command');
  let initializer: PipelineBaseAst | undefined;
  let condition: PipelineBaseAst | undefined;
  let iterator: PipelineBaseAst | undefined;
  if (open.kind !== 'LParen') {
    p.reset(m);
    p.reportAt('MissingOpenParenthesisAfterKeyword', p.peek('command'), ['for']);
    skipStatementRemainder(p);
    return p.errorStatement(start, p.pos);
  } else {
    p.consume(open);
    p.withCloser('RParen', () => {
      // The three parts are separated by ';' or newlines; each may be empty.
      initializer = forPart(p);
      condition = forPart(p);
      iterator = forPart(p);
      p.skipNewlines();
      const close = p.peek('command');
      if (close.kind === 'RParen') p.consume(close);
      else p.reportAt('MissingEndParenthesisAfterStatement', close, ['for']);
    });
  }
  const body = parseRequiredBlock(p, 'MissingLoopStatement', ['for']);
  return { kind: 'ForStatement', pos: start, end: p.pos, label, initializer, condition, iterator, body };
}

function forPart(p: ParserCore): PipelineBaseAst | undefined {
  p.skipNewlines();
  const t = p.peek('command');
  if (t.kind === 'RParen') return undefined;
  if (t.kind === 'Semicolon') {
    p.consume(t);
    return undefined;
  }
  const part = parsePipeline(p);
  p.eat('Semicolon', 'command');
  return part;
}

export function parseForEachLoop(p: ParserCore, t: Token, label: string | undefined, start: number): StatementAst {
  p.consume(t);
  const m = p.mark();
  p.skipNewlines();
  const open = p.peek('command');
  if (open.kind !== 'LParen') {
    p.reset(m);
    p.reportAt('MissingOpenParenthesisAfterKeyword', p.peek('command'), ['foreach']);
    skipStatementRemainder(p);
    return p.errorStatement(start, p.pos);
  }
  p.consume(open);
  const header = p.withCloser('RParen', () => {
    p.skipNewlines();
    const v = p.peek('expression');
    if (v.kind !== 'Variable') {
      p.reportAt('MissingVariableNameAfterForeach', v, []);
      return undefined;
    }
    p.consume(v);
    const variable = variableExpression(v, false) as VariableExpressionAst;
    p.skipNewlines();
    const inToken = p.peek('command');
    if (inToken.kind !== 'Generic' || inToken.text.toLowerCase() !== 'in') {
      p.reportAt('MissingInInForeach', inToken, []);
      skipStatementRemainder(p);
      p.eat('RParen', 'command');
      return { variable, collection: p.errorStatement(p.pos) };
    }
    p.consume(inToken);
    p.skipNewlines();
    let collection = parsePipeline(p);
    if (!collection) {
      p.reportAt('MissingForeachExpression', p.peek('command'), []);
      collection = p.errorStatement(p.pos);
    }
    p.skipNewlines();
    const close = p.peek('command');
    if (close.kind === 'RParen') p.consume(close);
    else p.reportAt('MissingEndParenthesisAfterForeach', close, []);
    return { variable, collection };
  });
  if (!header) return p.errorStatement(start, p.pos);
  const body = parseRequiredBlock(p, 'MissingForeachStatement', []);
  return {
    kind: 'ForEachStatement', pos: start, end: p.pos, label, variable: header.variable, collection: header.collection, body,
  };
}

const SWITCH_FLAGS: ReadonlySet<string> = new Set<SwitchFlag>(['wildcard', 'regex', 'exact', 'casesensitive', 'file']);

export function parseSwitch(p: ParserCore, t: Token, label: string | undefined, start: number): StatementAst {
  p.consume(t);
  const flags: SwitchFlag[] = [];
  let condition: PipelineBaseAst | undefined;
  for (;;) {
    const flag = p.peek('command');
    if (flag.kind !== 'Parameter') break;
    p.consume(flag);
    const name = flag.parameterName!.toLowerCase();
    if (!SWITCH_FLAGS.has(name)) {
      p.reportAt('InvalidSwitchFlag', flag, [flag.text]);
      continue;
    }
    if (!flags.includes(name as SwitchFlag)) flags.push(name as SwitchFlag);
    if (name === 'file') condition = parseSwitchFile(p, flag);
  }
  if (!condition) {
    condition = parseParenthesizedCondition(p, {
      open: () => p.reportAt('PipelineValueRequired', p.peek('command'), []),
      missing: () => p.reportAt('MissingSwitchValueExpression', p.peek('command'), []),
      close: () => p.reportAt('MissingEndParenthesisInSwitchStatement', p.peek('command'), []),
    });
    if (!condition) return p.errorStatement(start, p.pos);
  }
  const m = p.mark();
  p.skipNewlines();
  const open = p.peek('command');
  if (open.kind !== 'LCurly') {
    p.reset(m);
    p.reportAt('MissingCurlyBraceInSwitchStatement', p.peek('command'), []);
    skipStatementRemainder(p);
    return p.errorStatement(start, p.pos);
  }
  p.consume(open);
  const { clauses, defaultClause } = p.withCloser('RCurly', () => parseSwitchBody(p));
  const close = p.peek('command');
  if (close.kind === 'RCurly') p.consume(close);
  else p.report('MissingEndCurlyBrace', open.pos, 1, [], close.kind === 'EndOfInput');
  const statement: SwitchStatementAst = {
    kind: 'SwitchStatement', pos: start, end: p.pos, label, flags, condition, clauses, defaultClause,
  };
  return statement;
}

/** `switch -File path`: the path is a command argument, wrapped as a one-element pipeline. */
function parseSwitchFile(p: ParserCore, flag: Token): PipelineBaseAst {
  const path = parseCommandArgument(p);
  if (!path) {
    p.reportAt('MissingFilenameOption', p.peek('command'), []);
    return p.errorStatement(flag.end);
  }
  return {
    kind: 'Pipeline', pos: path.pos, end: path.end,
    elements: [{ kind: 'CommandExpression', pos: path.pos, end: path.end, expression: path, redirections: [] }],
  };
}

function parseSwitchBody(p: ParserCore): { clauses: SwitchClauseAst[]; defaultClause: StatementBlockAst | undefined } {
  const clauses: SwitchClauseAst[] = [];
  let defaultClause: StatementBlockAst | undefined;
  for (;;) {
    p.skipNewlinesAndSemicolons();
    const t = p.peek('command');
    if (t.kind === 'RCurly' || t.kind === 'EndOfInput') break;
    if (t.kind === 'RParen' && p.isAwaitedCloser('RParen')) break;
    const before = p.pos;
    if (t.kind === 'Generic' && !t.expandable && t.text.toLowerCase() === 'default') {
      p.consume(t);
      const body = parseRequiredBlock(p, 'MissingSwitchStatementClause', []);
      if (defaultClause) p.reportAt('MultipleSwitchDefaultClauses', t, []);
      else defaultClause = body;
      continue;
    }
    const condition: ExpressionAst | undefined = parseCommandArgumentPrimary(p);
    if (!condition) {
      p.reportAt('MissingSwitchConditionExpression', t, []);
      if (p.pos === before) p.consume(t);
      continue;
    }
    const m = p.mark();
    p.skipNewlines();
    const open = p.peek('command');
    if (open.kind !== 'LCurly') {
      p.reset(m);
      p.reportAt('MissingSwitchStatementClause', p.peek('command'), []);
      continue;
    }
    const body = parseStatementBlock(p, open);
    clauses.push({ kind: 'SwitchClause', pos: condition.pos, end: p.pos, condition, body });
  }
  return { clauses, defaultClause };
}
