/**
 * PowerShell's ErrorRecord as a PSObject, so scripts read it with ordinary
 * member access ($_.Exception.Message, $_.CategoryInfo.Category, ...), and
 * RuntimeError, the JS exception that carries one through the evaluator.
 */
import { PSObject } from '../../values/psobject.js';

/** Where a command sat in the source, for the error view and $_.InvocationInfo. */
export interface ErrorPosition {
  fileName?: string;
  line: number;
  column: number;
  /** The whole source line. */
  lineText: string;
  /** Length of the marked span on that line. */
  length: number;
  /** The command's name as written (for "Get-Foo: message"). */
  commandName?: string;
}

export interface ErrorRecordInit {
  message: string;
  exceptionType?: string;
  category?: string;
  errorId?: string;
  targetObject?: unknown;
  position?: ErrorPosition;
  /** The thrown object when `throw` was given something other than a string. */
  thrownObject?: unknown;
  /** An inner exception (ErrorRecord or JS Error) that caused this one. */
  inner?: unknown;
  /** Raised by a `throw` statement (the error view then says "Exception:"). */
  thrown?: boolean;
  /** The .NET exception a RuntimeException wraps (1/0 wraps DivideByZeroException); typed catches match it too. */
  innerExceptionType?: string;
}

export class ErrorRecord extends PSObject {
  position?: ErrorPosition;
  readonly message: string;
  readonly exceptionType: string;
  readonly thrown: boolean;
  readonly innerExceptionType?: string;

  constructor(init: ErrorRecordInit) {
    super(undefined, ['System.Management.Automation.ErrorRecord', 'System.Object']);
    this.message = init.message;
    this.thrown = init.thrown ?? false;
    this.innerExceptionType = init.innerExceptionType;
    this.exceptionType = init.exceptionType ?? 'System.Management.Automation.RuntimeException';
    this.position = init.position;
    const exception = new PSObject({ Message: init.message }, [this.exceptionType, 'System.Exception', 'System.Object']);
    if (init.inner !== undefined) exception.set('InnerException', init.inner);
    else if (init.innerExceptionType) exception.set('InnerException', new PSObject({ Message: init.message }, [init.innerExceptionType, 'System.Exception', 'System.Object']));
    exception.addMethod('ToString', () => `${this.exceptionType}: ${init.message}`);
    const category = init.category ?? 'NotSpecified';
    const commandName = init.position?.commandName ?? '';
    const categoryInfo = new PSObject({
      Category: category,
      Activity: commandName,
      Reason: shortTypeName(this.exceptionType),
      TargetName: init.targetObject === undefined || init.targetObject === null ? '' : String(init.targetObject),
      TargetType: '',
    }, ['System.Management.Automation.ErrorCategoryInfo', 'System.Object']);
    categoryInfo.addMethod('ToString', () => `${category}: (${categoryInfo.get('TargetName')}:${categoryInfo.get('TargetType')}) [${commandName}], ${shortTypeName(this.exceptionType)}`);
    this.set('Exception', exception);
    this.set('TargetObject', init.targetObject ?? init.thrownObject ?? null);
    this.set('CategoryInfo', categoryInfo);
    this.set('FullyQualifiedErrorId', init.errorId ?? (init.thrownObject !== undefined ? 'RuntimeException' : shortTypeName(this.exceptionType)));
    this.set('ErrorDetails', null);
    this.set('InvocationInfo', invocationInfo(init.position));
    this.set('ScriptStackTrace', init.position ? `at <ScriptBlock>, ${init.position.fileName ?? '<No file>'}: line ${init.position.line}` : '');
    this.addMethod('ToString', () => this.message);
  }

  /** Fills in the position once the evaluator knows which command raised the error. */
  locate(position: ErrorPosition): this {
    if (this.position) return this;
    this.position = position;
    this.set('InvocationInfo', invocationInfo(position));
    const info = this.get('CategoryInfo') as PSObject;
    if (!info.get('Activity')) info.set('Activity', position.commandName ?? '');
    return this;
  }

  /** Exception type names from most to least specific, for typed catch blocks. */
  exceptionTypeChain(): string[] {
    const chain = (t: string) => [t, ...(EXCEPTION_BASES[t] ?? ['System.SystemException'])];
    return [...chain(this.exceptionType), ...(this.innerExceptionType ? chain(this.innerExceptionType) : []), 'System.Exception'];
  }

  override toString(): string {
    return this.message;
  }
}

