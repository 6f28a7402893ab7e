/**
 * Errors as the Exchange admin API reports them: an HTTP status, an OData
 * error code, and the `ExNNNNNN|Exception.Type|message` detail string.
 */
export class ExchangeError extends Error {
  constructor(
    readonly status: number,
    readonly exceptionType: string,
    message: string,
    readonly stringId = '',
    readonly odataCode = status === 404 ? 'NotFound' : status === 403 ? 'Forbidden' : 'BadRequest',
  ) {
    super(message);
  }
  get detail(): string {
    return `${this.stringId}|${this.exceptionType}|${this.message}`;
  }
}

const NOT_FOUND = 'Microsoft.Exchange.Configuration.Tasks.ManagementObjectNotFoundException';
const AMBIGUOUS = 'Microsoft.Exchange.Configuration.Tasks.ManagementObjectAmbiguousException';
const BINDING = 'System.Management.Automation.ParameterBindingException';
const TASK_ARG = 'Microsoft.Exchange.Configuration.Tasks.TaskArgumentException';

export function notFound(input: string, dc: string): ExchangeError {
  return new ExchangeError(404, NOT_FOUND, `The operation couldn't be performed because object '${input}' couldn't be found on '${dc}'.`, 'Ex6F9304');
}

export function ambiguous(input: string): ExchangeError {
  return new ExchangeError(400, AMBIGUOUS, `The operation couldn't be performed because object: '${input}' matches multiple entries.`, 'Ex9E65A2');
}

export function filterSyntax(filter: string, position: number): ExchangeError {
  return new ExchangeError(
    400,
    BINDING,
    `Cannot bind parameter 'Filter' to the target. Exception setting "Filter": "Invalid filter syntax. For a description of the filter parameter syntax see the command help. "${filter}" at position ${position}."`,
  );
}

export function unknownFilterProperty(name: string, valid: readonly string[]): ExchangeError {
  return new ExchangeError(
    400,
    BINDING,
    `Cannot bind parameter 'Filter' to the target. Exception setting "Filter": ""${name}" is not a recognized filterable property. Valid property names are: ${valid.join(', ')}."`,
  );
}

export function badArgument(message: string): ExchangeError {
  return new ExchangeError(400, TASK_ARG, message, 'Ex2D1B5B');
}

export function parameterNotFound(name: string): ExchangeError {
  return new ExchangeError(400, BINDING, `A parameter cannot be found that matches parameter name '${name}'.`, '', 'BadRequest');
}

export function missingParameter(name: string): ExchangeError {
  return new ExchangeError(400, BINDING, `Cannot process command because of one or more missing mandatory parameters: ${name}.`);
}

export function cmdletNotFound(name: string): ExchangeError {
  return new ExchangeError(
    404,
    'System.Management.Automation.CommandNotFoundException',
    `The term '${name}' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
  );
}

export function accessDenied(cmdlet: string, noRoles: boolean): ExchangeError {
  return new ExchangeError(
    403,
    'Microsoft.Exchange.Configuration.Authorization.CmdletAccessDeniedException',
    noRoles
      ? "The user isn't assigned to any management roles."
      : `The user isn't assigned to any management roles that allow running the cmdlet '${cmdlet}'. Access denied.`,
    'Ex0B1E18',
    'Forbidden',
  );
}

export function alreadyExists(what: string): ExchangeError {
  return new ExchangeError(400, 'Microsoft.Exchange.Data.Directory.ADObjectAlreadyExistsException', what, 'Ex5B0E3A');
}
