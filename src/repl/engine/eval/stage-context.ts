/**
 * The CmdletContext one command in a pipeline sees: its bound parameters,
 * its abort signal, and the engine services (script blocks, variables, the
 * error/warning/verbose streams with -ErrorAction and friends, ShouldProcess).
 */
import type { BoundParameters, CmdletContext, CmdletDefinition, ErrorActionPreference, ErrorDetails, ScriptBlockInvocation } from '../../cmdlets/types.js';
import type { Host } from '../../host/host.js';
import { ErrorRecord, RuntimeError, toErrorRecord, type ErrorPosition } from '../errors/error-record.js';
import type { Frame } from '../runtime.js';
import { ScriptBlock } from '../runtime.js';
import { setIn } from './variables.js';
import { invokeScriptBlock, invokeScriptBlockSync, streamScriptBlock } from './script-blocks.js';
import { toPSString } from '../value-ops.js';

export class StageContext implements CmdletContext {
  readonly abort = new AbortController();
  /** Error records merged into the output by 2>&1, drained by the stage runner. */
  readonly merged: unknown[] = [];
  stopped = false;
  /** Mirrors abort.signal.aborted as a plain field: read once per pipeline item. */
  aborted = false;
  params: BoundParameters = {};
  boundNames: ReadonlySet<string> = new Set();
  parameterSetName = '__AllParameterSets';
  /** Arguments no parameter took ($args of a simple function). */
  unbound: unknown[] = [];
  /** Where -ErrorVariable collects this command's errors. */
  private collectedErrors: unknown[] = [];

  constructor(
    readonly frame: Frame,
    readonly def: CmdletDefinition,
    readonly invocationName: string,
    readonly position: ErrorPosition,
    readonly mergeErrors: boolean,
  ) {
    this.abort.signal.addEventListener('abort', () => { this.aborted = true; }, { once: true });
    if (frame.signal.aborted) this.abort.abort(frame.signal.reason);
    else frame.signal.addEventListener('abort', () => this.abort.abort(frame.signal.reason), { once: true, signal: this.abort.signal });
  }

  /** Called once binding is known. */
  bind(params: Record<string, unknown>, boundNames: Set<string>, setName: string, unbound: unknown[]): void {
    this.params = params;
    this.boundNames = boundNames;
    this.parameterSetName = setName;
    this.unbound = unbound;
    const ev = params['ErrorVariable'];
    if (typeof ev === 'string' && ev) {
      const append = ev.startsWith('+');
      const name = append ? ev.slice(1) : ev;
      const existing = this.frame.scope.lookup(name.toLowerCase());
      if (append && existing && Array.isArray(existing.value)) this.collectedErrors = existing.value;
      else setIn(this.frame.scope, name.toLowerCase(), name, this.collectedErrors);
    }
  }

  get signal(): AbortSignal {
    return this.abort.signal;
  }

  get host(): Host {
    return this.frame.host ?? this.frame.engine.host;
  }

  get cwd(): string {
    return this.frame.engine.cwd;
  }

  get errorAction(): ErrorActionPreference {
    return preference(this.params['ErrorAction'], this.frame, 'erroractionpreference');
  }

  /** Blocks run in the caller's scope (as ForEach-Object's do) unless given variables or arguments. */
  invoke(block: unknown, options?: ScriptBlockInvocation): Promise<unknown[]> {
    return invokeScriptBlock(asBlock(block), this.frame, options ?? {}, options?.variables === undefined && options?.args === undefined);
  }

  invokeSync(block: unknown, options?: ScriptBlockInvocation): unknown[] | undefined {
    if (!(block instanceof ScriptBlock)) return undefined;
    return invokeScriptBlockSync(block, this.frame, options ?? {}, options?.variables === undefined && options?.args === undefined);
  }

  stream(block: unknown, options?: ScriptBlockInvocation): AsyncIterable<unknown> {
    return streamScriptBlock(asBlock(block), this.frame, options ?? {}, options?.variables === undefined && options?.args === undefined);
  }

  getVariable(name: string): unknown {
    return this.frame.scope.lookup(name.toLowerCase())?.value ?? null;
  }

  setVariable(name: string, value: unknown): void {
    setIn(this.frame.scope, name.toLowerCase(), name, value);
  }

