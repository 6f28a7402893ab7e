/**
 * Expressions, by PowerShell's precedence (about_Operator_Precedence), loosest first:
 *   ? : (ternary)  <  ??  <  -and -or -xor  <  -band -bor -bxor -shl -shr
 *   <  comparison/-replace/-split/-join/-is/-as  <  + -  <  * / %  <  -f  <  ..
 *   <  , (array)  <  unary and casts  <  . :: [] postfix
 * Binary operators are left-associative; newlines may follow any binary operator or comma.
 */
import type {
  BinaryOperator, ExpressionAst, HashtableEntryAst, HashtableLiteralAst, InvokeMemberExpressionAst,
  MemberExpressionAst, ScriptBlockExpressionAst, StatementBlockAst, UnaryOperator,
} from './ast.js';
import { isBlank, isDigit, isNewlineChar } from './chars.js';
import { parseNumberLiteral } from './numbers.js';
import { parsePipeline } from './parse-commands.js';
import { parseScriptBlockBody } from './parse-script.js';
import { parseStatement, parseStatementList, skipStatementRemainder } from './parse-statements.js';
import { parseExpandableString } from './parse-strings.js';
import { parseAttributeOrTypeConstraint } from './parse-types.js';
import type { ParserCore } from './parser-core.js';
import { BINARY_DASH_OPERATORS, UNARY_DASH_OPERATORS, type ScanMode, type Token } from './tokens.js';

export interface ExpressionOptions {
  /** false inside method-call and attribute argument lists, where `,` separates arguments. */
  allowComma?: boolean;
}

const LOGICAL = new Set(['and', 'or', 'xor']);
const BITWISE = new Set(['band', 'bor', 'bxor', 'shl', 'shr']);

/** Binding power of a binary operator token, or 0 if the token is not one. */
function binaryPrecedence(t: Token): number {
  switch (t.kind) {
    case 'DotDot':
      return 7;
    case 'Star':
    case 'Slash':
    case 'Percent':
      return 5;
    case 'Plus':
    case 'Minus':
      return 4;
    case 'Operator': {
      const op = t.operator!;
      if (op === 'f') return 6;
      if (LOGICAL.has(op)) return 1;
      if (BITWISE.has(op)) return 2;
      return BINARY_DASH_OPERATORS.has(op) ? 3 : 0;
    }
    default:
      return 0;
  }
}

function binaryOperator(t: Token): BinaryOperator {
  switch (t.kind) {
    case 'Star':
      return '*';
    case 'Slash':
      return '/';
    case 'Percent':
      return '%';
    case 'Plus':
      return '+';
    case 'Minus':
      return '-';
    default:
      return t.operator as BinaryOperator;
  }
}

export function parseExpression(p: ParserCore, options: ExpressionOptions = {}): ExpressionAst | undefined {
  const allowComma = options.allowComma ?? true;
  const condition = parseCoalesce(p, allowComma);
  if (!condition) return undefined;
  const question = p.peek('expression');
  if (question.kind !== 'QuestionMark') return condition;
  // `cond ? a : b`, right-associative through the recursive branches
  p.consume(question);
  p.skipNewlines();
  let ifTrue = parseExpression(p, options);
  if (!ifTrue) {
    p.reportAt('ExpectedValueExpression', p.peek('expression'), ['?']);
    ifTrue = p.errorExpression(p.pos);
  }
  p.skipNewlines();
  const colon = p.peek('expression');
  let ifFalse: ExpressionAst | undefined;
  if (colon.kind !== 'Colon') {
    p.reportAt('MissingColonInTernaryExpression', colon, []);
  } else {
    p.consume(colon);
    p.skipNewlines();
    ifFalse = parseExpression(p, options);
    if (!ifFalse) p.reportAt('ExpectedValueExpression', p.peek('expression'), [':']);
  }
  ifFalse ??= p.errorExpression(p.pos);
  return { kind: 'TernaryExpression', pos: condition.pos, end: ifFalse.end, condition, ifTrue, ifFalse };
}

