/**
 * The typed syntax tree of the PowerShell subset. Every node is a plain object
 * discriminated on `kind`, with `pos`/`end` character offsets into the source
 * (end exclusive). Shapes follow PowerShell's own System.Management.Automation.Language
 * AST where that helps the evaluator (named blocks, CommandAst vs CommandExpressionAst),
 * simplified where it does not.
 *
 * Error recovery produces `ErrorStatement` / `ErrorExpression` nodes (possibly zero-width)
 * instead of throwing, so a tree exists even for broken input.
 */

import type { ExpressionAst, HashtableEntryAst, VariableExpressionAst } from './ast-expressions.js';

export interface NodeBase {
  /** Offset of the first character of the node. */
  pos: number;
  /** Offset just past the last character of the node. */
  end: number;
}

// ---------------------------------------------------------------- positions

/** 1-based line and column of `offset` in `text` (columns count UTF-16 code units). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const limit = Math.max(0, Math.min(offset, text.length));
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 /* \n */ || (c === 13 /* \r */ && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: limit - lineStart + 1 };
}

// ---------------------------------------------------------------- operators

/** Operators that accept an `i` (explicitly case-insensitive) or `c` (case-sensitive) prefix. */
export const CASE_SENSITIVE_CAPABLE_OPERATORS = [
  'eq', 'ne', 'gt', 'ge', 'lt', 'le',
  'like', 'notlike', 'match', 'notmatch',
  'contains', 'notcontains', 'in', 'notin',
  'replace', 'split',
] as const;
type CaseBase = (typeof CASE_SENSITIVE_CAPABLE_OPERATORS)[number];

/**
 * Dash operators as written without the dash, lower-cased: `-CEq` is 'ceq', `-eq` is 'eq'
 * and `-ieq` is 'ieq' (kept distinct from 'eq' although they behave alike).
 */
export type DashBinaryOperator =
  | CaseBase | `c${CaseBase}` | `i${CaseBase}`
  | 'join' | 'is' | 'isnot' | 'as' | 'f'
  | 'and' | 'or' | 'xor'
  | 'band' | 'bor' | 'bxor' | 'shl' | 'shr';

/** '??' is PowerShell 7's null-coalescing operator (looser than every other binary operator). */
export type BinaryOperator = '+' | '-' | '*' | '/' | '%' | '??' | DashBinaryOperator;

/**
 * Unary operators. `!` and 'not' are the same operation, kept apart for faithful ToString().
 * '++'/'--' appear prefix or postfix (see UnaryExpressionAst.postfix). ',' is the unary comma
 * that wraps its operand in a one-element array.
 */
export type UnaryOperator =
  | 'not' | '!' | '-' | '+' | 'bnot'
  | 'split' | 'isplit' | 'csplit' | 'join'
  | '++' | '--' | ',';

/** '??=' assigns only when the target is $null (PowerShell 7). */
export type AssignmentOperator = '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '??=';

// ---------------------------------------------------------------- script blocks and parameters

/**
 * A script file, a `{ ... }` block or a function body. A body without named blocks has
 * its statements in `endBlock` with `unnamed: true`, as PowerShell does.
 */
export interface ScriptBlockAst extends NodeBase {
  kind: 'ScriptBlock';
  paramBlock: ParamBlockAst | undefined;
  beginBlock: NamedBlockAst | undefined;
  processBlock: NamedBlockAst | undefined;
  endBlock: NamedBlockAst | undefined;
  dynamicParamBlock: NamedBlockAst | undefined;
}

export type BlockName = 'begin' | 'process' | 'end' | 'dynamicparam';

export interface NamedBlockAst extends NodeBase {
  kind: 'NamedBlock';
  blockName: BlockName;
  /** true when the statements were written directly in the script block, with no `end { }`. */
  unnamed: boolean;
  statements: StatementAst[];
  traps: TrapStatementAst[];
}

/** `[CmdletBinding()] param(...)`: the attributes written before `param` belong here. */
export interface ParamBlockAst extends NodeBase {
  kind: 'ParamBlock';
  attributes: AttributeAst[];
  parameters: ParameterAst[];
}

export interface ParameterAst extends NodeBase {
  kind: 'Parameter';
  name: VariableExpressionAst;
  /** Attributes and type constraints in source order, e.g. [Parameter(Mandatory)] [string]. */
  attributes: AttributeBaseAst[];
  defaultValue: ExpressionAst | undefined;
}

/**
 * A type name as written inside `[...]`. `name` is the normalized full text
 * (`System.Collections.Generic.List[string]`, `string[]`); `baseName` drops generic
 * arguments and array ranks (`System.Collections.Generic.List`, `string`).
 */
export interface TypeNameAst extends NodeBase {
  kind: 'TypeName';
  name: string;
  baseName: string;
  genericArguments: TypeNameAst[];
  /** 0 when not an array; 1 for `T[]`, 2 for `T[,]`. Applies after generic arguments. */
  arrayRank: number;
}

