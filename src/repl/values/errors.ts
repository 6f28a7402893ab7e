/**
 * Errors the value layer raises. The evaluator turns a PSRuntimeError into an
 * ErrorRecord (message, errorId, category) without a JS stack trace.
 */
export type ErrorCategory =
  | 'InvalidArgument'
  | 'InvalidOperation'
  | 'InvalidData'
  | 'InvalidType'
  | 'InvalidResult'
  | 'NotImplemented'
  | 'ObjectNotFound'
  | 'ParserError'
  | 'NotSpecified'
  | 'OperationStopped';

export class PSRuntimeError extends Error {
  override readonly name = 'PSRuntimeError';
  constructor(
    message: string,
    /** PowerShell's FullyQualifiedErrorId head, e.g. 'InvalidCastParseTargetInvocation'. */
    readonly errorId: string = 'RuntimeException',
    readonly category: ErrorCategory = 'InvalidOperation',
    /** The .NET exception type a `catch [Type]` clause would match. */
    readonly exceptionType: string = 'System.Management.Automation.RuntimeException',
  ) {
    super(message);
  }
}

/**
 * A .NET exception thrown by a "method" (parse, format, index…). PowerShell
 * wraps these as `Exception calling "X" with "n" argument(s): "<message>"`;
 * the caller that knows the method name does the wrapping.
 */
export class DotNetException extends Error {
  override readonly name = 'DotNetException';
  constructor(
    message: string,
    readonly exceptionType: string = 'System.FormatException',
  ) {
    super(message);
  }
}

export const BAD_FORMAT = 'Input string was not in a correct format.';

export function formatException(message: string = BAD_FORMAT): DotNetException {
  return new DotNetException(message, 'System.FormatException');
}