/** `a ?? b`: looser than every other binary operator. */
function parseCoalesce(p: ParserCore, allowComma: boolean): ExpressionAst | undefined {
  let left = parseBinary(p, 1, allowComma);
  if (!left) return undefined;
  for (;;) {
    const t = p.peek('expression');
    if (t.kind !== 'QuestionQuestion') return left;
    p.consume(t);
    p.skipNewlines();
    let right = parseBinary(p, 1, allowComma);
    if (!right) {
      p.reportAt('ExpectedValueExpression', p.peek('expression'), [t.text]);
      right = p.errorExpression(p.pos);
    }
    left = { kind: 'BinaryExpression', pos: left.pos, end: right.end, operator: '??', left, right };
  }
}

function parseBinary(p: ParserCore, minPrecedence: number, allowComma: boolean): ExpressionAst | undefined {
  let left = parseArrayOperand(p, allowComma);
  if (!left) return undefined;
  for (;;) {
    const t = p.peek('expression');
    const precedence = binaryPrecedence(t);
    if (precedence === 0 || precedence < minPrecedence) return left;
    p.consume(t);
    p.skipNewlines();
    let right = parseBinary(p, precedence + 1, allowComma);
    if (!right) {
      p.reportAt('ExpectedValueExpression', p.peek('expression'), [t.text]);
      right = p.errorExpression(p.pos);
    }
    left = t.kind === 'DotDot'
      ? { kind: 'RangeExpression', pos: left.pos, end: right.end, lower: left, upper: right }
      : { kind: 'BinaryExpression', pos: left.pos, end: right.end, operator: binaryOperator(t), left, right };
  }
}

/** `a, b, c`: the comma binds tighter than every binary operator. */
function parseArrayOperand(p: ParserCore, allowComma: boolean): ExpressionAst | undefined {
  const first = parseUnary(p);
  if (!first || !allowComma) return first;
  return parseCommaList(p, first, 'expression', parseUnary, true);
}

/**
 * `first, b, c` as an ArrayLiteral, or `first` itself when no comma follows. A comma with nothing
 * after it is reported; `errorForMissing` keeps an error element in its place.
 */
export function parseCommaList(
  p: ParserCore,
  first: ExpressionAst,
  mode: ScanMode,
  parseElement: (p: ParserCore) => ExpressionAst | undefined,
  errorForMissing: boolean,
): ExpressionAst {
  if (p.peek(mode).kind !== 'Comma') return first;
  const elements: ExpressionAst[] = [first];
  while (p.peek(mode).kind === 'Comma') {
    const comma = p.next(mode);
    p.skipNewlines();
    const element = parseElement(p);
    if (!element) {
      p.reportAt('MissingExpressionAfterToken', p.peek(mode), [comma.text]);
      if (errorForMissing) elements.push(p.errorExpression(p.pos));
      break;
    }
    elements.push(element);
  }
  return { kind: 'ArrayLiteral', pos: first.pos, end: p.pos, elements };
}

/** Tokens that can begin the operand of a unary operator or cast. */
export function startsOperand(t: Token): boolean {
  switch (t.kind) {
    case 'Variable':
    case 'SplattedVariable':
    case 'Number':
    case 'StringLiteral':
    case 'StringExpandable':
    case 'HereStringLiteral':
    case 'HereStringExpandable':
    case 'LParen':
    case 'DollarParen':
    case 'AtParen':
    case 'AtCurly':
    case 'LCurly':
    case 'LBracket':
    case 'Minus':
    case 'Plus':
    case 'Exclaim':
    case 'PlusPlus':
    case 'MinusMinus':
      return true;
    case 'Operator':
      return UNARY_DASH_OPERATORS.has(t.operator!);
    default:
      return false;
  }
}

