/**
 * Parse diagnostics rendered the way pwsh 7 shows a ParserError:
 *
 *   ParserError: /path/x.ps1:1:8
 *   Line |
 *      1 |  if ($x { }
 *        |         ~
 *        | Missing closing ')' after expression in 'if' statement.
 */
import type { Diagnostic } from '../syntax/diagnostics.js';
import type { Source } from './runtime.js';

export function formatParseDiagnostics(diagnostics: readonly Diagnostic[], source: Source): string {
  return diagnostics.map((d) => formatOne(d, source)).join('\n');
}

function formatOne(d: Diagnostic, source: Source): string {
  const at = source.locate(d.offset);
  const lineNo = String(at.line);
  const headerPad = ' '.repeat(Math.max(0, lineNo.length - 4));
  const linePad = ' '.repeat(Math.max(0, 4 - lineNo.length));
  const file = d.fileName ?? source.fileName;
  const where = file !== undefined ? `${file}:${at.line}:${at.column}` : '';
  const room = Math.max(1, at.lineText.length - (at.column - 1));
  const marker = '~'.repeat(Math.max(1, Math.min(d.length, room)));
  return [
    `ParserError: ${where}`.trimEnd(),
    `${headerPad}Line |`,
    `${linePad}${lineNo} |  ${at.lineText.trimEnd()}`,
    `${headerPad}     |  ${' '.repeat(at.column - 1)}${marker}`,
    ...d.message.split('\n').map((m) => `${headerPad}     | ${m}`),
  ].join('\n');
}
