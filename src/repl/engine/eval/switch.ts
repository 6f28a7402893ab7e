/**
 * The switch statement (about_Switch): each input value (or each line of the
 * -File) is tested against every clause in order; `break` leaves the switch,
 * `continue` moves to the next value, `default` runs when nothing matched.
 * Clause tests follow pwsh's switch binder: a $null clause matches only $null,
 * a script block is called with $_ set, a [regex] or -Regex matches as a
 * regular expression, -Wildcard as a wildcard, anything else compares the two
 * values as strings. `$switch` is the enumerator, so a clause can advance it.
 */
import type { ExpressionAst, StatementAst, SwitchFlag, SwitchStatementAst } from '../../syntax/ast.js';
import { PSObject } from '../../values/psobject.js';
import { PSRegex } from '../../values/psregex.js';
import { runtimeError } from '../errors/error-record.js';
import type { Frame } from '../runtime.js';
import { ScriptBlock } from '../runtime.js';
import { unrolled } from '../output.js';
import { binaryOperator, toBoolean, toPSString } from '../value-ops.js';
import { absolutePath, exists, expandWildcards, hasWildcard, isDirectory } from '../../cmdlets/file-system/paths.js';
import { readLines } from '../../cmdlets/file-system/read-lines.js';
import { evalExpr, evalPipelineValue } from './expressions.js';
import { invokeScriptBlock } from './script-blocks.js';
import { setMatches, wrapValueError } from './pure.js';
import { checkAbort, loopBody } from './statements.js';

type MatchMode = 'regex' | 'wildcard' | 'exact';

/** Lines read ahead of the one being switched on, so `$switch.MoveNext()` (which is synchronous) can advance a -File switch. */
const FILE_LOOKAHEAD = 64;

/** The values a switch walks, with `$switch`'s MoveNext()/Current over the same position. */
class SwitchEnumerator {
  private readonly buffer: unknown[] = [];
  private index = 0;
  current: unknown = null;

  constructor(private readonly refill?: AsyncIterator<unknown>, initial: Iterable<unknown> = []) {
    for (const v of initial) this.buffer.push(v);
  }

  moveNext(): boolean {
    if (this.index >= this.buffer.length) return false;
    this.current = this.buffer[this.index++];
    return true;
  }

  /** Reads ahead from a file source; a no-op for in-memory values. */
  async fill(): Promise<void> {
    if (!this.refill || this.buffer.length - this.index >= FILE_LOOKAHEAD) return;
    if (this.index > 0) {
      this.buffer.splice(0, this.index);
      this.index = 0;
    }
    while (this.buffer.length < FILE_LOOKAHEAD * 2) {
      const r = await this.refill.next();
      if (r.done) return;
      this.buffer.push(r.value);
    }
  }

  async close(): Promise<void> {
    await this.refill?.return?.();
  }

  /** The `$switch` variable: an IEnumerator whose MoveNext() skips values for the switch itself. */
  asVariable(): PSObject {
    const obj = new PSObject({ Current: null }, ['System.Collections.IEnumerator', 'System.Object']);
    obj.addMethod('MoveNext', () => {
      const moved = this.moveNext();
      obj.set('Current', moved ? this.current : null);
      return moved;
    });
    return obj;
  }
}

export async function* switchStatement(s: SwitchStatementAst, frame: Frame): AsyncGenerator<unknown, void, undefined> {
  const mode = matchMode(s.flags);
  const cs = s.flags.includes('casesensitive');
  const enumerator = s.flags.includes('file') ? await fileEnumerator(s, frame) : await valueEnumerator(s, frame);
  const variable = enumerator.asVariable();
  const scope = frame.scope;
  const savedSwitch = scope.own('switch');
  scope.define({ name: 'switch', value: variable });
  const savedItem = scope.getDollarUnder();
  try {
    for (;;) {
      await enumerator.fill();
      if (!enumerator.moveNext()) return;
      checkAbort(frame);
      const item = enumerator.current;
      variable.set('Current', item);
      scope.setDollarUnder(item);
      const outcome = yield* runClauses(s, item, mode, cs, frame);
      if (outcome === 'break') return;
    }
  } finally {
    scope.setDollarUnder(savedItem);
    if (savedSwitch) scope.define(savedSwitch);
    else scope.remove('switch');
    await enumerator.close();
  }
}

