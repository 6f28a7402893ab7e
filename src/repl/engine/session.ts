/**
 * The Session API the CLI and the REPL use: run text or a script file,
 * print parse errors without running anything, send top-level output to
 * Out-Default, report errors pwsh-style, and keep the session usable after
 * an error or Ctrl+C.
 */
import { readFileSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import type { CmdletDefinition } from '../cmdlets/types.js';
import type { Host } from '../host/host.js';
import { parseScript } from '../syntax/index.js';
import { BreakSignal, ContinueSignal, ExitSignal, ReturnSignal } from './errors/control-flow.js';
import { ErrorRecord, RuntimeError, toErrorRecord } from './errors/error-record.js';
import { Engine, Source, type Frame } from './runtime.js';
import { executionStatus } from '../history/session-history.js';
import { Scope } from './scope.js';
import { OutDefault } from './out-default-bridge.js';
import { autoExplore } from '../format/auto-explore.js';
import { formatParseDiagnostics } from './parse-errors.js';
import { execStatements } from './eval/statements.js';
import { scriptCommand } from './eval/functions.js';
import { runPipeline } from './eval/pipeline.js';
import { builtinCommands, BUILTIN_ALIASES } from './builtins.js';
import type { PipelineAst } from '../syntax/ast.js';

export interface SessionOptions { host: Host; cwd?: string; commands?: CmdletDefinition[] }
export interface RunOptions {
  fileName?: string;
  /** Raw CLI words for a script's param() block, e.g. ['-Organization', 'x.com']. */
  scriptArgs?: string[];
  signal?: AbortSignal;
}
export interface RunResult {
  ok: boolean;
  /** 0, the `exit N` value, or 1 after a terminating error or a parse error. */
  exitCode: number;
  /** True when the text ran `exit` (the REPL then ends). */
  exited?: boolean;
  /** True when a terminating error or a parse error ended the run (non-terminating errors only clear `$?`). */
  terminated?: boolean;
}

export class Session {
  private readonly engine: Engine;
  /** The first object of the last top-level pipeline that produced output, for tab completion of property names. */
  lastOutput: unknown;

  constructor(o: SessionOptions) {
    this.engine = new Engine(o.host, o.cwd ?? process.cwd());
    this.registerCommands(builtinCommands());
    for (const [alias, target] of BUILTIN_ALIASES) this.engine.aliases.set(alias.toLowerCase(), target);
    if (o.commands) this.registerCommands(o.commands);
  }

  /** This session's command lines, oldest first (Get-History has the full entries). */
  get history(): string[] {
    return this.engine.history.commandLines();
  }

  /** The engine state, for engine-tied cmdlets and tests. */
  get state(): Engine {
    return this.engine;
  }

  registerCommands(defs: CmdletDefinition[]): void {
    for (const def of defs) this.engine.registerCmdlet(def);
  }

  unregisterCommands(names: string[]): void {
    for (const name of names) this.engine.unregisterCmdlet(name);
  }

  /** Ctrl+C: stops the running pipeline only. */
  abort(): void {
    const err = new RuntimeError(new ErrorRecord({ message: 'The pipeline has been stopped.', errorId: 'PipelineStopped', category: 'OperationStopped', exceptionType: 'System.Management.Automation.PipelineStoppedException' }));
    err.terminates = 'script';
    this.engine.abortController.abort(err);
  }

  async run(text: string, o: RunOptions = {}): Promise<RunResult> {
    // Like pwsh, a command joins the history once it has run (Get-History does not list itself).
    const command = o.fileName ? undefined : this.engine.history.begin(text);
    const idle = this.engine.abortController;
    let result: RunResult | undefined;
    try {
      return (result = await this.execute(text, o.fileName, undefined, o));
    } finally {
      if (command) {
        // A command that ran has its own controller: aborted means Ctrl+C stopped it.
        const stopped = this.engine.abortController !== idle && this.engine.abortController.signal.aborted;
        this.engine.history.end(command, executionStatus(stopped, result?.terminated !== false));
      }
    }
  }

  async runFile(path: string, scriptArgs: string[], o: RunOptions = {}): Promise<RunResult> {
    const full = isAbsolute(path) ? path : resolve(this.engine.cwd, path);
    let text: string;
    try {
      text = readFileSync(full, 'utf8');
    } catch {
      this.engine.host.writeError(`The argument '${path}' is not recognized as the name of a script file. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`);
      return { ok: false, exitCode: 64 };
    }
    return this.execute(text, full, scriptArgs, o);
  }

  private async execute(text: string, fileName: string | undefined, scriptArgs: string[] | undefined, o: RunOptions): Promise<RunResult> {
    const engine = this.engine;
    const source = new Source(text, fileName);
    const { ast, diagnostics } = parseScript(text, fileName);
    if (diagnostics.length) {
      engine.host.writeError(formatParseDiagnostics(diagnostics, source));
      engine.lastStatus = false;
      return { ok: false, exitCode: 1, terminated: true };
    }
    engine.abortController = new AbortController();
    const signal = o.signal ? AbortSignal.any([o.signal, engine.abortController.signal]) : engine.abortController.signal;
    const isScript = fileName !== undefined && scriptArgs !== undefined;
    const frame: Frame = { engine, scope: engine.globalScope, source, signal, script: { path: isScript ? fileName : undefined }, tryDepth: 0 };
    const out = new OutDefault({ width: engine.host.width, write: (line) => engine.host.writeOutput(line) });
    let exitCode = 0;
    let ok = true;
    let exited = false;
    try {
      const statements = ast.endBlock?.statements ?? [];
      const traps = ast.endBlock?.traps;
      // Top-level statements run one by one (a trap spans its whole block) so each samples its own output.
      const units = isScript ? [this.scriptOutput(ast, source, frame, scriptArgs)]
        : traps?.length ? [execStatements(statements, frame, traps)] : statements.map((s) => execStatements([s], frame));
      for await (const value of autoExplore(this.sampled(units), engine.host, { title: text, signal })) {
        out.push(value);
      }
    } catch (e) {
      if (e instanceof ExitSignal) {
        exitCode = e.code;
        exited = true;
        engine.setGlobal('LASTEXITCODE', e.code);
      } else if (e instanceof ReturnSignal || e instanceof BreakSignal || e instanceof ContinueSignal) {
        // A stray return/break at the top level ends the script quietly, as in pwsh.
      } else {
        ok = false;
        exitCode = 1;
        const record = toErrorRecord(e);
        if (!(e instanceof RuntimeError) && !(e instanceof ErrorRecord) && process.env['EXOSH_DEBUG']) engine.host.writeError(String((e as Error).stack));
        out.flush();
        engine.reportError(record, true);
      }
    } finally {
      out.flush();
    }
    if (!fileName && exitCode === 0 && !engine.lastStatus) exitCode = 1;
    return { ok: ok && exitCode === 0, exitCode, exited, terminated: !ok };
  }

  /** Passes output on, keeping the first object of each unit that writes any: completion reads the last pipeline's. */
  private async *sampled(units: AsyncIterable<unknown>[]): AsyncGenerator<unknown, void, undefined> {
    for (const unit of units) {
      let first = true;
      for await (const value of unit) {
        if (first) {
          first = false;
          this.lastOutput = value;
        }
        yield value;
      }
    }
  }

  /** A script file runs as a command in its own script scope, its param() bound from the CLI words. */
  private scriptOutput(ast: ReturnType<typeof parseScript>['ast'], source: Source, frame: Frame, scriptArgs: string[]): AsyncIterable<unknown> {
    const scriptFrame: Frame = { ...frame, scope: new Scope(frame.scope, true) };
    const shown = basename(source.fileName ?? 'script.ps1');
    const def = scriptCommand({ name: shown, body: ast, parameters: undefined, source, isFilter: false, frame: scriptFrame, scriptPath: source.fileName });
    // The script runs as a command named after its file, so binding errors read "x.ps1: ...".
    const key = shown.toLowerCase();
    const previous = this.engine.functions.get(key);
    this.engine.functions.set(key, { name: shown, definition: def, text: source.text, isFilter: false, scriptFile: true });
    const argText = scriptArgs.map((a) => (/^-[A-Za-z_][\w-]*:?$/.test(a) ? a : `'${a.replace(/'/g, "''")}'`)).join(' ');
    const callSource = new Source(`& '${shown.replace(/'/g, "''")}' ${argText}`);
    const parsed = parseScript(callSource.text);
    const pipeline = parsed.ast.endBlock!.statements[0] as PipelineAst;
    const engine = this.engine;
    return (async function* () {
      try {
        yield* runPipeline(pipeline, { ...frame, source: callSource });
      } finally {
        if (previous) engine.functions.set(key, previous);
        else engine.functions.delete(key);
      }
    })();
  }
}
