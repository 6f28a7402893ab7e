/**
 * Tab completion for the prompt: `complete(session, input, cursor)` says which part of the
 * input to replace and with what, using the same command metadata the binder uses. A failing
 * source just contributes nothing; the only rejection is an abort through `signal` (the
 * user typed on, so the answer is no longer wanted).
 */
import type { Session } from '../engine/session.js';
import type { CommandAst } from '../syntax/index.js';
import { highlight } from '../highlight/index.js';
import { argumentCandidates } from './argument-values.js';
import { commandCandidates, commandInfo } from './commands.js';
import { completionContext } from './context.js';
import { parameterCandidates, parametersForArgument } from './parameters.js';
import { pathCandidates } from './paths.js';
import { staticMemberCandidates } from './static-members.js';
import { typeCandidates } from './type-names.js';
import type { ArgumentCompleter, CompletionCandidate, CompletionResult } from './types.js';
import { memberCandidates, variableCandidates } from './variables.js';

export { quoteValue } from './matching.js';
export type { ArgumentCompleter, ArgumentCompletionRequest, CandidateKind, CompletionCandidate, CompletionResult } from './types.js';

const completers = new WeakMap<Session, ArgumentCompleter[]>();

/** Adds a source of argument values for this session (like Register-ArgumentCompleter); earlier ones are asked first. */
export function registerArgumentCompleter(session: Session, completer: ArgumentCompleter): void {
  const list = completers.get(session) ?? [];
  list.push(completer);
  completers.set(session, list);
}

export async function complete(session: Session, input: string, cursor: number, signal?: AbortSignal): Promise<CompletionResult> {
  const at = Math.max(0, Math.min(cursor, input.length));
  // Nothing completes inside a comment.
  if (at > 0 && highlight(input.slice(0, at)).at(-1)?.kind === 'comment') return { replaceStart: at, replaceEnd: at, candidates: [] };
  const context = completionContext(input, at);
  let candidates: CompletionCandidate[] = [];
  try {
    candidates = await candidatesFor(session, context, signal ?? new AbortController().signal);
  } catch (e) {
    if (signal?.aborted) throw e;
  }
  return { replaceStart: context.start, replaceEnd: at, candidates };
}

async function candidatesFor(session: Session, context: ReturnType<typeof completionContext>, signal: AbortSignal): Promise<CompletionCandidate[]> {
  const engine = session.state;
  switch (context.kind) {
    case 'command':
      return /^[.~/\\]/.test(context.word) || /[/\\]/.test(context.word) ? pathCandidates(engine.cwd, context.word) : commandCandidates(engine, context.word);
    case 'variable':
      return variableCandidates(engine, context.word, context.sigil, context.braced);
    case 'member':
      return memberCandidates(engine, context.variable, context.path, context.word, session.lastOutput);
    case 'static':
      return staticMemberCandidates(context.typeName, context.word);
    case 'type':
      return typeCandidates(context.word);
    case 'path':
      return pathCandidates(engine.cwd, context.word, context.quote);
    case 'parameter': {
      const info = commandInfo(engine, nameOf(context.command));
      return info ? parameterCandidates(info, context.command, context.word) : [];
    }
    case 'argument': {
      const name = nameOf(context.command);
      const info = commandInfo(engine, name);
      if (!info) return pathCandidates(engine.cwd, context.word, context.quote);
      const parameters = parametersForArgument(info, context.command, context.elementIndex, context.parameterName);
      const upstream = context.upstream && commandInfo(engine, nameOf(context.upstream));
      return argumentCandidates({
        info, parameters, word: context.word, quote: context.quote, cwd: engine.cwd,
        completers: completers.get(session) ?? [], sample: session.lastOutput, inputTypes: upstream?.def.outputType ?? [], signal,
      });
    }
  }
}

/** A command named by a constant (`Get-Mailbox`, `& './x.ps1'`); `& $x` names nothing completion can look up. */
function nameOf(command: CommandAst): string {
  return command.name.kind === 'StringConstantExpression' ? command.name.value : '';
}
