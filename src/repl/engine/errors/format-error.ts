/**
 * Renders an ErrorRecord the way pwsh 7's ConciseView does. A one-line
 * command at the prompt gives `Get-Foo: message`; an error from a script
 * file (or from line 2+ of multi-line input) adds the position block:
 *
 *   Write-Error: /path/x.ps1:3
 *   Line |
 *      3 |  Write-Error 'x'
 *        |  ~~~~~~~~~~~~~~~
 *        | x
 */
import type { ErrorRecord } from './error-record.js';

export interface ErrorViewOptions {
  /** Console width for wrapping the message under the position block. */
  width: number;
}

export function formatErrorView(record: ErrorRecord, options: ErrorViewOptions): string {
  const reason = errorReason(record);
  const pos = record.position;
  const showDetail = pos !== undefined && pos.lineText !== '' && (pos.fileName !== undefined || pos.line > 1);
  if (!showDetail || !pos) return `${reason}: ${record.message}`;
  const lineNo = String(pos.line);
  const headerPad = ' '.repeat(Math.max(0, lineNo.length - 4));
  const linePad = ' '.repeat(Math.max(0, 4 - lineNo.length));
  const prefix = `${headerPad}     | `;
  const out: string[] = [];
  out.push(pos.fileName !== undefined ? `${reason}: ${pos.fileName}:${pos.line}` : `${reason}:`);
  out.push(`${headerPad}Line |`);
  out.push(`${linePad}${lineNo} |  ${pos.lineText.trimEnd()}`);
  const span = Math.max(1, Math.min(pos.length, pos.lineText.length - (pos.column - 1)));
  out.push(`${prefix} ${' '.repeat(Math.max(0, pos.column - 1))}${'~'.repeat(span)}`);
  const message = record.message.replace(/\r?\n|\t/g, ' ');
  out.push(...wrap(prefix, message, options.width));
  return out.join('\n');
}

/** pwsh names the command that failed, or "Exception" for `throw`, or the exception's short type. */
function errorReason(record: ErrorRecord): string {
  if (record.thrown) return 'Exception';
  if (record.position?.commandName) return record.position.commandName;
  const info = record.get('CategoryInfo') as { get(n: string): unknown } | undefined;
  const activity = info?.get('Activity');
  if (typeof activity === 'string' && activity) return activity;
  const category = info?.get('Category');
  if (typeof category === 'string' && category && category !== 'NotSpecified') return category;
  const reason = info?.get('Reason');
  return typeof reason === 'string' && reason ? reason : 'Error';
}

function wrap(prefix: string, message: string, width: number): string[] {
  if (width <= prefix.length + 10 || prefix.length + message.length <= width) return [prefix + message];
  const room = width - prefix.length;
  const lines: string[] = [];
  let rest = message;
  while (rest.length > room) {
    lines.push(prefix + rest.slice(0, room));
    rest = rest.slice(room).trimStart();
  }
  lines.push(prefix + rest);
  return lines;
}