/** `[Name(positional, Named=value, Switch)]` */
export interface AttributeAst extends NodeBase {
  kind: 'Attribute';
  typeName: TypeNameAst;
  positionalArguments: ExpressionAst[];
  namedArguments: NamedAttributeArgumentAst[];
}

export interface NamedAttributeArgumentAst extends NodeBase {
  kind: 'NamedAttributeArgument';
  argumentName: string;
  /** For `Mandatory` written alone this is a synthesized `$true` constant. */
  argument: ExpressionAst;
  expressionOmitted: boolean;
}

/** `[string]` used as a parameter type constraint or a catch type. */
export interface TypeConstraintAst extends NodeBase {
  kind: 'TypeConstraint';
  typeName: TypeNameAst;
}

export type AttributeBaseAst = AttributeAst | TypeConstraintAst;

// ---------------------------------------------------------------- statements

export interface StatementBlockAst extends NodeBase {
  kind: 'StatementBlock';
  statements: StatementAst[];
  traps: TrapStatementAst[];
}

/** What a condition, `return`, `throw` or `(...)` holds: a pipeline or an assignment. */
export type PipelineBaseAst = PipelineAst | AssignmentStatementAst | ErrorStatementAst;

export interface PipelineAst extends NodeBase {
  kind: 'Pipeline';
  elements: CommandBaseAst[];
}

export type CommandBaseAst = CommandAst | CommandExpressionAst;

export type InvocationOperator = 'none' | '&' | '.';

/** `Get-Mailbox -Identity x`, `& $sb 1 2`, `. ./lib.ps1` */
export interface CommandAst extends NodeBase {
  kind: 'Command';
  invocationOperator: InvocationOperator;
  /** A bareword is a StringConstant with stringKind 'bareword'; `& $x` gives a VariableExpression. */
  name: ExpressionAst;
  /** Parameters and arguments in source order, the name excluded. */
  elements: CommandElementAst[];
  redirections: RedirectionAst[];
}

/** An expression as a pipeline element: `1..10 | ...`, `$x`. */
export interface CommandExpressionAst extends NodeBase {
  kind: 'CommandExpression';
  expression: ExpressionAst;
  redirections: RedirectionAst[];
}

export type CommandElementAst = CommandParameterAst | ExpressionAst;

/** `-Name` or `-Name:value`. `parameterName` has no dash and no colon. */
export interface CommandParameterAst extends NodeBase {
  kind: 'CommandParameter';
  parameterName: string;
  /** Only for the `-Name:value` form. */
  argument: ExpressionAst | undefined;
}

export type RedirectionStream = 'output' | 'error' | 'warning' | 'verbose' | 'debug' | 'information' | 'all';

/** `> file`, `2>> file`, `*> $null` */
export interface FileRedirectionAst extends NodeBase {
  kind: 'FileRedirection';
  fromStream: RedirectionStream;
  append: boolean;
  location: ExpressionAst;
}

/** `2>&1` */
export interface MergingRedirectionAst extends NodeBase {
  kind: 'MergingRedirection';
  fromStream: RedirectionStream;
  toStream: RedirectionStream;
}

export type RedirectionAst = FileRedirectionAst | MergingRedirectionAst;

/**
 * `$x = ...`, `$a.b += 1`, `$h['k'] = v`, `[int]$n = '5'`, `$a, $b = 1, 2`.
 * `left` is a VariableExpression, MemberExpression, IndexExpression, ConvertExpression
 * (type-constrained variable) or an ArrayLiteral of those (multiple assignment).
 */
export interface AssignmentStatementAst extends NodeBase {
  kind: 'AssignmentStatement';
  left: ExpressionAst;
  operator: AssignmentOperator;
  /** A pipeline or any statement (`$x = if (...) {...}`, `$x = foreach (...) {...}`). */
  right: StatementAst;
}

export interface IfClauseAst extends NodeBase {
  kind: 'IfClause';
  condition: PipelineBaseAst;
  body: StatementBlockAst;
}

export interface IfStatementAst extends NodeBase {
  kind: 'IfStatement';
  /** The `if` clause followed by each `elseif`. */
  clauses: IfClauseAst[];
  elseClause: StatementBlockAst | undefined;
}

interface LoopBase extends NodeBase {
  /** `:outer while (...)` gives 'outer'. */
  label: string | undefined;
  body: StatementBlockAst;
}

export interface WhileStatementAst extends LoopBase {
  kind: 'WhileStatement';
  condition: PipelineBaseAst;
}

export interface DoWhileStatementAst extends LoopBase {
  kind: 'DoWhileStatement';
  condition: PipelineBaseAst;
}

export interface DoUntilStatementAst extends LoopBase {
  kind: 'DoUntilStatement';
  condition: PipelineBaseAst;
}

