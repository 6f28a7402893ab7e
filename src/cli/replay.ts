/**
 * Splits a saved session script into the commands to replay one at a time: each
 * top-level statement with its exact source text (from the parser's positions), so a
 * multi-line function or pipeline stays one command and comments between commands drop out.
 */
import { parseScript, type Diagnostic } from '../repl/syntax/index.js';
import { formatParseDiagnostics } from '../repl/engine/parse-errors.js';
import { Source } from '../repl/engine/runtime.js';

export interface ReplayScript {
  commands: string[];
  /** Parse errors, formatted as pwsh shows them; when present nothing should be replayed. */
  diagnostics: string[];
}

export function splitReplayScript(text: string, fileName?: string): ReplayScript {
  const { ast, diagnostics } = parseScript(text, fileName);
  if (diagnostics.length) return { commands: [], diagnostics: formatAll(diagnostics, text, fileName) };
  const problems: string[] = [];
  const where = fileName ?? 'the replay script';
  if (ast.paramBlock) problems.push(`${where} has a param() block; a replay script runs its commands as typed, without parameters.`);
  if (ast.beginBlock || ast.processBlock || ast.dynamicParamBlock || (ast.endBlock && !ast.endBlock.unnamed)) {
    problems.push(`${where} uses begin/process/end blocks; a replay script is a list of commands.`);
  }
  if (problems.length) return { commands: [], diagnostics: problems };
  const block = ast.endBlock;
  const statements = block ? [...block.statements, ...block.traps].sort((a, b) => a.pos - b.pos) : [];
  return { commands: statements.map((s) => text.slice(s.pos, s.end)), diagnostics: [] };
}

function formatAll(diagnostics: Diagnostic[], text: string, fileName: string | undefined): string[] {
  const source = new Source(text, fileName);
  return diagnostics.map((d) => formatParseDiagnostics([d], source));
}
