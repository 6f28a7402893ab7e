/**
 * Parse diagnostics, centralized: each has PowerShell's error id as its code and
 * PowerShell's message text (ParserStrings.resx), so errors read like pwsh's.
 */

export interface Diagnostic {
  /** PowerShell's ParseError ErrorId, e.g. 'MissingEndCurlyBrace'. */
  code: string;
  message: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  offset: number;
  length: number;
  fileName?: string;
  /**
   * The input ended before the construct did (an open block or string, an operator or `|`
   * with nothing after it): more input could make it valid. Additive to the public contract.
   */
  incompleteInput?: boolean;
}

type MessageFn = (...args: string[]) => string;

export const Messages = {
  TerminatorExpectedAtEndOfString: (terminator: string) => `The string is missing the terminator: ${terminator}.`,
  MissingTerminatorMultiLineComment: () => "The terminator '#>' is missing from the multiline comment.",
  UnexpectedCharactersAfterHereStringHeader: () =>
    'No characters are allowed after a here-string header but before the end of the line.',
  IncompleteDollarVariableReference: () => "${variable} reference starting is missing the closing '}'.",
  EmptyVariableReference: () => 'An empty ${} variable reference was found. A name is required inside the braces.',
  InvalidVariableReferenceWithDrive: () =>
    "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
  BadNumericConstant: (text: string) => `The numeric constant ${text} is not valid.`,
  /** exosh's own: pwsh reads `n` literals as System.Numerics.BigInteger, which the value layer does not model. */
  BigIntegerLiteralNotSupported: (text: string) =>
    `The numeric constant ${text} is a BigInteger literal (n suffix), which exosh does not support; use a [long] or [decimal] literal instead.`,
  UnexpectedToken: (text: string) => `Unexpected token '${text}' in expression or statement.`,
  MissingEndCurlyBrace: () => "Missing closing '}' in statement block or type definition.",
  MissingEndParenthesisInExpression: () => "Missing closing ')' in expression.",
  MissingEndParenthesisInSubexpression: () => "Missing closing ')' in subexpression.",
  MissingEndParenthesisInMethodCall: () => "Missing ')' in method call.",
  MissingEndSquareBracket: () => "Missing ']' after array index expression.",
  MissingArrayIndexExpression: () => 'Array index expression is missing or not valid.',
  MissingPropertyName: () => 'Missing property name after reference operator.',
  MissingExpressionAfterOperator: (op: string) => `Missing expression after unary operator '${op}'.`,
  ExpectedValueExpression: (op: string) => `You must provide a value expression following the '${op}' operator.`,
  MissingExpressionAfterToken: (token: string) => `Missing expression after '${token}'.`,
  ExpectedExpression: () => "An expression was expected after '('.",
  MissingExpression: (token: string) => `Missing expression after '${token}' in pipeline element.`,
  EmptyPipeElement: () => 'An empty pipe element is not allowed.',
  ExpressionsMustBeFirstInPipeline: () => 'Expressions are only allowed as the first element of a pipeline.',
  MissingFileSpecification: () => 'Missing file specification after redirection operator.',
  RedirectionNotSupported: (op: string) => `The '${op}' operator is reserved for future use.`,
  InvalidLeftHandSide: () =>
    'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.',
  IncompleteHashLiteral: () => 'The hash literal was incomplete.',
  MissingKeyInHashLiteral: () => "Missing key before '=' in hash literal.",
  MissingEqualsInHashLiteral: () => "Missing '=' operator after key in hash literal.",
  MissingStatementInHashLiteral: () => "Missing statement after '=' in hash literal.",
  MissingEqualsInNamedArgument: () => 'The "=" operator is missing after a named argument.',
  MissingExpressionInNamedArgument: () => "Missing statement after '=' in named argument.",
  MissingArgument: () => 'Missing argument in parameter list.',
  EndSquareBracketExpectedAtEndOfAttribute: () => 'Missing ] at end of attribute or type literal.',
  EndSquareBracketExpectedAtEndOfType: () => 'Missing ] at end of type token.',
  MissingTypename: () => "Missing type name after '['.",
  MissingOpenParenthesisInIfStatement: (kw: string) => `Missing '(' after '${kw}' in if statement.`,
  IfStatementMissingCondition: (kw: string) => `Missing condition in if statement after '${kw} ('.`,
  MissingEndParenthesisAfterStatement: (kw: string) => `Missing closing ')' after expression in '${kw}' statement.`,
  MissingStatementBlock: (kw: string) => `Missing statement block after ${kw} ( condition ).`,
  MissingStatementBlockAfterElse: () => "Missing statement block after 'else' keyword.",
  MissingOpenParenthesisAfterKeyword: (kw: string) => `Missing opening '(' after keyword '${kw}'.`,
  MissingExpressionAfterKeyword: (kw: string) => `Missing expression after '${kw}' in loop.`,
  MissingLoopStatement: (kw: string) => `Missing statement body in ${kw} loop.`,
  MissingWhileOrUntilInDoWhile: () => 'Missing while or until keyword in do loop.',
  MissingVariableNameAfterForeach: () =>
    'Missing variable name after foreach.\nThe correct form is: foreach ($a in $b) {...}',
  MissingInInForeach: () => "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
  MissingForeachExpression: () => 'Missing expression in foreach loop.\nThe correct form is: foreach ($a in $b) {...}',
  MissingEndParenthesisAfterForeach: () =>
    "Missing closing ')' after expression part of foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
  MissingForeachStatement: () => 'Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}',
  PipelineValueRequired: () => "A switch statement must have one of the following:  '-file file_name' or '( expression )'.",
  MissingSwitchValueExpression: () => "Missing expression after '(' in switch statement.",
  MissingEndParenthesisInSwitchStatement: () => "Missing ')' after expression in switch statement.",
  MissingCurlyBraceInSwitchStatement: () => "Missing '{' in switch statement.",
  MissingSwitchConditionExpression: () => 'Missing condition in switch statement clause.',
  MissingSwitchStatementClause: () => 'Missing statement block in switch statement clause.',
  MultipleSwitchDefaultClauses: () => 'A switch statement can have only one default clause.',
  InvalidSwitchFlag: (flag: string) => `The parameter ${flag} is not valid for the switch statement.`,
  MissingFilenameOption: () =>
    "Cannot process the 'switch' statement because of a missing file name argument to the -file option.",
  MissingTryStatementBlock: () => 'The Try statement is missing its statement block.',
  MissingCatchOrFinally: () => 'The Try statement is missing its Catch or Finally block.',
  MissingCatchHandlerBlock: () => 'The Catch block is missing its statement block.',
  MissingFinallyStatementBlock: () => 'The Finally block is missing its statement block.',
  EmptyCatchNotLast: () => 'Catch block must be the last catch block.',
  MissingTrapStatement: () => "The 'trap' statement was incomplete. A trap statement requires a body.",
  MissingNameAfterKeyword: (kw: string) => `Missing name after ${kw} keyword.`,
  MissingFunctionBody: () => 'Missing function body in function declaration.',
  MissingEndParenthesisInFunctionParameterList: () => "Missing ')' in function parameter list.",
  InvalidFunctionParameter: () =>
    'Parameter declarations are a comma-separated list of variable names with optional initializer expressions.',
  OnlyOneParameterListAllowed: () =>
    'The param statement cannot be used if arguments were specified in the function declaration.',
  MissingNamedStatementBlock: (name: string) => `Missing statement block after '${name}'.`,
  MissingNamedBlocks: (token: string) =>
    `unexpected token '${token}', expected 'begin', 'process', 'end', or 'dynamicparam'.`,
  DuplicateScriptCommandClause: (name: string) => `Script command clause '${name}' has already been defined.`,
  OrderedAttributeOnlyOnHashLiteralNode: (typeName: string) =>
    `The ${typeName} attribute can be specified only on a hash literal node.`,
  MissingColonInTernaryExpression: () => "Missing ':' in the ternary expression.",
  EmptyPipelineChainElement: () => 'A pipeline chain operator must be followed by a pipeline.',
  UnexpectedAttribute: (name: string) => `Unexpected attribute '${name}'.`,
  TypeNotAllowedBeforeStatement: (name: string) => `Unexpected type [${name}] was found before statement.`,
  MissingStatementAfterKeyword: (kw: string) => `Missing statement body after keyword '${kw}'.`,
  InvalidEndOfLine: (token: string) => `The token '${token}' is not a valid statement separator in this version.`,
  ReservedKeywordNotAllowed: (kw: string) => `The '${kw}' keyword is not supported in this version of the language.`,
  UnexpectedKeyword: (kw: string) => `Unexpected keyword '${kw}'.`,
  SplattingNotPermitted: (name: string) =>
    `The splatting operator '@' cannot be used to reference variables in an expression. '@${name}' can be used only as an argument to a command. To reference variables in an expression use '$${name}'.`,
  UnrecognizedToken: () => 'Unrecognized token in source text.',
  MissingStatementTerminator: () => 'Missing a newline or semicolon.',
  ScriptTooComplicated: () => 'Processing was stopped because the script is too complex.',
  IncompleteLineContinuation: () => 'Missing statement after line continuation.',
} satisfies Record<string, MessageFn>;

