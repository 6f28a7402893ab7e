/**
 * Expression nodes of the syntax tree (see ast.ts for the conventions shared by all nodes).
 */
import type {
  AstNode, BinaryOperator, NodeBase, PipelineBaseAst, ScriptBlockAst, StatementBlockAst, StatementAst, TypeNameAst,
  UnaryOperator,
} from './ast.js';

export interface BinaryExpressionAst extends NodeBase {
  kind: 'BinaryExpression';
  operator: BinaryOperator;
  left: ExpressionAst;
  right: ExpressionAst;
}

export interface UnaryExpressionAst extends NodeBase {
  kind: 'UnaryExpression';
  operator: UnaryOperator;
  operand: ExpressionAst;
  /** true for `$i++` / `$i--`. */
  postfix: boolean;
}

/** `$cond ? 'yes' : 'no'` (PowerShell 7); binds looser than every binary operator, `??` included. */
export interface TernaryExpressionAst extends NodeBase {
  kind: 'TernaryExpression';
  condition: ExpressionAst;
  ifTrue: ExpressionAst;
  ifFalse: ExpressionAst;
}

/** `1..5` */
export interface RangeExpressionAst extends NodeBase {
  kind: 'RangeExpression';
  lower: ExpressionAst;
  upper: ExpressionAst;
}

/** `1, 2, 3` */
export interface ArrayLiteralAst extends NodeBase {
  kind: 'ArrayLiteral';
  elements: ExpressionAst[];
}

/** `@( ... )` */
export interface ArrayExpressionAst extends NodeBase {
  kind: 'ArrayExpression';
  body: StatementBlockAst;
}

/** `$( ... )`, also inside expandable strings. */
export interface SubExpressionAst extends NodeBase {
  kind: 'SubExpression';
  body: StatementBlockAst;
}

/** `( pipeline )` */
export interface ParenExpressionAst extends NodeBase {
  kind: 'ParenExpression';
  pipeline: PipelineBaseAst;
}

export interface HashtableEntryAst extends NodeBase {
  kind: 'HashtableEntry';
  /** A bareword key is a StringConstant with stringKind 'bareword'. */
  key: ExpressionAst;
  /** PowerShell allows a statement as value: `@{ a = Get-Date; b = if ($x) {1} }`. */
  value: StatementAst;
}

/** `@{ ... }`; `[ordered]@{ ... }` is parsed to this node with `ordered: true` (no cast node). */
export interface HashtableLiteralAst extends NodeBase {
  kind: 'HashtableLiteral';
  entries: HashtableEntryAst[];
  ordered: boolean;
}

/** `[int]'5'`, `[pscustomobject]@{...}`, and `[int]$x` on the left of an assignment. */
export interface ConvertExpressionAst extends NodeBase {
  kind: 'ConvertExpression';
  typeName: TypeNameAst;
  child: ExpressionAst;
}

/** `[math]` on its own, typically before `::`. */
export interface TypeExpressionAst extends NodeBase {
  kind: 'TypeExpression';
  typeName: TypeNameAst;
}

/** `$a.Name`, `$a.$prop`, `[math]::PI`. `member` is a bareword StringConstant or an expression. */
export interface MemberExpressionAst extends NodeBase {
  kind: 'MemberExpression';
  target: ExpressionAst;
  member: ExpressionAst;
  static: boolean;
}

/** `$s.ToUpper()`, `[math]::Round($x, 2)` */
export interface InvokeMemberExpressionAst extends NodeBase {
  kind: 'InvokeMemberExpression';
  target: ExpressionAst;
  member: ExpressionAst;
  static: boolean;
  arguments: ExpressionAst[];
}

/** `$a[0]`, `$a[-1]`, `$a[1..3]`, `$a[0, 2]`, `$h['key']` */
export interface IndexExpressionAst extends NodeBase {
  kind: 'IndexExpression';
  target: ExpressionAst;
  index: ExpressionAst;
}

export type VariableScope = 'global' | 'script' | 'local' | 'private' | 'env' | 'variable' | 'using';

/**
 * `$name`, `$script:name`, `$env:PATH`, `${a b}`, `@params` (splatted), `$_`, `$?`.
 * `name` excludes the scope qualifier; `fullName` is what was written between `$` and the end
 * (without braces).
 */
export interface VariableExpressionAst extends NodeBase {
  kind: 'VariableExpression';
  name: string;
  scope: VariableScope | undefined;
  fullName: string;
  braced: boolean;
  splatted: boolean;
}

/** A literal's .NET type: suffixes (`100uy`, `5s`, `0xFFu`) reach every integral type. */
export type NumberType = 'sbyte' | 'byte' | 'short' | 'ushort' | 'int' | 'uint' | 'long' | 'ulong' | 'double' | 'decimal';

/** A number literal. `$true`/`$false`/`$null` are VariableExpressions, as in PowerShell. */
export interface ConstantExpressionAst extends NodeBase {
  kind: 'ConstantExpression';
  value: number;
  /** Exact value for 'long' and 'ulong' literals (beyond 2^53 the JS number rounds). */
  bigValue: bigint | undefined;
  numberType: NumberType;
  /** The literal as written, e.g. '0x1F', '10MB', '1.5d'. */
  text: string;
}

export type StringKind =
  | 'bareword'
  | 'singleQuoted'
  | 'doubleQuoted'
  | 'singleQuotedHereString'
  | 'doubleQuotedHereString';

/** A string with nothing to expand: its `value` is final (escapes decoded). */
export interface StringConstantExpressionAst extends NodeBase {
  kind: 'StringConstantExpression';
  value: string;
  stringKind: StringKind;
}

/** A part of an expandable string: literal text, a variable, or `$( ... )`. */
export type ExpandablePartAst = StringConstantExpressionAst | VariableExpressionAst | SubExpressionAst;

/**
 * `"Hello $name, you have $($n + 1) items"` or a command-mode bareword like `foo$bar`.
 * Concatenating the parts' string values gives the result.
 */
export interface ExpandableStringExpressionAst extends NodeBase {
  kind: 'ExpandableStringExpression';
  parts: ExpandablePartAst[];
  stringKind: StringKind;
}

/** `{ ... }` as a value. `text` is the source including braces (ScriptBlock.ToString() drops them). */
export interface ScriptBlockExpressionAst extends NodeBase {
  kind: 'ScriptBlockExpression';
  scriptBlock: ScriptBlockAst;
  text: string;
}

/** A missing or unparseable expression (possibly zero-width); the diagnostics say why. */
export interface ErrorExpressionAst extends NodeBase {
  kind: 'ErrorExpression';
  nested: AstNode[];
}

export type ExpressionAst =
  | BinaryExpressionAst
  | TernaryExpressionAst
  | UnaryExpressionAst
  | RangeExpressionAst
  | ArrayLiteralAst
  | ArrayExpressionAst
  | SubExpressionAst
  | ParenExpressionAst
  | HashtableLiteralAst
  | ConvertExpressionAst
  | TypeExpressionAst
  | MemberExpressionAst
  | InvokeMemberExpressionAst
  | IndexExpressionAst
  | VariableExpressionAst
  | ConstantExpressionAst
  | StringConstantExpressionAst
  | ExpandableStringExpressionAst
  | ScriptBlockExpressionAst
  | ErrorExpressionAst;

