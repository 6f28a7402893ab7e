/**
 * A stateful scanner over one source text, driven by the parser: the parser asks for the next
 * token in command (argument) mode or expression mode, because the same characters mean
 * different things in each (`-Identity` is a parameter, `-eq` an operator; `*.csv` a bareword,
 * `*` a multiplication). Position is the only state, so save/restore is just a number and
 * `lookAhead` / re-scanning in another mode are cheap.
 */
import type { RedirectionStream, VariableScope } from './ast.js';
import {
  BACKTICK_ESCAPES, isBlank, isDash, isDigit, isDoubleQuote, isGenericTerminator, isIdentifierChar, isIdentifierStart, isLetter, isNewlineChar, isSingleQuote, isVariableChar,
} from './chars.js';
import type { DiagnosticBag } from './diagnostics.js';
import { isBigIntegerLiteral, numberLiteralEnd, parseNumberLiteral } from './numbers.js';
import { scanDoubleQuoted, scanHereString, scanSingleQuoted } from './string-literals.js';
import {
  SCOPE_QUALIFIERS, STREAM_BY_DIGIT, isDashOperator,
  type ScanMode, type Token, type TokenKind, type VariableInfo,
} from './tokens.js';

export class Scanner {
  private pos: number;

  constructor(
    readonly text: string,
    private readonly diagnostics: DiagnosticBag,
    start = 0,
    /** Exclusive end of the region to scan (a `$( )` inside a string scans a slice). */
    readonly end = text.length,
  ) {
    this.pos = start;
  }

  get position(): number {
    return this.pos;
  }

  set position(value: number) {
    this.pos = value;
  }

  /** The character at `offset`, or '' outside the scanned region. */
  charAt(offset: number): string {
    return offset >= 0 && offset < this.end ? this.text[offset]! : '';
  }

  /** Runs `fn` and restores the position whatever it returns. */
  lookAhead<T>(fn: () => T): T {
    const saved = this.pos;
    try {
      return fn();
    } finally {
      this.pos = saved;
    }
  }

  /** Runs `fn` and restores the position only when it returns a falsy value. */
  tryScan<T>(fn: () => T): T {
    const saved = this.pos;
    const result = fn();
    if (!result) this.pos = saved;
    return result;
  }

  /**
   * Skips blanks, comments and line continuations. Returns whether anything was skipped.
   * Newlines are tokens, not trivia.
   */
  skipTrivia(): boolean {
    const start = this.pos;
    for (;;) {
      const c = this.charAt(this.pos);
      if (c === '') break;
      if (isBlank(c)) {
        this.pos++;
      } else if (c === '`' && (isNewlineChar(this.charAt(this.pos + 1)) || this.pos + 1 >= this.end)) {
        const at = this.pos;
        this.pos += this.charAt(at + 1) === '\r' && this.charAt(at + 2) === '\n' ? 3 : Math.min(2, this.end - at);
        // a continuation with nothing after it: the REPL should ask for the next line
        if (this.pos >= this.end) this.diagnostics.report('IncompleteLineContinuation', at, 1, [], true);
      } else if (c === '#') {
        while (this.pos < this.end && !isNewlineChar(this.charAt(this.pos))) this.pos++;
      } else if (c === '<' && this.charAt(this.pos + 1) === '#') {
        this.skipBlockComment();
      } else {
        break;
      }
    }
    return this.pos > start;
  }

  private skipBlockComment(): void {
    const start = this.pos;
    const close = this.text.indexOf('#>', start + 2);
    if (close < 0 || close + 2 > this.end) {
      this.diagnostics.report('MissingTerminatorMultiLineComment', start, this.end - start, [], true);
      this.pos = this.end;
    } else {
      this.pos = close + 2;
    }
  }

