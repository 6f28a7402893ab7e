/**
 * The parser's cursor and bookkeeping, shared by the parse-* modules (one function per
 * production lives there). The cursor is an offset; tokens are scanned on demand in the mode
 * the production asks for, so re-scanning the same text in another mode is just a second peek.
 */
import type { ErrorExpressionAst, ErrorStatementAst, AstNode } from './ast.js';
import { DiagnosticBag, type DiagnosticCode, type Messages } from './diagnostics.js';
import { Scanner } from './lexer.js';
import type { ScanMode, Token, TokenKind } from './tokens.js';
import { KEYWORDS } from './tokens.js';

/** Tokens that close an enclosing construct; a nested list stops at one its parent awaits. */
export type CloserKind = 'RParen' | 'RCurly' | 'RBracket';

/** Deeper nesting than this is reported instead of risking the JS stack. */
const MAX_NESTING = 400;

export interface ParserMark {
  pos: number;
  diagnosticCount: number;
}

export class ParserCore {
  readonly scanner: Scanner;
  private cursor: number;
  /** The last token peeked in each mode; the parser often asks both modes at one offset. */
  private readonly cached: Record<ScanMode, { pos: number; token: Token } | undefined> = {
    command: undefined,
    expression: undefined,
  };
  private readonly openClosers: CloserKind[] = [];
  private nesting = 0;
  private tooDeepReported = false;
  /** Reports into the shared bag: same signature, so the code and its message arguments stay checked. */
  readonly report: DiagnosticBag['report'];

  constructor(
    readonly text: string,
    readonly diagnostics: DiagnosticBag,
    start = 0,
    readonly end = text.length,
  ) {
    this.scanner = new Scanner(text, diagnostics, start, end);
    this.report = diagnostics.report.bind(diagnostics);
    this.cursor = start;
  }

  /** Offset just after the last consumed token: where the next node would start its trivia. */
  get pos(): number {
    return this.cursor;
  }

  peek(mode: ScanMode): Token {
    const c = this.cached[mode];
    if (c && c.pos === this.cursor) return c.token;
    this.scanner.position = this.cursor;
    const token = this.scanner.scan(mode);
    this.cached[mode] = { pos: this.cursor, token };
    return token;
  }

  /** Consumes `token`, which must be the one just peeked. */
  consume(token: Token): Token {
    this.cursor = token.end;
    return token;
  }

  next(mode: ScanMode): Token {
    return this.consume(this.peek(mode));
  }

  eat(kind: TokenKind, mode: ScanMode): Token | undefined {
    const t = this.peek(mode);
    return t.kind === kind ? this.consume(t) : undefined;
  }

  /**
   * After an item of a comma-separated list: consumes a `,` ('next') or the list's `closer` ('closed');
   * otherwise consumes nothing and returns the token found there.
   */
  eatListSeparator(closer: TokenKind): 'next' | 'closed' | Token {
    const t = this.peek('expression');
    if (t.kind !== 'Comma' && t.kind !== closer) return t;
    this.consume(t);
    return t.kind === 'Comma' ? 'next' : 'closed';
  }

  /** Moves the cursor to `offset` (used after a sub-parser or a context-specific scan). */
  moveTo(offset: number): void {
    this.cursor = offset;
  }

  skipNewlines(): void {
    this.skipSeparators(false);
  }

  skipNewlinesAndSemicolons(): void {
    this.skipSeparators(true);
  }

  /** Works on characters, not tokens, so it never scans a long bareword just to skip it. */
  private skipSeparators(semicolons: boolean): void {
    const scanner = this.scanner;
    for (;;) {
      scanner.position = this.cursor;
      scanner.skipTrivia();
      const c = scanner.charAt(scanner.position);
      if (c === '\n' || c === '\r' || (semicolons && c === ';')) {
        this.cursor = scanner.position + (c === '\r' && scanner.charAt(scanner.position + 1) === '\n' ? 2 : 1);
      } else {
        return;
      }
    }
  }

  /** The raw character at `offset` (no trivia skipping), '' at the end. */
  charAt(offset: number): string {
    return this.scanner.charAt(offset);
  }

  /** Offset of the next token's first character, after trivia. */
  nextTokenStart(): number {
    this.scanner.position = this.cursor;
    this.scanner.skipTrivia();
    return this.scanner.position;
  }

  /** A Generic token spelling `keyword` (case-insensitive) where a statement may start. */
  isKeyword(token: Token, keyword?: string): boolean {
    if (token.kind !== 'Generic' || token.expandable) return false;
    const lower = token.text.toLowerCase();
    return keyword === undefined ? KEYWORDS.has(lower) : lower === keyword;
  }

  /** Reports at `token`; it counts as incomplete input when the token is the end of input. */
  reportAt<C extends DiagnosticCode>(code: C, token: Token, args: Parameters<(typeof Messages)[C]>): void {
    this.diagnostics.report(code, token.pos, token.end - token.pos, args, token.kind === 'EndOfInput');
  }

  mark(): ParserMark {
    return { pos: this.cursor, diagnosticCount: this.diagnostics.count };
  }

  reset(mark: ParserMark): void {
    this.cursor = mark.pos;
    this.diagnostics.truncate(mark.diagnosticCount);
    // cached tokens may carry diagnostics that were just dropped: scan them again
    this.cached.command = undefined;
    this.cached.expression = undefined;
  }

  /** Runs `fn` speculatively: keeps its effects only when it returns a value. */
  tryParse<T>(fn: () => T | undefined): T | undefined {
    const m = this.mark();
    const result = fn();
    if (result === undefined) this.reset(m);
    return result;
  }

  // ------------------------------------------------------------ closers and nesting

  withCloser<T>(closer: CloserKind, fn: () => T): T {
    this.openClosers.push(closer);
    try {
      return fn();
    } finally {
      this.openClosers.pop();
    }
  }

  /** Whether some enclosing construct waits for this closing token. */
  isAwaitedCloser(kind: TokenKind): boolean {
    return (this.openClosers as TokenKind[]).includes(kind);
  }

  /**
   * Guards recursion depth. Returns false (after one diagnostic) when the input nests too
   * deeply to parse; callers then produce an error node without recursing.
   */
  enter(): boolean {
    if (this.nesting >= MAX_NESTING) {
      if (!this.tooDeepReported) {
        this.tooDeepReported = true;
        this.report('ScriptTooComplicated', this.cursor, 0, []);
      }
      return false;
    }
    this.nesting++;
    return true;
  }

  leave(): void {
    this.nesting--;
  }

  /**
   * A parser for the region [start, end) of the same text (a `$( )` inside a string), sharing
   * the diagnostics and counting its nesting on top of this one's.
   */
  child(start: number, end: number): ParserCore {
    const sub = new ParserCore(this.text, this.diagnostics, start, end);
    sub.nesting = this.nesting;
    sub.tooDeepReported = this.tooDeepReported;
    return sub;
  }

  // ------------------------------------------------------------ error nodes

  errorExpression(pos: number, end = pos, nested: AstNode[] = []): ErrorExpressionAst {
    return { kind: 'ErrorExpression', pos, end, nested };
  }

  errorStatement(pos: number, end = pos, nested: AstNode[] = []): ErrorStatementAst {
    return { kind: 'ErrorStatement', pos, end, nested };
  }
}
