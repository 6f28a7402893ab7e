/**
 * Pipelines and commands. Whether a pipeline element is a command or an expression is decided
 * from its first token scanned in command mode, as PowerShell does: a bareword starts a
 * command (`Get-Mailbox`, `./x.ps1`, `%`), anything that looks like a value starts an
 * expression (`$x`, `1..10`, `"s"`, `(...)`, `[int]$x`, `-not $y`). Command arguments are
 * then scanned in command mode, so `-Identity foo@x.com` is a parameter and a bareword.
 */
import type {
  AssignmentOperator, CommandAst, CommandBaseAst, CommandElementAst, ExpressionAst, InvocationOperator,
  PipelineBaseAst, RedirectionAst,
} from './ast.js';
import { isDigit } from './chars.js';
import { numberConstant, parseCommaList, parseExpression, parsePostfix, parsePrimary, variableExpression } from './parse-expressions.js';
import { parseStatement, skipStatementRemainder } from './parse-statements.js';
import { parseBareword } from './parse-strings.js';
import type { ParserCore } from './parser-core.js';
import { UNARY_DASH_OPERATORS, type Token, type TokenKind } from './tokens.js';

const ASSIGNMENT_OPERATORS: Partial<Record<TokenKind, AssignmentOperator>> = {
  Equals: '=', PlusEquals: '+=', MinusEquals: '-=', StarEquals: '*=', SlashEquals: '/=', PercentEquals: '%=',
  QuestionQuestionEquals: '??=',
};

/** Tokens after which a command's argument list is over. */
const COMMAND_END: ReadonlySet<TokenKind> = new Set<TokenKind>([
  'NewLine', 'Semicolon', 'EndOfInput', 'RParen', 'RCurly', 'Pipe', 'OrOr', 'AndAnd', 'Ampersand',
]);

/**
 * A pipeline, or an assignment when the first element is an expression followed by an
 * assignment operator. Returns undefined, consuming nothing, when no element starts here.
 */
export function parsePipeline(p: ParserCore): PipelineBaseAst | undefined {
  const first = parsePipelineElement(p, true);
  if (!first) return undefined;
  if (first.kind === 'CommandExpression' && first.redirections.length === 0) {
    const t = p.peek('expression');
    const operator = ASSIGNMENT_OPERATORS[t.kind];
    if (operator) return parseAssignment(p, first.expression, operator, t);
  }
  const elements: CommandBaseAst[] = [first];
  for (;;) {
    const pipe = p.peek('command');
    if (pipe.kind !== 'Pipe') break;
    p.consume(pipe);
    p.skipNewlines();
    const element = parsePipelineElement(p, false);
    if (!element) {
      p.reportAt('EmptyPipeElement', p.peek('command'), []);
      skipStatementRemainder(p);
      break;
    }
    elements.push(element);
  }
  return { kind: 'Pipeline', pos: first.pos, end: p.pos, elements };
}

function parseAssignment(p: ParserCore, left: ExpressionAst, operator: AssignmentOperator, t: Token): PipelineBaseAst {
  p.consume(t);
  if (!isAssignable(left)) p.report('InvalidLeftHandSide', left.pos, left.end - left.pos, []);
  p.skipNewlines();
  let right = parseStatement(p);
  if (!right) {
    p.reportAt('ExpectedValueExpression', p.peek('command'), [t.text]);
    right = p.errorStatement(p.pos);
  }
  return { kind: 'AssignmentStatement', pos: left.pos, end: right.end, left, operator, right };
}

function isAssignable(e: ExpressionAst): boolean {
  switch (e.kind) {
    case 'VariableExpression':
      return !e.splatted;
    case 'MemberExpression':
    case 'IndexExpression':
      return true;
    case 'ConvertExpression':
      return isAssignable(e.child);
    case 'ArrayLiteral':
      return e.elements.every(isAssignable);
    case 'ParenExpression':
      return e.pipeline.kind === 'Pipeline' && e.pipeline.elements.length === 1 &&
        e.pipeline.elements[0]!.kind === 'CommandExpression' && isAssignable(e.pipeline.elements[0]!.expression);
    default:
      return false;
  }
}

/** Whether a token scanned in command mode at the start of an element begins an expression. */
function startsExpression(t: Token): boolean {
  switch (t.kind) {
    case 'Generic': {
      const c = t.text[0]!;
      return isDigit(c) || c === '$' || c === '@' || c === '[' || c === '!' || c === '+' || c === '-' || c === ',' ||
        (c === '.' && isDigit(t.text[1] ?? ''));
    }
    case 'Parameter':
      return UNARY_DASH_OPERATORS.has(t.parameterName!.toLowerCase());
    case 'Dot':
    case 'Ampersand':
      return false;
    default:
      return true;
  }
}

