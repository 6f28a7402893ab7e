/** Invoke-Expression: parses and runs a string in the caller's scope, streaming its output. */
import type { CmdletDefinition } from '../../cmdlets/types.js';
import { parseScript } from '../../syntax/index.js';
import { Source } from '../runtime.js';
import { execStatements } from '../eval/statements.js';
import { formatParseDiagnostics } from '../parse-errors.js';
import { toPSString } from '../value-ops.js';
import { frameOf } from './engine-access.js';

export const invokeExpression: CmdletDefinition = {
  name: 'Invoke-Expression',
  aliases: ['iex'],
  synopsis: 'Runs commands or expressions on the local computer.',
  module: 'Microsoft.PowerShell.Utility',
  parameters: [{ name: 'Command', type: 'string', mandatory: true, position: 0, valueFromPipeline: true, description: 'The text to run.' }],
  create(ctx) {
    return {
      process: (params) => runText(ctx, toPSString(params['Command'])),
    };
  },
};

export async function* runText(ctx: Parameters<CmdletDefinition['create']>[0], text: string): AsyncGenerator<unknown, void, undefined> {
  const frame = frameOf(ctx);
  const source = new Source(text);
  const { ast, diagnostics } = parseScript(text);
  if (diagnostics.length) {
    ctx.fail(formatParseDiagnostics(diagnostics, source), { category: 'ParserError', errorId: 'ParseException,Microsoft.PowerShell.Commands.InvokeExpressionCommand', exceptionType: 'System.Management.Automation.ParseException' });
  }
  yield* execStatements(ast.endBlock?.statements ?? [], { ...frame, source });
}