export type DiagnosticCode = keyof typeof Messages;

/** Collects diagnostics for one source text; ignores exact duplicates (re-scans can report twice). */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  private readonly seen = new Set<string>();

  constructor(
    private readonly text: string,
    private readonly fileName: string | undefined,
  ) {}

  report<C extends DiagnosticCode>(
    code: C,
    offset: number,
    length: number,
    args: Parameters<(typeof Messages)[C]>,
    incompleteInput = false,
  ): void {
    const key = `${code}@${offset}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    const message = (Messages[code] as MessageFn)(...(args as string[]));
    const { line, column } = this.lineColumn(offset);
    const diagnostic: Diagnostic = { code, message, line, column, offset, length: Math.max(0, length) };
    if (this.fileName !== undefined) diagnostic.fileName = this.fileName;
    if (incompleteInput) diagnostic.incompleteInput = true;
    this.items.push(diagnostic);
  }

  /** Offsets where lines start, computed on the first diagnostic (most parses have none). */
  private lineStarts: number[] | undefined;

  private lineColumn(offset: number): { line: number; column: number } {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = 0; i < this.text.length; i++) {
        const c = this.text.charCodeAt(i);
        if (c === 10 || (c === 13 && this.text.charCodeAt(i + 1) !== 10)) starts.push(i + 1);
      }
      this.lineStarts = starts;
    }
    const starts = this.lineStarts;
    const target = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= target) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: target - starts[lo]! + 1 };
  }

  get count(): number {
    return this.items.length;
  }

  /** Drops diagnostics reported after a speculative parse that is being undone. */
  truncate(count: number): void {
    for (const d of this.items.splice(count)) this.seen.delete(`${d.code}@${d.offset}`);
  }
}