export function parseUnary(p: ParserCore): ExpressionAst | undefined {
  if (!p.enter()) {
    const t = p.peek('expression');
    if (t.kind !== 'EndOfInput') p.consume(t);
    return p.errorExpression(t.pos, t.end);
  }
  try {
    return parseUnaryInner(p);
  } finally {
    p.leave();
  }
}

function parseUnaryInner(p: ParserCore): ExpressionAst | undefined {
  const t = p.peek('expression');
  let operator: UnaryOperator | undefined;
  switch (t.kind) {
    case 'Exclaim':
      operator = '!';
      break;
    case 'Minus':
    case 'Plus': {
      const folded = foldSignedNumber(p, t);
      if (folded) return folded;
      operator = t.kind === 'Minus' ? '-' : '+';
      break;
    }
    case 'PlusPlus':
      operator = '++';
      break;
    case 'MinusMinus':
      operator = '--';
      break;
    case 'Comma':
      operator = ',';
      break;
    case 'Operator':
      if (UNARY_DASH_OPERATORS.has(t.operator!)) operator = t.operator as UnaryOperator;
      break;
    case 'LBracket':
      return parseCastOrTypeLiteral(p);
  }
  if (operator !== undefined) {
    p.consume(t);
    const operand = parseUnary(p);
    if (!operand) p.reportAt('MissingExpressionAfterOperator', p.peek('expression'), [t.text]);
    const child = operand ?? p.errorExpression(p.pos);
    return { kind: 'UnaryExpression', pos: t.pos, end: child.end, operator, operand: child, postfix: false };
  }
  const primary = parsePrimary(p);
  return primary && parsePostfix(p, primary, 'expression');
}

/** `-5`, `-1.5e3`: a sign written against a number is part of the literal, as in PowerShell. */
function foldSignedNumber(p: ParserCore, sign: Token): ExpressionAst | undefined {
  const c = p.charAt(sign.end);
  if (!isDigit(c) && !(c === '.' && isDigit(p.charAt(sign.end + 1)))) return undefined;
  const m = p.mark();
  p.consume(sign);
  const number = p.peek('expression');
  if (number.kind !== 'Number' || number.pos !== sign.end) {
    p.reset(m);
    return undefined;
  }
  p.consume(number);
  const text = p.text.slice(sign.pos, number.end);
  let info = parseNumberLiteral(sign.kind === 'Minus' ? `-${number.text}` : number.text);
  if (!info) {
    // The sign belongs to the literal, so `-1u` is out of UInt32's range (the token alone was fine).
    if (!Number.isNaN(number.number!.value)) p.report('BadNumericConstant', sign.pos, number.end - sign.pos, [text]);
    info = { ...number.number!, value: Number.NaN };
  }
  return {
    kind: 'ConstantExpression', pos: sign.pos, end: number.end,
    value: info.value, bigValue: info.bigValue, numberType: info.numberType, text,
  };
}

/** `[int]$x`, `[pscustomobject]@{...}`, `[ordered]@{...}`, `[math]::Round(...)`, `[string]` alone. */
function parseCastOrTypeLiteral(p: ParserCore): ExpressionAst {
  const attribute = parseAttributeOrTypeConstraint(p)!;
  if (attribute.kind === 'Attribute') {
    p.report('UnexpectedAttribute', attribute.pos, attribute.end - attribute.pos, [attribute.typeName.name]);
  }
  const typeName = attribute.typeName;
  const adjacentStatic = p.charAt(p.pos) === ':' && p.charAt(p.pos + 1) === ':';
  const adjacentMember = p.charAt(p.pos) === '.' && p.charAt(p.pos + 1) !== '.';
  if (!adjacentStatic && !adjacentMember && startsOperand(p.peek('expression'))) {
    const operand = parseUnary(p) ?? p.errorExpression(p.pos);
    if (typeName.name.toLowerCase() === 'ordered') {
      if (operand.kind === 'HashtableLiteral') return { ...operand, pos: attribute.pos, ordered: true };
      p.report('OrderedAttributeOnlyOnHashLiteralNode', attribute.pos, operand.end - attribute.pos, [typeName.name]);
    }
    return { kind: 'ConvertExpression', pos: attribute.pos, end: operand.end, typeName, child: operand };
  }
  return parsePostfix(p, { kind: 'TypeExpression', pos: attribute.pos, end: attribute.end, typeName }, 'expression');
}