  /** Scans the next token in the given mode. */
  scan(mode: ScanMode): Token {
    const precededBySpace = this.skipTrivia();
    const start = this.pos;
    const c = this.charAt(start);
    const next = this.charAt(start + 1);
    const make = (kind: TokenKind, end: number, extra?: Partial<Token>): Token => {
      this.pos = end;
      return { kind, pos: start, end, text: this.text.slice(start, end), precededBySpace, ...extra };
    };

    if (c === '') return make('EndOfInput', start);
    switch (c) {
      case '\r':
        return make('NewLine', next === '\n' ? start + 2 : start + 1);
      case '\n':
        return make('NewLine', start + 1);
      case ';':
        return make('Semicolon', start + 1);
      case '(':
        return make('LParen', start + 1);
      case ')':
        return make('RParen', start + 1);
      case '{':
        return make('LCurly', start + 1);
      case '}':
        return make('RCurly', start + 1);
      case ',':
        return make('Comma', start + 1);
      case '|':
        return make(next === '|' ? 'OrOr' : 'Pipe', next === '|' ? start + 2 : start + 1);
      case '&':
        return make(next === '&' ? 'AndAnd' : 'Ampersand', next === '&' ? start + 2 : start + 1);
      case '$':
        return this.scanDollar(mode, precededBySpace);
      case '@':
        return this.scanAt(mode, precededBySpace);
      case '<':
        return make('LessThan', start + 1);
    }
    if (isSingleQuote(c)) return this.scanSingleQuoted(precededBySpace);
    if (isDoubleQuote(c)) return this.scanDoubleQuoted(precededBySpace);

    const redirection = this.scanRedirection(precededBySpace);
    if (redirection) return redirection;

    return mode === 'command' ? this.scanCommandToken(precededBySpace) : this.scanExpressionToken(precededBySpace);
  }

  private token(kind: TokenKind, start: number, end: number, precededBySpace: boolean, extra?: Partial<Token>): Token {
    this.pos = end;
    return { kind, pos: start, end, text: this.text.slice(start, end), precededBySpace, ...extra };
  }

  // ------------------------------------------------------------ expression mode

  private scanExpressionToken(space: boolean): Token {
    const start = this.pos;
    const c = this.charAt(start);
    const next = this.charAt(start + 1);
    if (isDigit(c) || (c === '.' && isDigit(next))) {
      return this.scanNumber(start, 'expression', space) ?? this.scanUnknown(start, space);
    }
    if (isDash(c)) {
      if (isLetter(next)) {
        let end = start + 1;
        while (isIdentifierChar(this.charAt(end))) end++;
        const name = this.text.slice(start + 1, end).toLowerCase();
        if (isDashOperator(name)) return this.token('Operator', start, end, space, { operator: name });
        return this.token('Parameter', start, end, space, { parameterName: this.text.slice(start + 1, end) });
      }
      if (isDash(next)) return this.token('MinusMinus', start, start + 2, space);
      if (next === '=') return this.token('MinusEquals', start, start + 2, space);
      return this.token('Minus', start, start + 1, space);
    }
    switch (c) {
      case '[':
        return this.token('LBracket', start, start + 1, space);
      case ']':
        return this.token('RBracket', start, start + 1, space);
      case '.':
        return next === '.' ? this.token('DotDot', start, start + 2, space) : this.token('Dot', start, start + 1, space);
      case ':':
        if (next === ':') return this.token('ColonColon', start, start + 2, space);
        return this.token('Colon', start, start + 1, space);
      case '=':
        return this.token('Equals', start, start + 1, space);
      case '!':
        return this.token('Exclaim', start, start + 1, space);
      case '?':
        if (next !== '?') return this.token('QuestionMark', start, start + 1, space);
        if (this.charAt(start + 2) === '=') return this.token('QuestionQuestionEquals', start, start + 3, space);
        return this.token('QuestionQuestion', start, start + 2, space);
      case '+':
        if (next === '+') return this.token('PlusPlus', start, start + 2, space);
        if (next === '=') return this.token('PlusEquals', start, start + 2, space);
        return this.token('Plus', start, start + 1, space);
      case '*':
        return next === '=' ? this.token('StarEquals', start, start + 2, space) : this.token('Star', start, start + 1, space);
      case '/':
        return next === '=' ? this.token('SlashEquals', start, start + 2, space) : this.token('Slash', start, start + 1, space);
      case '%':
        return next === '=' ? this.token('PercentEquals', start, start + 2, space) : this.token('Percent', start, start + 1, space);
    }
    if (isIdentifierStart(c)) {
      let end = start + 1;
      while (isIdentifierChar(this.charAt(end))) end++;
      return this.token('Identifier', start, end, space, { value: this.text.slice(start, end) });
    }
    return this.scanUnknown(start, space);
  }

  private scanUnknown(start: number, space: boolean): Token {
    const cp = this.text.codePointAt(start) ?? 0;
    return this.token('Unknown', start, start + (cp > 0xffff ? 2 : 1), space);
  }

  // ------------------------------------------------------------ command mode