  writeError(error: unknown, details?: ErrorDetails): void {
    const record = this.record(error, details);
    this.collectedErrors.push(record);
    const action = this.errorAction;
    if (action === 'Stop') {
      const err = new RuntimeError(record);
      err.terminates = 'script';
      throw err;
    }
    if (action === 'Ignore') return;
    if (this.mergeErrors) {
      this.frame.engine.reportError(record, false);
      this.merged.push(record);
      return;
    }
    if (this.frame.errorSink) {
      this.frame.errorSink(record);
      return;
    }
    this.frame.engine.reportError(record, action !== 'SilentlyContinue');
  }

  writeWarning(message: string): void {
    const action = preference(this.params['WarningAction'], this.frame, 'warningpreference');
    const wv = this.params['WarningVariable'];
    if (typeof wv === 'string' && wv) this.appendTo(wv, message);
    if (action === 'SilentlyContinue' || action === 'Ignore') return;
    this.host.writeWarning(`WARNING: ${message}`);
    if (action === 'Stop') {
      const err = new RuntimeError(new ErrorRecord({ message: `The running command stopped because the preference variable "WarningPreference" or common parameter is set to Stop: ${message}`, errorId: 'ActionPreferenceStop', category: 'OperationStopped', exceptionType: 'System.Management.Automation.ActionPreferenceStopException', position: this.position }));
      err.terminates = 'script';
      throw err;
    }
  }

  writeVerbose(message: string): void {
    if (this.switchOn('Verbose', 'verbosepreference')) this.host.writeVerbose(`VERBOSE: ${message}`);
  }

  writeDebug(message: string): void {
    if (this.switchOn('Debug', 'debugpreference')) this.host.writeDebug(`DEBUG: ${message}`);
  }

  fail(error: unknown, details?: ErrorDetails): never {
    const failure = new RuntimeError(this.record(error, details));
    if (details?.scriptTerminating) failure.terminates = 'script';
    throw failure;
  }

  async shouldProcess(target: string, action: string): Promise<boolean> {
    const whatIf = this.params['WhatIf'] === true || (!this.boundNames.has('WhatIf') && this.getVariable('WhatIfPreference') === true);
    if (whatIf) {
      this.host.writeHost(`What if: Performing the operation "${action}" on target "${target}".`);
      return false;
    }
    if (this.params['Confirm'] === true && this.host.interactive) {
      const answer = await this.host.readLine(`\nConfirm\nAre you sure you want to perform this action?\nPerforming the operation "${action}" on target "${target}".\n[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"): `);
      return answer.trim() === '' || /^[ya]/i.test(answer.trim());
    }
    return true;
  }

  stopUpstream(): void {
    this.stopped = true;
  }

  private record(error: unknown, details?: ErrorDetails): ErrorRecord {
    const record = error instanceof ErrorRecord || error instanceof RuntimeError
      ? toErrorRecord(error)
      : toErrorRecord(typeof error === 'string' ? new Error(error) : error, {
        category: details?.category,
        errorId: details?.errorId,
        targetObject: details?.targetObject,
        exceptionType: details?.exceptionType ?? (typeof error === 'string' ? 'Microsoft.PowerShell.Commands.WriteErrorException' : undefined),
      });
    return record.locate(this.position);
  }

  private switchOn(name: string, pref: string): boolean {
    if (this.boundNames.has(name)) return this.params[name] === true;
    const v = this.frame.scope.lookup(pref)?.value;
    return v !== undefined && toPSString(v).toLowerCase() !== 'silentlycontinue' && toPSString(v).toLowerCase() !== 'ignore';
  }

  private appendTo(name: string, value: unknown): void {
    const existing = this.frame.scope.lookup(name.toLowerCase());
    if (existing && Array.isArray(existing.value)) existing.value.push(value);
    else setIn(this.frame.scope, name.toLowerCase(), name, [value]);
  }
}

function preference(bound: unknown, frame: Frame, variable: string): ErrorActionPreference {
  const value = bound ?? frame.scope.lookup(variable)?.value ?? 'Continue';
  const text = toPSString(value).toLowerCase();
  const known: ErrorActionPreference[] = ['Stop', 'Continue', 'SilentlyContinue', 'Ignore', 'Inquire'];
  return known.find((k) => k.toLowerCase() === text) ?? 'Continue';
}

function asBlock(block: unknown): ScriptBlock {
  if (block instanceof ScriptBlock) return block;
  throw new RuntimeError(new ErrorRecord({ message: `Cannot convert the "${toPSString(block)}" value of type "${typeof block}" to type "System.Management.Automation.ScriptBlock".`, errorId: 'InvalidCastToScriptBlock', category: 'InvalidArgument', exceptionType: 'System.Management.Automation.PSInvalidCastException' }));
}