export function parsePrimary(p: ParserCore): ExpressionAst | undefined {
  const t = p.peek('expression');
  switch (t.kind) {
    case 'Variable':
      p.consume(t);
      return variableExpression(t, false);
    case 'SplattedVariable':
      p.consume(t);
      p.reportAt('SplattingNotPermitted', t, [t.variable!.fullName]);
      return variableExpression(t, true);
    case 'Number':
      p.consume(t);
      return numberConstant(t);
    case 'StringLiteral':
      p.consume(t);
      return { kind: 'StringConstantExpression', pos: t.pos, end: t.end, value: t.value!, stringKind: 'singleQuoted' };
    case 'HereStringLiteral':
      p.consume(t);
      return {
        kind: 'StringConstantExpression', pos: t.pos, end: t.end, value: t.value!, stringKind: 'singleQuotedHereString',
      };
    case 'StringExpandable':
    case 'HereStringExpandable':
      p.consume(t);
      return parseExpandableString(p, t);
    case 'LParen':
      return parseParenExpression(p, t);
    case 'DollarParen':
    case 'AtParen': {
      p.consume(t);
      const body = parseStatementBlockUntilParen(p, t);
      return t.kind === 'DollarParen'
        ? { kind: 'SubExpression', pos: t.pos, end: p.pos, body }
        : { kind: 'ArrayExpression', pos: t.pos, end: p.pos, body };
    }
    case 'AtCurly':
      return parseHashtable(p, t);
    case 'LCurly':
      return parseScriptBlockExpression(p, t);
    default:
      return undefined;
  }
}

/** The ConstantExpression for a Number token, as written. */
export function numberConstant(t: Token): ExpressionAst {
  const n = t.number!;
  return {
    kind: 'ConstantExpression', pos: t.pos, end: t.end, value: n.value,
    bigValue: n.bigValue, numberType: n.numberType, text: t.text,
  };
}

export function variableExpression(t: Token, splatted: boolean): ExpressionAst {
  const v = t.variable!;
  return {
    kind: 'VariableExpression', pos: t.pos, end: t.end, name: v.name, scope: v.scope,
    fullName: v.fullName, braced: v.braced, splatted,
  };
}

function parseParenExpression(p: ParserCore, open: Token): ExpressionAst {
  p.consume(open);
  return p.withCloser('RParen', () => {
    p.skipNewlines();
    const first = p.peek('command');
    let pipeline = first.kind === 'RParen' ? undefined : parsePipeline(p);
    if (!pipeline) {
      p.reportAt('ExpectedExpression', first, []);
      pipeline = p.errorStatement(p.pos);
    }
    p.skipNewlines();
    const close = p.peek('command');
    if (close.kind === 'RParen') p.consume(close);
    else p.reportAt('MissingEndParenthesisInExpression', close, []);
    return { kind: 'ParenExpression', pos: open.pos, end: p.pos, pipeline };
  });
}

/** The statements of `$( ... )` / `@( ... )`, consuming the `)`. */
export function parseStatementBlockUntilParen(p: ParserCore, open: Token): StatementBlockAst {
  return p.withCloser('RParen', () => {
    const { statements, traps } = parseStatementList(p, 'RParen');
    const close = p.peek('command');
    if (close.kind === 'RParen') p.consume(close);
    else p.reportAt('MissingEndParenthesisInSubexpression', close, []);
    return { kind: 'StatementBlock', pos: open.end, end: p.pos, statements, traps };
  });
}

