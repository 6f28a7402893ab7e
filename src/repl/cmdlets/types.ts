/**
 * The contract between the engine and every cmdlet, core or Exchange.
 * A cmdlet is a definition (parameters, sets, pipeline binding) plus
 * begin/process/end steps that yield their output lazily, so a pipeline
 * stays a chain of pulls: nothing upstream runs further than downstream asks.
 */
import type { Host } from '../host/host.js';

/** Types the binder converts arguments to before a cmdlet sees them. */
export type ParameterType =
  | 'object' | 'object[]'
  | 'string' | 'string[]'
  | 'int' | 'int[]' | 'long' | 'double'
  | 'bool' | 'switch'
  | 'scriptblock' | 'scriptblock[]'
  | 'hashtable' | 'datetime' | 'timespan'
  | 'securestring' | 'pscredential'
  /** `Unlimited` or a positive number, as Exchange's -ResultSize takes. */
  | 'unlimited-int';

export interface ParameterDefinition {
  name: string;
  type: ParameterType;
  aliases?: string[];
  /** true = mandatory in every set it belongs to; a list = mandatory in those sets only. */
  mandatory?: boolean | string[];
  /** 0-based position among positional parameters (per set). */
  position?: number;
  valueFromPipeline?: boolean;
  valueFromPipelineByPropertyName?: boolean;
  valueFromRemainingArguments?: boolean;
  /** Sets this parameter belongs to; absent = all sets. */
  parameterSets?: string[];
  validateSet?: string[];
  validateNotNullOrEmpty?: boolean;
  /** One line for Get-Help. */
  description?: string;
}

export interface CmdletDefinition {
  /** Verb-Noun, as Get-Command shows it. */
  name: string;
  aliases?: string[];
  /** One line for Get-Help and Get-Command. */
  synopsis: string;
  parameters: ParameterDefinition[];
  defaultParameterSet?: string;
  /** Adds -WhatIf and -Confirm, and makes ctx.shouldProcess meaningful. */
  supportsShouldProcess?: boolean;
  /** Type names of what it emits, for Get-Help/Get-Command. */
  outputType?: string[];
  /** Module shown by Get-Command (Microsoft.PowerShell.Utility, ExchangeOnlineManagement, ...). */
  module?: string;
  /** Called once per invocation; the instance may keep state across its steps. */
  create(ctx: CmdletContext): CmdletInstance;
}

/** Output of a step: yield values (sync or async), or return nothing. */
export type StepOutput = Iterable<unknown> | AsyncIterable<unknown> | void | Promise<void>;

export interface CmdletInstance {
  begin?(): StepOutput;
  /**
   * Once per pipeline input object, with the parameters bound from the command
   * line merged with those bound from that object; once with no input when the
   * cmdlet is first in its pipeline.
   */
  process?(params: BoundParameters, input: PipelineInput): StepOutput;
  end?(): StepOutput;
}

export type PipelineInput = { readonly present: true; readonly value: unknown } | { readonly present: false };

/** Bound parameters by canonical name (the definition's spelling); a switch is true/false. */
export type BoundParameters = Readonly<Record<string, unknown>>;

export type ErrorActionPreference = 'Stop' | 'Continue' | 'SilentlyContinue' | 'Ignore' | 'Inquire';

export interface ErrorDetails {
  /** PowerShell's ErrorCategory name: NotSpecified, ObjectNotFound, InvalidArgument, InvalidOperation, ... */
  category?: string;
  /** FullyQualifiedErrorId, e.g. 'ParameterArgumentValidationError,Where-Object'. */
  errorId?: string;
  targetObject?: unknown;
  /** .NET-style exception type name, used by typed catch blocks. */
  exceptionType?: string;
  recommendedAction?: string;
  /**
   * The error unwinds the whole script, as `throw` does, instead of ending only
   * the statement: for cmdlets whose real counterparts are script functions that
   * throw (Connect-ExchangeOnline), so scripts stop where pwsh would stop.
   */
  scriptTerminating?: boolean;
}

export interface ScriptBlockInvocation {
  /** Value of $_ / $PSItem inside the block. */
  dollarUnder?: unknown;
  args?: unknown[];
  /** Value of $input. */
  input?: unknown[];
  /** Variables to define in the block's new scope. */
  variables?: Record<string, unknown>;
}

/** What a cmdlet may ask of the engine. */
export interface CmdletContext {
  /** Name as invoked (alias or prefixed name). */
  readonly invocationName: string;
  /** Parameters bound from the command line (pipeline-bound ones come to process()). */
  readonly params: BoundParameters;
  /** Canonical names the user actually supplied (defaults excluded). */
  readonly boundNames: ReadonlySet<string>;
  readonly parameterSetName: string;
  /** Aborted by Ctrl+C or by a downstream stage that needs no more input. */
  readonly signal: AbortSignal;
  readonly host: Host;
  /** Current directory for relative paths. */
  readonly cwd: string;
  readonly errorAction: ErrorActionPreference;

  /** Runs a script block and collects its output. */
  invoke(block: unknown, options?: ScriptBlockInvocation): Promise<unknown[]>;
  /** Runs a script block and streams its output. */
  stream(block: unknown, options?: ScriptBlockInvocation): AsyncIterable<unknown>;
  /**
   * Runs a script block synchronously when it cannot run a command (`{ $_ % 3 -eq 0 }`)
   * and returns its output; undefined means the block needs invoke().
   */
  invokeSync?(block: unknown, options?: ScriptBlockInvocation): unknown[] | undefined;

  getVariable(name: string): unknown;
  setVariable(name: string, value: unknown): void;

  /** A non-terminating error; -ErrorAction decides whether it prints, is silent, or stops. */
  writeError(error: unknown, details?: ErrorDetails): void;
  writeWarning(message: string): void;
  writeVerbose(message: string): void;
  writeDebug(message: string): void;
  /** A terminating error: stops the pipeline (catchable by try/catch). */
  fail(error: unknown, details?: ErrorDetails): never;
  /** Honours -WhatIf (prints "What if: ...", returns false) and -Confirm. */
  shouldProcess(target: string, action: string): Promise<boolean>;
  /**
   * Says this cmdlet needs no more pipeline input (Select-Object -First N has its N).
   * The engine then stops pulling from upstream (closing upstream generators and
   * aborting their signal), calls process() no more, and still runs end().
   * Optional so test contexts may omit it; the engine implements it.
   */
  stopUpstream?(): void;
}
