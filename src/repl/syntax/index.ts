/**
 * The syntax layer's public API: parse a script to a typed AST plus PowerShell-style
 * diagnostics. Parsing never throws; broken input yields error nodes and diagnostics.
 */
import type { ScriptBlockAst } from './ast.js';
import { DiagnosticBag, type Diagnostic } from './diagnostics.js';
import { parseScriptBlockBody } from './parse-script.js';
import { ParserCore } from './parser-core.js';

export type * from './ast.js';
export { lineColumn } from './ast.js';
export type { Diagnostic } from './diagnostics.js';
export { Scanner } from './lexer.js';
export type { ScanMode, Token, TokenKind } from './tokens.js';

export function parseScript(text: string, fileName?: string): { ast: ScriptBlockAst; diagnostics: Diagnostic[] } {
  const diagnostics = new DiagnosticBag(text, fileName);
  const parser = new ParserCore(text, diagnostics);
  let ast: ScriptBlockAst;
  try {
    ast = parseScriptBlockBody(parser, 'EndOfInput', 0);
  } catch (error) {
    // Only a JS stack overflow can get here (nesting is bounded well below it); report it
    // as PowerShell does for scripts too complex to process rather than crash the caller.
    if (!(error instanceof RangeError)) throw error;
    diagnostics.report('ScriptTooComplicated', 0, 0, []);
    ast = {
      kind: 'ScriptBlock', pos: 0, end: text.length, paramBlock: undefined, beginBlock: undefined,
      processBlock: undefined, endBlock: undefined, dynamicParamBlock: undefined,
    };
  }
  ast.end = text.length;
  return { ast, diagnostics: diagnostics.items };
}

/**
 * True when every problem is input that stops too early (an open block, string, here-string,
 * comment or parenthesis, a trailing operator, `|` or line continuation): the REPL should
 * ask for another line instead of reporting errors.
 */
export function isIncompleteInput(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.length > 0 && diagnostics.every((d) => d.incompleteInput === true);
}