/** The base classes of the exceptions the engine and cmdlets raise, so `catch [System.Management.Automation.RuntimeException]` catches them. */
const EXCEPTION_BASES: Record<string, string[]> = {
  'System.Management.Automation.RuntimeException': ['System.SystemException'],
  'System.Management.Automation.ItemNotFoundException': ['System.Management.Automation.SessionStateException', 'System.Management.Automation.RuntimeException', 'System.SystemException'],
  'System.Management.Automation.CommandNotFoundException': ['System.Management.Automation.RuntimeException', 'System.SystemException'],
  'System.Management.Automation.ParameterBindingException': ['System.Management.Automation.RuntimeException', 'System.SystemException'],
  'System.Management.Automation.ParameterBindingValidationException': ['System.Management.Automation.ParameterBindingException', 'System.Management.Automation.RuntimeException', 'System.SystemException'],
  'System.Management.Automation.ParameterBindingArgumentTransformationException': ['System.Management.Automation.ParameterBindingException', 'System.Management.Automation.RuntimeException', 'System.SystemException'],
  'System.Management.Automation.PipelineStoppedException': ['System.Management.Automation.RuntimeException', 'System.SystemException'],
  'System.Management.Automation.ActionPreferenceStopException': ['System.Management.Automation.RuntimeException', 'System.SystemException'],
  'System.Management.Automation.PSInvalidCastException': ['System.InvalidCastException', 'System.Management.Automation.RuntimeException', 'System.SystemException'],
  'System.Management.Automation.MethodInvocationException': ['System.Management.Automation.MethodException', 'System.Management.Automation.RuntimeException', 'System.SystemException'],
  'System.Management.Automation.WriteErrorException': ['System.SystemException'],
  'System.ArgumentException': ['System.SystemException'],
  'System.ArgumentNullException': ['System.ArgumentException', 'System.SystemException'],
  'System.ArgumentOutOfRangeException': ['System.ArgumentException', 'System.SystemException'],
  'System.InvalidOperationException': ['System.SystemException'],
  'System.DivideByZeroException': ['System.ArithmeticException', 'System.SystemException'],
  'System.Management.Automation.DivideByZeroException': ['System.DivideByZeroException', 'System.ArithmeticException', 'System.SystemException'],
  'System.IO.FileNotFoundException': ['System.IO.IOException', 'System.SystemException'],
  'System.IO.DirectoryNotFoundException': ['System.IO.IOException', 'System.SystemException'],
  'System.UnauthorizedAccessException': ['System.SystemException'],
  'System.FormatException': ['System.SystemException'],
  'System.NotSupportedException': ['System.SystemException'],
  'System.Net.Http.HttpRequestException': ['System.SystemException'],
};

export function shortTypeName(typeName: string): string {
  const dot = typeName.lastIndexOf('.');
  return dot < 0 ? typeName : typeName.slice(dot + 1);
}

function invocationInfo(position: ErrorPosition | undefined): PSObject {
  return new PSObject({
    MyCommand: position?.commandName ?? null,
    ScriptName: position?.fileName ?? '',
    ScriptLineNumber: position?.line ?? 0,
    OffsetInLine: position?.column ?? 0,
    Line: position?.lineText ?? '',
    PositionMessage: position ? positionMessage(position) : '',
    InvocationName: position?.commandName ?? '',
  }, ['System.Management.Automation.InvocationInfo', 'System.Object']);
}

function positionMessage(p: ErrorPosition): string {
  const marker = ' '.repeat(Math.max(0, p.column - 1)) + '~'.repeat(Math.max(1, p.length));
  return `At ${p.fileName ?? 'line'}:${p.line} char:${p.column}\n+ ${p.lineText}\n+ ${marker}`;
}

/** The JS exception that carries an ErrorRecord: a terminating error. */
export class RuntimeError extends Error {
  /**
   * 'statement' errors end the statement they occur in (unless a try is active);
   * 'script' errors (`throw`, -ErrorAction Stop, a stopped pipeline) unwind to the top.
   */
  terminates: 'statement' | 'script' = 'statement';

  constructor(readonly record: ErrorRecord) {
    super(record.message);
    this.name = 'RuntimeError';
  }
}

export function runtimeError(message: string, init: Omit<ErrorRecordInit, 'message'> = {}): RuntimeError {
  return new RuntimeError(new ErrorRecord({ message, ...init }));
}

/** Turns anything thrown (by us, a cmdlet, or JS) into an ErrorRecord. */
export function toErrorRecord(error: unknown, init: Omit<ErrorRecordInit, 'message'> = {}): ErrorRecord {
  if (error instanceof RuntimeError) return error.record;
  if (error instanceof ErrorRecord) return error;
  if (error instanceof Error) {
    // The value layer's PSRuntimeError / DotNetException carry these as plain fields.
    const typed = error as Error & { exceptionType?: string; category?: string; errorId?: string };
    return new ErrorRecord({
      message: error.message,
      exceptionType: init.exceptionType ?? typed.exceptionType ?? jsErrorType(error),
      category: init.category ?? typed.category,
      errorId: init.errorId ?? typed.errorId,
      targetObject: init.targetObject,
      position: init.position,
    });
  }
  return new ErrorRecord({ message: String(error), ...init });
}

function jsErrorType(error: Error): string {
  if (error instanceof RangeError) return 'System.ArgumentOutOfRangeException';
  if (error instanceof TypeError) return 'System.Management.Automation.RuntimeException';
  return 'System.Management.Automation.RuntimeException';
}
