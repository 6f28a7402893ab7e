/**
 * Token kinds and lookup tables for the scanner. Keywords are not token kinds: PowerShell
 * recognizes them only where a statement may start, so the parser checks a Generic token's
 * text against KEYWORDS there (`Write-Output if` passes 'if' as an argument).
 */
import type { DashBinaryOperator, NumberType, RedirectionStream, VariableScope } from './ast.js';
import { CASE_SENSITIVE_CAPABLE_OPERATORS } from './ast.js';

/** Command (argument) mode vs expression mode, as PowerShell's TokenizerMode. */
export type ScanMode = 'command' | 'expression';

export type TokenKind =
  | 'EndOfInput'
  | 'NewLine'
  | 'Semicolon'
  | 'LParen' | 'RParen'
  | 'LCurly' | 'RCurly'
  | 'LBracket' | 'RBracket'
  /** `@(` */
  | 'AtParen'
  /** `@{` */
  | 'AtCurly'
  /** `$(` */
  | 'DollarParen'
  | 'Comma'
  | 'Dot'
  | 'DotDot'
  | 'ColonColon'
  | 'Pipe'
  /** `||` and `&&`: pipeline chains, not supported, reported by the parser. */
  | 'OrOr' | 'AndAnd'
  | 'Ampersand'
  | 'Equals' | 'PlusEquals' | 'MinusEquals' | 'StarEquals' | 'SlashEquals' | 'PercentEquals'
  | 'Plus' | 'Minus' | 'Star' | 'Slash' | 'Percent'
  | 'PlusPlus' | 'MinusMinus'
  | 'Exclaim'
  /** `?`, `:` (the ternary operator), `??` and `??=` (expression mode). */
  | 'QuestionMark' | 'Colon' | 'QuestionQuestion' | 'QuestionQuestionEquals'
  /** A dash operator in expression mode: `-eq`, `-not`, `-f`. See Token.operator. */
  | 'Operator'
  /** `-Name` or `-Name:` (command mode), or an unknown `-word` in expression mode. */
  | 'Parameter'
  | 'Variable'
  /** `@name` */
  | 'SplattedVariable'
  | 'Number'
  /** '...' */
  | 'StringLiteral'
  /** "..." */
  | 'StringExpandable'
  /** @'...'@ */
  | 'HereStringLiteral'
  /** @"..."@ */
  | 'HereStringExpandable'
  /** A command-mode bareword: `Get-Mailbox`, `./x.ps1`, `*.csv`, `admin@x.com:\Calendar`. */
  | 'Generic'
  /** An expression-mode name: member names, `in`, attribute argument names. */
  | 'Identifier'
  /** `>`, `>>`, `2>`, `2>&1`, `*>` */
  | 'Redirection'
  /** `<`, reserved in PowerShell. */
  | 'LessThan'
  /** A character that starts no token. */
  | 'Unknown';

export interface VariableInfo {
  name: string;
  scope: VariableScope | undefined;
  fullName: string;
  braced: boolean;
}

export interface NumberInfo {
  value: number;
  bigValue: bigint | undefined;
  numberType: NumberType;
}

export interface RedirectionInfo {
  fromStream: RedirectionStream;
  /** Set for merging redirections (`2>&1`). */
  toStream: RedirectionStream | undefined;
  append: boolean;
}

export interface Token {
  kind: TokenKind;
  pos: number;
  end: number;
  /** The source text of the token. */
  text: string;
  /** Whitespace, a comment or a line continuation came right before it. */
  precededBySpace: boolean;
  /** Variable and SplattedVariable tokens. */
  variable?: VariableInfo;
  /** Number tokens. */
  number?: NumberInfo;
  /** Operator tokens: the lower-case name without the dash ('eq', 'ceq', 'not', 'bnot', 'f'). */
  operator?: string;
  /** Parameter tokens: the name without dash or colon. */
  parameterName?: string;
  /** Parameter tokens written `-Name:`. */
  parameterColon?: boolean;
  /**
   * StringLiteral / HereStringLiteral: the decoded value. Generic: the value with backtick
   * escapes removed. Identifier: the name.
   */
  value?: string;
  /** Expandable strings and expandable Generic tokens: offsets of the raw content. */
  contentPos?: number;
  contentEnd?: number;
  /**
   * A Generic token that must be built from parts like a double-quoted string: it contains
   * a `$` expansion or quoted parts (`a'b'`, `a"$b"`).
   */
  expandable?: boolean;
  redirection?: RedirectionInfo;
}

export const KEYWORDS: ReadonlySet<string> = new Set([
  'begin', 'break', 'catch', 'class', 'continue', 'data', 'define', 'do', 'dynamicparam', 'else', 'elseif',
  'end', 'enum', 'exit', 'filter', 'finally', 'for', 'foreach', 'from', 'function', 'if', 'in', 'param',
  'process', 'return', 'switch', 'throw', 'trap', 'try', 'until', 'using', 'var', 'while', 'workflow',
]);

const caseVariants = CASE_SENSITIVE_CAPABLE_OPERATORS.flatMap((op) => [op, `c${op}`, `i${op}`]);

/** Every dash operator usable between two operands. */
export const BINARY_DASH_OPERATORS: ReadonlySet<string> = new Set<DashBinaryOperator | string>([
  ...caseVariants,
  'join', 'is', 'isnot', 'as', 'f', 'and', 'or', 'xor', 'band', 'bor', 'bxor', 'shl', 'shr',
]);

/** Dash operators usable before a single operand. */
export const UNARY_DASH_OPERATORS: ReadonlySet<string> = new Set(['not', 'bnot', 'split', 'isplit', 'csplit', 'join']);

export function isDashOperator(name: string): boolean {
  return BINARY_DASH_OPERATORS.has(name) || UNARY_DASH_OPERATORS.has(name);
}

export const SCOPE_QUALIFIERS: ReadonlySet<string> = new Set<VariableScope>([
  'global', 'script', 'local', 'private', 'env', 'variable', 'using',
]);

export const STREAM_BY_DIGIT: Readonly<Record<string, RedirectionStream>> = {
  '*': 'all', '1': 'output', '2': 'error', '3': 'warning', '4': 'verbose', '5': 'debug', '6': 'information',
};