/** Every matching clause in order, then default if none matched; `continue` ends this value, `break` the switch. */
async function* runClauses(s: SwitchStatementAst, item: unknown, mode: MatchMode, cs: boolean, frame: Frame): AsyncGenerator<unknown, 'break' | 'next', undefined> {
  let matched = false;
  for (const clause of s.clauses) {
    if (!(await clauseMatches(clause.condition, item, mode, cs, frame))) continue;
    matched = true;
    const outcome = yield* runBody(clause.body.statements, s, frame);
    if (outcome !== 'done') return outcome;
  }
  if (!matched && s.defaultClause) {
    const outcome = yield* runBody(s.defaultClause.statements, s, frame);
    if (outcome === 'break') return 'break';
  }
  return 'next';
}

async function* runBody(statements: readonly StatementAst[], s: SwitchStatementAst, frame: Frame): AsyncGenerator<unknown, 'break' | 'next' | 'done', undefined> {
  const outcome = yield* loopBody(statements, s.label, frame);
  return outcome === 'continue' ? 'next' : outcome;
}

/** -Regex, -Wildcard and -Exact conflict; the one written last wins (about_Switch). */
function matchMode(flags: readonly SwitchFlag[]): MatchMode {
  let mode: MatchMode = 'exact';
  for (const f of flags) if (f === 'regex' || f === 'wildcard' || f === 'exact') mode = f;
  return mode;
}

async function valueEnumerator(s: SwitchStatementAst, frame: Frame): Promise<SwitchEnumerator> {
  const value = await evalPipelineValue(s.condition, frame);
  return new SwitchEnumerator(undefined, value === undefined ? [null] : value === null ? [null] : unrolled(value));
}

/** `switch -File path`: the one file the path (wildcards allowed) resolves to, read a line at a time. */
async function fileEnumerator(s: SwitchStatementAst, frame: Frame): Promise<SwitchEnumerator> {
  const value = await evalPipelineValue(s.condition, frame);
  const fullName = value instanceof PSObject && value.has('FullName') ? value.get('FullName') : value;
  const text = fullName === null || fullName === undefined ? '' : toPSString(fullName);
  if (!text) throw runtimeError('The -File parameter requires a file name argument.', { errorId: 'InvalidFilenameOption', category: 'InvalidArgument' });
  const full = absolutePath(frame.engine.cwd, text);
  let path: string;
  if (hasWildcard(text)) {
    const found = expandWildcards(full);
    if (found.length === 0) throw runtimeError(`No files matching '${text}' were found.`, { errorId: 'FileNotFound', category: 'ObjectNotFound', targetObject: text });
    if (found.length > 1) throw runtimeError('The path resolved to more than one file; can only process one file.', { errorId: 'AmbiguousPath', category: 'InvalidArgument', targetObject: found });
    path = found[0]!;
  } else {
    if (!exists(full)) {
      throw runtimeError(`Cannot find path '${full}' because it does not exist.`, { errorId: 'PathNotFound', category: 'ObjectNotFound', targetObject: full, exceptionType: 'System.Management.Automation.ItemNotFoundException' });
    }
    path = full;
  }
  if (isDirectory(path)) throw runtimeError(`The file '${path}' could not be read: Access to the path '${path}' is denied.`, { errorId: 'FileReadError', category: 'ReadError', targetObject: path });
  return new SwitchEnumerator(readLines(path)[Symbol.asyncIterator]());
}

async function clauseMatches(cond: ExpressionAst, item: unknown, mode: MatchMode, cs: boolean, frame: Frame): Promise<boolean> {
  const test = cond.kind === 'ScriptBlockExpression' ? new ScriptBlock(cond.scriptBlock, frame.source, cond.text) : await evalExpr(cond, frame);
  if (test === null || test === undefined) return item === null || item === undefined;
  if (test instanceof ScriptBlock) {
    // The condition block runs in its own scope with $_ set to the value (pwsh: useLocalScope).
    const out = await invokeScriptBlock(test, frame, { dollarUnder: item });
    return toBoolean(out.length === 1 ? out[0] : out);
  }
  const text = toPSString(item);
  if (test instanceof PSRegex || mode === 'regex') {
    const pattern = test instanceof PSRegex ? test : toPSString(test);
    return wrapValueError(() => binaryOperator(cs ? 'cmatch' : 'imatch', text, pattern, { onMatches: (m) => setMatches(frame, m) })) === true;
  }
  if (mode === 'wildcard') return wrapValueError(() => binaryOperator(cs ? 'clike' : 'ilike', text, toPSString(test))) === true;
  const other = toPSString(test);
  return cs ? text === other : text.toLowerCase() === other.toLowerCase();
}