function parseHashtable(p: ParserCore, open: Token): HashtableLiteralAst {
  p.consume(open);
  const entries: HashtableEntryAst[] = [];
  p.withCloser('RCurly', () => {
    for (;;) {
      p.skipNewlinesAndSemicolons();
      p.scanner.position = p.pos;
      const keyToken = p.scanner.scanHashKey();
      if (keyToken.kind === 'RCurly') {
        p.moveTo(keyToken.end);
        return;
      }
      if (keyToken.kind === 'EndOfInput' || (keyToken.kind === 'RParen' && p.isAwaitedCloser('RParen'))) {
        p.report('IncompleteHashLiteral', open.pos, open.end - open.pos, [], keyToken.kind === 'EndOfInput');
        return;
      }
      const before = p.pos;
      let key: ExpressionAst | undefined;
      if (keyToken.kind === 'Generic') {
        p.moveTo(keyToken.end);
        key = { kind: 'StringConstantExpression', pos: keyToken.pos, end: keyToken.end, value: keyToken.value!, stringKind: 'bareword' };
      } else {
        key = parseUnary(p);
      }
      const equals = p.peek('expression');
      if (!key) {
        if (equals.kind === 'Equals') p.reportAt('MissingKeyInHashLiteral', equals, []);
        else p.reportAt('UnexpectedToken', equals, [equals.text]);
        skipStatementRemainder(p);
        if (p.pos === before) p.consume(p.peek('command'));
        continue;
      }
      if (equals.kind !== 'Equals') {
        p.reportAt('MissingEqualsInHashLiteral', equals, []);
        skipStatementRemainder(p);
        continue;
      }
      p.consume(equals);
      p.skipNewlines();
      let value = parseStatement(p);
      if (!value) {
        p.reportAt('MissingStatementInHashLiteral', p.peek('command'), []);
        value = p.errorStatement(p.pos);
      }
      entries.push({ kind: 'HashtableEntry', pos: key.pos, end: value.end, key, value });
      const after = p.peek('command');
      if (after.kind !== 'NewLine' && after.kind !== 'Semicolon' && after.kind !== 'RCurly' && after.kind !== 'EndOfInput') {
        p.reportAt('UnexpectedToken', after, [after.text]);
        skipStatementRemainder(p);
      }
    }
  });
  return { kind: 'HashtableLiteral', pos: open.pos, end: p.pos, entries, ordered: false };
}

export function parseScriptBlockExpression(p: ParserCore, open: Token): ScriptBlockExpressionAst {
  p.consume(open);
  const scriptBlock = p.withCloser('RCurly', () => parseScriptBlockBody(p, 'RCurly', open.pos));
  const close = p.peek('command');
  if (close.kind === 'RCurly') p.consume(close);
  else p.report('MissingEndCurlyBrace', open.pos, 1, [], close.kind === 'EndOfInput');
  scriptBlock.end = p.pos;
  return { kind: 'ScriptBlockExpression', pos: open.pos, end: p.pos, scriptBlock, text: p.text.slice(open.pos, p.pos) };
}

// ---------------------------------------------------------------- postfix: . :: [] ++ --

/**
 * Member access, method calls and indexing written directly against the expression (no
 * whitespace before `.`, `::` or `[`), then postfix `++`/`--` in expression mode.
 */
export function parsePostfix(p: ParserCore, target: ExpressionAst, mode: 'expression' | 'command'): ExpressionAst {
  let expr = target;
  for (;;) {
    const c = p.charAt(p.pos);
    if (c === '.' && p.charAt(p.pos + 1) !== '.') {
      expr = parseMemberAccess(p, expr, false, 1);
    } else if (c === ':' && p.charAt(p.pos + 1) === ':') {
      expr = parseMemberAccess(p, expr, true, 2);
    } else if (c === '[') {
      expr = parseIndex(p, expr);
    } else if (mode === 'expression') {
      const t = p.peek('expression');
      if (t.kind !== 'PlusPlus' && t.kind !== 'MinusMinus') return expr;
      p.consume(t);
      return { kind: 'UnaryExpression', pos: expr.pos, end: t.end, operator: t.kind === 'PlusPlus' ? '++' : '--', operand: expr, postfix: true };
    } else {
      return expr;
    }
  }
}