export interface ForStatementAst extends LoopBase {
  kind: 'ForStatement';
  initializer: PipelineBaseAst | undefined;
  condition: PipelineBaseAst | undefined;
  iterator: PipelineBaseAst | undefined;
}

export interface ForEachStatementAst extends LoopBase {
  kind: 'ForEachStatement';
  variable: VariableExpressionAst;
  collection: PipelineBaseAst;
}

export type SwitchFlag = 'wildcard' | 'regex' | 'exact' | 'casesensitive' | 'file';

export interface SwitchClauseAst extends NodeBase {
  kind: 'SwitchClause';
  /** A constant, bareword, expression, or a ScriptBlockExpression evaluated with `$_` set. */
  condition: ExpressionAst;
  body: StatementBlockAst;
}

export interface SwitchStatementAst extends NodeBase {
  kind: 'SwitchStatement';
  label: string | undefined;
  flags: SwitchFlag[];
  /** The value(s) switched on; with -File, the path expression. */
  condition: PipelineBaseAst;
  clauses: SwitchClauseAst[];
  defaultClause: StatementBlockAst | undefined;
}

export interface CatchClauseAst extends NodeBase {
  kind: 'CatchClause';
  /** Empty for a catch-all. */
  catchTypes: TypeConstraintAst[];
  body: StatementBlockAst;
}

export interface TryStatementAst extends NodeBase {
  kind: 'TryStatement';
  body: StatementBlockAst;
  catchClauses: CatchClauseAst[];
  finallyClause: StatementBlockAst | undefined;
}

export interface TrapStatementAst extends NodeBase {
  kind: 'TrapStatement';
  trapType: TypeConstraintAst | undefined;
  body: StatementBlockAst;
}

export interface ThrowStatementAst extends NodeBase {
  kind: 'ThrowStatement';
  pipeline: PipelineBaseAst | undefined;
}

export interface ReturnStatementAst extends NodeBase {
  kind: 'ReturnStatement';
  pipeline: PipelineBaseAst | undefined;
}

export interface ExitStatementAst extends NodeBase {
  kind: 'ExitStatement';
  pipeline: PipelineBaseAst | undefined;
}

export interface BreakStatementAst extends NodeBase {
  kind: 'BreakStatement';
  /** A bareword label is a StringConstant; PowerShell also allows an expression. */
  label: ExpressionAst | undefined;
}

export interface ContinueStatementAst extends NodeBase {
  kind: 'ContinueStatement';
  label: ExpressionAst | undefined;
}

/**
 * `function Name { param(...) ... }`, `function Name($a, $b) { ... }`, `filter Name { ... }`.
 * Parameters from the parenthesized form are in `parameters`; `body.paramBlock` is then undefined.
 */
export interface FunctionDefinitionAst extends NodeBase {
  kind: 'FunctionDefinition';
  isFilter: boolean;
  name: string;
  parameters: ParameterAst[] | undefined;
  body: ScriptBlockAst;
  /** Source text of the body including its braces, for `$function:name` and Get-Command. */
  bodyText: string;
}

/**
 * `a && b || c` (PowerShell 7): run `right` only if `left` succeeded (&&) or failed (||).
 * Left-associative, so `left` may itself be a chain.
 */
export interface PipelineChainAst extends NodeBase {
  kind: 'PipelineChain';
  left: PipelineBaseAst | PipelineChainAst;
  operator: '&&' | '||';
  right: PipelineBaseAst;
}

/** A statement the parser could not make sense of; the diagnostics say why. */
export interface ErrorStatementAst extends NodeBase {
  kind: 'ErrorStatement';
  /** Whatever sub-trees could be salvaged, for tooling. */
  nested: AstNode[];
}

export type StatementAst =
  | PipelineAst
  | PipelineChainAst
  | AssignmentStatementAst
  | IfStatementAst
  | WhileStatementAst
  | DoWhileStatementAst
  | DoUntilStatementAst
  | ForStatementAst
  | ForEachStatementAst
  | SwitchStatementAst
  | TryStatementAst
  | TrapStatementAst
  | ThrowStatementAst
  | ReturnStatementAst
  | ExitStatementAst
  | BreakStatementAst
  | ContinueStatementAst
  | FunctionDefinitionAst
  | ErrorStatementAst;

// ---------------------------------------------------------------- expressions: see ast-expressions.ts

export * from './ast-expressions.js';

export type AstNode =
  | ScriptBlockAst
  | NamedBlockAst
  | ParamBlockAst
  | ParameterAst
  | TypeNameAst
  | AttributeAst
  | NamedAttributeArgumentAst
  | TypeConstraintAst
  | StatementBlockAst
  | CommandAst
  | CommandExpressionAst
  | CommandParameterAst
  | FileRedirectionAst
  | MergingRedirectionAst
  | IfClauseAst
  | SwitchClauseAst
  | CatchClauseAst
  | HashtableEntryAst
  | StatementAst
  | ExpressionAst;

export type AstKind = AstNode['kind'];