  private scanCommandToken(space: boolean): Token {
    const start = this.pos;
    const c = this.charAt(start);
    const next = this.charAt(start + 1);
    if (isDash(c)) {
      if (isLetter(next) || next === '_' || next === '?') return this.scanParameter(start, space);
      if (isDigit(next) || (next === '.' && isDigit(this.charAt(start + 2)))) {
        const number = this.scanNumber(start, 'command', space);
        if (number) return number;
      }
    } else if (isDigit(c) || (c === '.' && isDigit(next))) {
      const number = this.scanNumber(start, 'command', space);
      if (number) return number;
    } else if (c === '.' && (next === '' || isBlank(next) || isNewlineChar(next) || '$\'"({&'.includes(next))) {
      // `. ./lib.ps1`, `. $script`: the dot-source operator
      return this.token('Dot', start, start + 1, space);
    }
    return this.scanGeneric(start, space);
  }

  private scanParameter(start: number, space: boolean): Token {
    let end = start + 1;
    for (;;) {
      const ch = this.charAt(end);
      if (isGenericTerminator(ch) || ch === ':' || ch === '$' || ch === '.' || ch === '[') break;
      if (ch === '`') break;
      end++;
    }
    const name = this.text.slice(start + 1, end);
    if (this.charAt(end) === ':' && this.charAt(end + 1) !== ':') {
      return this.token('Parameter', start, end + 1, space, { parameterName: name, parameterColon: true });
    }
    return this.token('Parameter', start, end, space, { parameterName: name, parameterColon: false });
  }