function parseMemberAccess(p: ParserCore, target: ExpressionAst, isStatic: boolean, width: number): ExpressionAst {
  const operatorPos = p.pos;
  p.moveTo(p.pos + width);
  const c = p.charAt(p.pos);
  let member: ExpressionAst | undefined;
  if (c === '' || isBlank(c) || isNewlineChar(c)) {
    member = undefined;
  } else {
    p.scanner.position = p.pos;
    const name = p.scanner.scanMemberName();
    if (name.kind === 'Identifier') {
      p.moveTo(name.end);
      member = { kind: 'StringConstantExpression', pos: name.pos, end: name.end, value: name.value!, stringKind: 'bareword' };
    } else if (['Variable', 'Number', 'StringLiteral', 'StringExpandable', 'LParen', 'DollarParen'].includes(name.kind)) {
      member = parsePrimary(p);
    }
  }
  if (!member) {
    p.report('MissingPropertyName', operatorPos, width, [], p.charAt(p.pos) === '');
    return { kind: 'MemberExpression', pos: target.pos, end: p.pos, target, member: p.errorExpression(p.pos), static: isStatic };
  }
  if (p.charAt(p.pos) === '{' && !isStatic) {
    // `.Where{ ... }` / `.ForEach{ ... }`: a script block as the only argument, no parentheses
    const block = parseScriptBlockExpression(p, p.peek('expression'));
    return { kind: 'InvokeMemberExpression', pos: target.pos, end: p.pos, target, member, static: false, arguments: [block] };
  }
  if (p.charAt(p.pos) === '(') {
    const args = parseMethodArguments(p);
    const invoke: InvokeMemberExpressionAst = {
      kind: 'InvokeMemberExpression', pos: target.pos, end: p.pos, target, member, static: isStatic, arguments: args,
    };
    return invoke;
  }
  const access: MemberExpressionAst = { kind: 'MemberExpression', pos: target.pos, end: p.pos, target, member, static: isStatic };
  return access;
}

function parseMethodArguments(p: ParserCore): ExpressionAst[] {
  p.next('expression');
  const args: ExpressionAst[] = [];
  p.withCloser('RParen', () => {
    p.skipNewlines();
    if (p.eat('RParen', 'expression')) return;
    for (;;) {
      p.skipNewlines();
      const arg = parseExpression(p, { allowComma: false });
      if (!arg) {
        const t = p.peek('expression');
        if (args.length > 0) p.reportAt('MissingExpressionAfterToken', t, [',']);
        else p.reportAt('MissingEndParenthesisInMethodCall', t, []);
        return;
      }
      args.push(arg);
      p.skipNewlines();
      const t = p.eatListSeparator('RParen');
      if (t === 'next') continue;
      if (t === 'closed') return;
      p.reportAt('MissingEndParenthesisInMethodCall', t, []);
      return;
    }
  });
  return args;
}

function parseIndex(p: ParserCore, target: ExpressionAst): ExpressionAst {
  p.next('expression');
  return p.withCloser('RBracket', () => {
    p.skipNewlines();
    let index = parseExpression(p);
    if (!index) {
      p.reportAt('MissingArrayIndexExpression', p.peek('expression'), []);
      index = p.errorExpression(p.pos);
    }
    p.skipNewlines();
    const close = p.peek('expression');
    if (close.kind === 'RBracket') p.consume(close);
    else p.reportAt('MissingEndSquareBracket', close, []);
    return { kind: 'IndexExpression', pos: target.pos, end: p.pos, target, index };
  });
}
