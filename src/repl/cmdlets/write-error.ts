/**
 * Write-Error: a non-terminating error from a message, an exception or a
 * whole ErrorRecord; -ErrorAction and $ErrorActionPreference decide the rest.
 */
import type { CmdletDefinition, ErrorDetails } from './types.js';
import { ErrorRecord } from '../engine/errors/error-record.js';
import { PSObject } from '../values/psobject.js';
import { toPSString } from '../values/to-string.js';

const CATEGORIES = [
  'NotSpecified', 'OpenError', 'CloseError', 'DeviceError', 'DeadlockDetected', 'InvalidArgument', 'InvalidData',
  'InvalidOperation', 'InvalidResult', 'InvalidType', 'MetadataError', 'NotImplemented', 'NotInstalled',
  'ObjectNotFound', 'OperationStopped', 'OperationTimeout', 'SyntaxError', 'ParserError', 'PermissionDenied',
  'ResourceBusy', 'ResourceExists', 'ResourceUnavailable', 'ReadError', 'WriteError', 'FromStdErr',
  'SecurityError', 'ProtocolError', 'ConnectionError', 'AuthenticationError', 'LimitsExceeded', 'QuotaExceeded',
  'NotEnabled',
];

function canonicalCategory(value: unknown): string {
  const text = String(value ?? 'NotSpecified').toLowerCase();
  return CATEGORIES.find((c) => c.toLowerCase() === text) ?? 'NotSpecified';
}

function exceptionParts(exception: unknown): { message: string; type: string } {
  if (exception instanceof PSObject) {
    return { message: toPSString(exception.get('Message')), type: exception.typeName };
  }
  if (exception instanceof Error) return { message: exception.message, type: 'System.Exception' };
  return { message: toPSString(exception), type: 'System.Exception' };
}

export const writeError: CmdletDefinition = {
  name: 'Write-Error',
  synopsis: 'Writes an object to the error stream.',
  module: 'Microsoft.PowerShell.Utility',
  defaultParameterSet: 'NoException',
  parameters: [
    { name: 'Message', type: 'string', aliases: ['Msg'], position: 0, mandatory: ['NoException'], valueFromPipeline: true, parameterSets: ['NoException', 'WithException'], description: 'The error message.' },
    { name: 'Exception', type: 'object', mandatory: true, parameterSets: ['WithException'], description: 'An exception object for the error.' },
    { name: 'ErrorRecord', type: 'object', mandatory: true, parameterSets: ['ErrorRecord'], description: 'An ErrorRecord to write as it is.' },
    { name: 'Category', type: 'string', validateSet: CATEGORIES, parameterSets: ['NoException', 'WithException'], description: 'The error category.' },
    { name: 'ErrorId', type: 'string', parameterSets: ['NoException', 'WithException'], description: 'An identifier for the error (FullyQualifiedErrorId).' },
    { name: 'TargetObject', type: 'object', parameterSets: ['NoException', 'WithException'], description: 'The object being processed when the error occurred.' },
    { name: 'RecommendedAction', type: 'string', description: 'What the user should do to resolve the error.' },
    { name: 'CategoryActivity', type: 'string' },
    { name: 'CategoryReason', type: 'string' },
    { name: 'CategoryTargetName', type: 'string' },
    { name: 'CategoryTargetType', type: 'string' },
  ],
  create(ctx) {
    return {
      process(params) {
        if (ctx.parameterSetName === 'ErrorRecord') {
          const record = params['ErrorRecord'];
          if (record instanceof ErrorRecord) {
            ctx.writeError(record);
            return;
          }
          ctx.fail(`Cannot bind parameter 'ErrorRecord'. Cannot convert the "${toPSString(record)}" value to type "System.Management.Automation.ErrorRecord".`, { category: 'InvalidArgument', errorId: 'CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.WriteErrorCommand' });
        }
        const details: ErrorDetails = {
          category: canonicalCategory(params['Category']),
          targetObject: params['TargetObject'],
          recommendedAction: params['RecommendedAction'] as string | undefined,
        };
        let message = params['Message'] === undefined ? undefined : String(params['Message']);
        if (ctx.parameterSetName === 'WithException') {
          const ex = exceptionParts(params['Exception']);
          message ??= ex.message;
          details.exceptionType = ex.type;
        } else {
          details.exceptionType = 'Microsoft.PowerShell.Commands.WriteErrorException';
        }
        details.errorId = params['ErrorId'] === undefined || params['ErrorId'] === ''
          ? details.exceptionType
          : String(params['ErrorId']);
        ctx.writeError(new Error(message ?? ''), details);
      },
    };
  },
};