  /**
   * A command-mode bareword, up to the next terminator. Backtick escapes are decoded into
   * `value`; a `$` that starts a variable or `$( )`, or a quoted part, makes the token
   * expandable (its value is then built from parts by the parser).
   */
  private scanGeneric(start: number, space: boolean): Token {
    let end = start;
    let expandable = false;
    let escaped = false;
    for (;;) {
      const ch = this.charAt(end);
      // `a'$a'` and `a"$a"` are one argument: quoted parts join the bareword
      if (end > start && isSingleQuote(ch)) {
        expandable = true;
        end = scanSingleQuoted(this, end, this.diagnostics).end;
        continue;
      }
      if (end > start && isDoubleQuote(ch)) {
        expandable = true;
        end = scanDoubleQuoted(this, end, this.diagnostics, (from) => this.findSubExpressionEnd(from)).end;
        continue;
      }
      if (isGenericTerminator(ch)) break;
      if (ch === '`') {
        const next = this.charAt(end + 1);
        if (next === '' || isNewlineChar(next)) break;
        escaped = true;
        end += 2;
        continue;
      }
      if (ch === '$') {
        const after = this.charAt(end + 1);
        if (after === '(') {
          expandable = true;
          end = this.findSubExpressionEnd(end + 2);
          continue;
        }
        if (after === '{' || isVariableChar(after) || after === '?' || after === '$' || after === '^') {
          expandable = true;
        }
      }
      end++;
    }
    if (end === start) return this.scanUnknown(start, space);
    const raw = this.text.slice(start, end);
    const value = escaped ? raw.replace(/`(.)/gs, (_, c: string) => BACKTICK_ESCAPES[c] ?? c) : raw;
    return this.token('Generic', start, end, space, {
      value,
      expandable,
      contentPos: start,
      contentEnd: end,
    });
  }

  // ------------------------------------------------------------ variables and @ forms

  private scanDollar(mode: ScanMode, space: boolean): Token {
    const start = this.pos;
    const next = this.charAt(start + 1);
    if (next === '(') return this.token('DollarParen', start, start + 2, space);
    const variable = this.readVariable(start);
    if (!variable) {
      return mode === 'command' ? this.scanGeneric(start, space) : this.token('Unknown', start, start + 1, space);
    }
    // In argument mode `$dir/file` is one bareword that expands `$dir`; member access,
    // indexing and `::` stay expressions.
    if (mode === 'command') {
      const after = this.charAt(variable.end);
      if (!isGenericTerminator(after) && after !== '.' && after !== '[' && after !== ':') {
        return this.scanGeneric(start, space);
      }
    }
    return this.token('Variable', start, variable.end, space, { variable: variable.info });
  }

  /**
   * Reads `$name`, `$scope:name`, `${any name}`, `$_`, `$?`, `$$`, `$^` starting at the `$`
   * (or `@` for splatting). Returns undefined when no variable name follows.
   */
  readVariable(start: number): { info: VariableInfo; end: number } | undefined {
    const first = this.charAt(start + 1);
    if (first === '{') return this.readBracedVariable(start);
    if (first === '?' || first === '$' || first === '^') {
      return { info: makeVariable(first, false), end: start + 2 };
    }
    if (!isVariableChar(first)) return undefined;
    let end = start + 1;
    while (isVariableChar(this.charAt(end))) end++;
    // `$scope:name` / `$env:PATH`; `$a::b` is not a qualifier.
    if (this.charAt(end) === ':' && this.charAt(end + 1) !== ':' && isVariableChar(this.charAt(end + 1))) {
      end++;
      while (isVariableChar(this.charAt(end))) end++;
    }
    return { info: makeVariable(this.text.slice(start + 1, end), false), end };
  }

  private readBracedVariable(start: number): { info: VariableInfo; end: number } {
    let end = start + 2;
    let name = '';
    for (;;) {
      const ch = this.charAt(end);
      if (ch === '') {
        this.diagnostics.report('IncompleteDollarVariableReference', start, end - start, [], true);
        return { info: makeVariable(name, true), end };
      }
      if (ch === '}') break;
      if (ch === '`' && this.charAt(end + 1) !== '') {
        name += this.charAt(end + 1);
        end += 2;
        continue;
      }
      name += ch;
      end++;
    }
    if (name === '') this.diagnostics.report('EmptyVariableReference', start, end + 1 - start, []);
    return { info: makeVariable(name, true), end: end + 1 };
  }

  private scanAt(mode: ScanMode, space: boolean): Token {
    const start = this.pos;
    const next = this.charAt(start + 1);
    if (next === '(') return this.token('AtParen', start, start + 2, space);
    if (next === '{') return this.token('AtCurly', start, start + 2, space);
    if (isDoubleQuote(next) || isSingleQuote(next)) return this.scanHereString(start, isDoubleQuote(next), space);
    const variable = this.readVariable(start);
    if (variable && !variable.info.braced) {
      return this.token('SplattedVariable', start, variable.end, space, { variable: variable.info });
    }
    return mode === 'command' ? this.scanGeneric(start, space) : this.scanUnknown(start, space);
  }

  // ------------------------------------------------------------ strings

  private scanSingleQuoted(space: boolean): Token {
    const start = this.pos;
    const s = scanSingleQuoted(this, start, this.diagnostics);
    return this.token('StringLiteral', start, s.end, space, { value: s.value });
  }

  private scanDoubleQuoted(space: boolean): Token {
    const start = this.pos;
    const s = scanDoubleQuoted(this, start, this.diagnostics, (from) => this.findSubExpressionEnd(from));
    return this.token('StringExpandable', start, s.end, space, { contentPos: s.contentPos, contentEnd: s.contentEnd });
  }

  private scanHereString(start: number, expandable: boolean, space: boolean): Token {
    const s = scanHereString(this, start, expandable, this.diagnostics);
    return this.token(expandable ? 'HereStringExpandable' : 'HereStringLiteral', start, s.end, space, {
      contentPos: s.contentPos,
      contentEnd: s.contentEnd,
      value: this.text.slice(s.contentPos, s.contentEnd),
    });
  }

  /**
   * Given the offset just after `$(`, returns the offset just after its matching `)`, or the
   * end of the region. Nested strings, comments and parentheses are skipped as tokens.
   */
  findSubExpressionEnd(from: number): number {
    const saved = this.pos;
    this.pos = from;
    let depth = 1;
    try {
      for (;;) {
        const t = this.scan('command');
        if (t.kind === 'EndOfInput') return this.pos;
        if (t.kind === 'LParen' || t.kind === 'AtParen' || t.kind === 'DollarParen') depth++;
        else if (t.kind === 'RParen' && --depth === 0) return t.end;
      }
    } finally {
      this.pos = saved;
    }
  }

  // ------------------------------------------------------------ numbers and redirections

  private scanNumber(start: number, mode: ScanMode, space: boolean): Token | undefined {
    let tokenEnd = numberLiteralEnd(this, start);
    const after = this.charAt(tokenEnd);
    if (mode === 'command') {
      if (!isGenericTerminator(after)) return undefined;
    } else if (isIdentifierChar(after)) {
      // `1abc`: PowerShell reports the whole word as a bad number.
      while (isIdentifierChar(this.charAt(tokenEnd))) tokenEnd++;
      this.diagnostics.report('BadNumericConstant', start, tokenEnd - start, [this.text.slice(start, tokenEnd)]);
      return this.token('Number', start, tokenEnd, space, {
        number: { value: Number.NaN, bigValue: undefined, numberType: 'int' },
      });
    }
    const text = this.text.slice(start, tokenEnd);
    const number = parseNumberLiteral(text);
    if (!number) {
      // A malformed number in a command is a bareword; a BigInteger one is still a number pwsh accepts.
      if (mode === 'command' && !isBigIntegerLiteral(text)) return undefined;
      const code = isBigIntegerLiteral(text) ? 'BigIntegerLiteralNotSupported' : 'BadNumericConstant';
      this.diagnostics.report(code, start, tokenEnd - start, [text]);
      return this.token('Number', start, tokenEnd, space, {
        number: { value: Number.NaN, bigValue: undefined, numberType: 'int' },
      });
    }
    return this.token('Number', start, tokenEnd, space, { number });
  }

  /** `>`, `>>`, `2>`, `2>>`, `2>&1`, `*>`, `*>&1`, `3>$null` ... at the current position. */
  private scanRedirection(space: boolean): Token | undefined {
    const start = this.pos;
    const c = this.charAt(start);
    let p = start;
    let fromStream: RedirectionStream = 'output';
    if (c !== '>') {
      const stream = STREAM_BY_DIGIT[c];
      if (!stream || this.charAt(start + 1) !== '>') return undefined;
      fromStream = stream;
      p++;
    }
    p++; // the '>'
    if (this.charAt(p) === '>') {
      return this.token('Redirection', start, p + 1, space, { redirection: { fromStream, toStream: undefined, append: true } });
    }
    if (this.charAt(p) === '&') {
      const target = STREAM_BY_DIGIT[this.charAt(p + 1)];
      if (target && target !== 'all') {
        return this.token('Redirection', start, p + 2, space, { redirection: { fromStream, toStream: target, append: false } });
      }
    }
    return this.token('Redirection', start, p, space, { redirection: { fromStream, toStream: undefined, append: false } });
  }

  // ------------------------------------------------------------ context-specific scans

  /**
   * After `[`: a type name such as `System.Collections.Generic.List` or `Parameter`
   * (generic arguments and array ranks are separate `[`/`]` tokens for the parser).
   */
  scanTypeName(): Token | undefined {
    const space = this.skipTrivia();
    const start = this.pos;
    let end = start;
    for (;;) {
      const ch = this.charAt(end);
      if (isIdentifierChar(ch) || ch === '.' || ch === '+' || ch === '`' || ch === '\\') {
        end += ch === '`' && this.charAt(end + 1) !== '' ? 2 : 1;
        continue;
      }
      break;
    }
    if (end === start) return undefined;
    return this.token('Identifier', start, end, space, { value: this.text.slice(start, end) });
  }

  /**
   * After `.` or `::`: a member name is an identifier (keywords included); anything else,
   * such as the number in `$hash.1`, is scanned as an expression token.
   */
  scanMemberName(): Token {
    const start = this.pos;
    if (isIdentifierStart(this.charAt(start))) {
      let end = start + 1;
      while (isIdentifierChar(this.charAt(end))) end++;
      return this.token('Identifier', start, end, false, { value: this.text.slice(start, end) });
    }
    return this.scan('expression');
  }

  /** A hashtable key: a bareword like `Name` or `Content-Type` (stopping at `=`), or an expression token. */
  scanHashKey(): Token {
    const space = this.skipTrivia();
    const start = this.pos;
    if (isIdentifierStart(this.charAt(start))) {
      let end = start + 1;
      for (;;) {
        const ch = this.charAt(end);
        if (isIdentifierChar(ch) || isDash(ch) || ch === '.') end++;
        else break;
      }
      return this.token('Generic', start, end, space, { value: this.text.slice(start, end), expandable: false });
    }
    return this.scan('expression');
  }
}

function makeVariable(fullName: string, braced: boolean): VariableInfo {
  const colon = fullName.indexOf(':');
  if (colon > 0) {
    const qualifier = fullName.slice(0, colon).toLowerCase();
    if (SCOPE_QUALIFIERS.has(qualifier)) {
      return { name: fullName.slice(colon + 1), scope: qualifier as VariableScope, fullName, braced };
    }
  }
  return { name: fullName, scope: undefined, fullName, braced };
}