function parsePipelineElement(p: ParserCore, isFirst: boolean): CommandBaseAst | undefined {
  const t = p.peek('command');
  switch (t.kind) {
    case 'NewLine':
    case 'Semicolon':
    case 'EndOfInput':
    case 'RParen':
    case 'RCurly':
    case 'Pipe':
    case 'OrOr':
    case 'AndAnd':
    case 'Redirection':
    case 'LessThan':
    case 'Unknown':
      return undefined;
    case 'Ampersand':
      return parseCommand(p, '&');
    case 'Dot':
      return parseCommand(p, '.');
    case 'Generic':
      if (!startsExpression(t)) return parseCommand(p, 'none');
      break;
    case 'Parameter':
      if (!startsExpression(t)) return parseCommand(p, 'none');
      break;
  }
  const expression = parseExpression(p);
  if (!expression) return undefined;
  if (!isFirst) p.report('ExpressionsMustBeFirstInPipeline', expression.pos, expression.end - expression.pos, []);
  const redirections = parseRedirections(p, 'expression');
  return { kind: 'CommandExpression', pos: expression.pos, end: p.pos, expression, redirections };
}

function parseCommand(p: ParserCore, invocationOperator: InvocationOperator): CommandAst {
  const start = p.peek('command');
  let name: ExpressionAst | undefined;
  if (invocationOperator === 'none') {
    p.consume(start);
    // `-foo` alone is a command name, as in pwsh ("The term '-foo' is not recognized ...")
    name = start.kind === 'Parameter'
      ? { kind: 'StringConstantExpression', pos: start.pos, end: start.end, value: start.text, stringKind: 'bareword' }
      : parseBareword(p, start);
  } else {
    p.consume(start);
    name = parseCommandArgumentPrimary(p);
    if (!name) {
      p.reportAt('MissingExpression', p.peek('command'), [start.text]);
      name = p.errorExpression(p.pos);
    }
  }
  const elements: CommandElementAst[] = [];
  const redirections: RedirectionAst[] = [];
  for (;;) {
    const t = p.peek('command');
    if (COMMAND_END.has(t.kind)) break;
    if (t.kind === 'Parameter') {
      p.consume(t);
      let argument: ExpressionAst | undefined;
      if (t.parameterColon) argument = parseCommandArgument(p);
      elements.push({ kind: 'CommandParameter', pos: t.pos, end: p.pos, parameterName: t.parameterName!, argument });
    } else if (t.kind === 'Redirection') {
      redirections.push(parseRedirection(p, t));
    } else if (t.kind === 'LessThan') {
      p.consume(t);
      p.reportAt('RedirectionNotSupported', t, ['<']);
    } else {
      const argument = parseCommandArgument(p);
      if (!argument) {
        p.consume(t);
        p.reportAt('UnexpectedToken', t, [t.text]);
        continue;
      }
      elements.push(argument);
    }
  }
  return { kind: 'Command', pos: start.pos, end: p.pos, invocationOperator, name, elements, redirections };
}

/** One argument, or a comma-separated list of them (`-Properties A, B, C`). */
export function parseCommandArgument(p: ParserCore): ExpressionAst | undefined {
  const first = parseCommandArgumentPrimary(p);
  return first && parseCommaList(p, first, 'command', parseCommandArgumentPrimary, false);
}

/** A single argument value scanned in command mode: bareword, number, variable, string, (...), {...}. */
export function parseCommandArgumentPrimary(p: ParserCore): ExpressionAst | undefined {
  const t = p.peek('command');
  switch (t.kind) {
    case 'Generic':
      p.consume(t);
      return parseBareword(p, t);
    case 'Dot':
      // `Get-ChildItem .`: a lone dot in argument position is the current directory
      p.consume(t);
      return { kind: 'StringConstantExpression', pos: t.pos, end: t.end, value: '.', stringKind: 'bareword' };
    case 'Number':
      p.consume(t);
      return numberConstant(t);
    case 'SplattedVariable':
      p.consume(t);
      return variableExpression(t, true);
    case 'Comma': {
      // `Write-Output ,$list`: the unary comma wraps the argument in a one-element array
      p.consume(t);
      const operand = parseCommandArgumentPrimary(p);
      if (!operand) p.reportAt('MissingExpressionAfterOperator', p.peek('command'), [',']);
      const child = operand ?? p.errorExpression(p.pos);
      return { kind: 'UnaryExpression', pos: t.pos, end: child.end, operator: ',', operand: child, postfix: false };
    }
    case 'Variable':
    case 'StringLiteral':
    case 'StringExpandable':
    case 'HereStringLiteral':
    case 'HereStringExpandable':
    case 'LParen':
    case 'DollarParen':
    case 'AtParen':
    case 'AtCurly':
    case 'LCurly': {
      const primary = parsePrimary(p);
      return primary && parsePostfix(p, primary, 'command');
    }
    default:
      return undefined;
  }
}

function parseRedirections(p: ParserCore, mode: 'expression' | 'command'): RedirectionAst[] {
  const redirections: RedirectionAst[] = [];
  for (;;) {
    const t = p.peek(mode);
    if (t.kind !== 'Redirection') return redirections;
    redirections.push(parseRedirection(p, t));
  }
}

function parseRedirection(p: ParserCore, t: Token): RedirectionAst {
  p.consume(t);
  const info = t.redirection!;
  if (info.toStream) {
    return { kind: 'MergingRedirection', pos: t.pos, end: t.end, fromStream: info.fromStream, toStream: info.toStream };
  }
  let location = parseCommandArgumentPrimary(p);
  if (!location) {
    p.reportAt('MissingFileSpecification', p.peek('command'), []);
    location = p.errorExpression(p.pos);
  }
  return { kind: 'FileRedirection', pos: t.pos, end: p.pos, fromStream: info.fromStream, append: info.append, location };
}
